package org.parley.games.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.parley.games.BehaviourProfile;
import org.parley.games.MixedProfile;
import org.parley.games.Rational;

/**
 * Gambit's equilibrium lines: {@code NE,p1,p2,…} with the probabilities player by player (and,
 * for behaviour profiles, infoset by infoset), either exact ({@code 1/3}, {@code 0}, {@code 1}) or
 * with {@code decimals} digits after the point, rounded to nearest-even on the binary value as C's
 * {@code printf("%.*f")} does (Gambit's {@code -d N}). A profile with no probabilities prints a bare
 * {@code NE}.
 */
public final class NashOutput {
  private NashOutput() {}

  /** Exact line; the profile must be exact. */
  public static String exact(Rational[] probs) {
    StringBuilder sb = new StringBuilder("NE");
    for (Rational r : probs) {
      sb.append(',').append(r);
    }
    return sb.toString();
  }

  /** Decimal line with {@code decimals} digits. */
  public static String decimal(double[] probs, int decimals) {
    StringBuilder sb = new StringBuilder("NE");
    for (double x : probs) {
      sb.append(',').append(format(x, decimals));
    }
    return sb.toString();
  }

  /** {@code x} with exactly {@code decimals} digits after the point (printf {@code %.Nf}). */
  public static String format(double x, int decimals) {
    if (!Double.isFinite(x)) {
      return Double.toString(x);
    }
    String s = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    if (x < 0 || (x == 0 && 1 / x < 0)) {
      if (!s.startsWith("-")) {
        s = "-" + s;
      }
    }
    return s;
  }

  /** The line for a mixed profile: exact when {@code decimals < 0} and the profile is exact. */
  public static String line(MixedProfile p, int decimals) {
    if (decimals < 0 && p.isExact()) {
      int total = 0;
      for (int i = 0; i < p.numPlayers(); i++) {
        total += p.numStrategies(i);
      }
      Rational[] all = new Rational[total];
      int k = 0;
      for (int i = 0; i < p.numPlayers(); i++) {
        for (Rational r : p.exactStrategy(i).orElseThrow()) {
          all[k++] = r;
        }
      }
      return exact(all);
    }
    return decimal(p.flatten(), decimals < 0 ? 6 : decimals);
  }

  /** The line for a behaviour profile: exact when {@code decimals < 0} and the profile is exact. */
  public static String line(BehaviourProfile p, int decimals) {
    if (decimals < 0 && p.isExact()) {
      return exact(p.flattenExact().orElseThrow());
    }
    return decimal(p.flatten(), decimals < 0 ? 6 : decimals);
  }
}
