package org.parley.games.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.parley.games.BehaviourProfile;
import org.parley.games.MixedProfile;
import org.parley.games.Rational;

/**
 * Gambit's equilibrium lines: {@code NE,p1,p2,…} with the probabilities player by player (and, for
 * behaviour profiles, infoset by infoset), either exact ({@code 1/3}, {@code 0}, {@code 1}) or with
 * {@code decimals} digits after the point, rounded to nearest-even on the binary value as C's
 * {@code printf("%.*f")} does (Gambit's {@code -d N}). A profile with no probabilities prints a
 * bare {@code NE}.
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

  /**
   * {@link #line(MixedProfile, int)} with {@code label} in place of {@code NE}, as Gambit labels
   * the profiles of a maximal Nash subset ({@code gambit-enummixed -c}: {@code convex-1,…}).
   */
  public static String line(String label, MixedProfile p, int decimals) {
    return label + line(p, decimals).substring("NE".length());
  }

  /** The line for a behaviour profile: exact when {@code decimals < 0} and the profile is exact. */
  public static String line(BehaviourProfile p, int decimals) {
    if (decimals < 0 && p.isExact()) {
      return exact(p.flattenExact().orElseThrow());
    }
    return decimal(p.flatten(), decimals < 0 ? 6 : decimals);
  }

  /**
   * Line with every probability printed as C's {@code printf("%.*g", digits, x)} — what Gambit's
   * {@code gambit-logit -d N} writes through an {@code ostream} with precision {@code N} and the
   * default float field ({@link #formatSignificant}).
   */
  public static String significant(double[] probs, int digits) {
    StringBuilder sb = new StringBuilder("NE");
    for (double x : probs) {
      sb.append(',').append(formatSignificant(x, digits));
    }
    return sb.toString();
  }

  /**
   * {@code x} as C's {@code printf("%.*g", digits, x)} (ISO C 7.21.6.1): precision {@code P =
   * digits} (0 counts as 1); with {@code X} the decimal exponent of {@code x} rounded to {@code P}
   * significant digits, style {@code %f} with {@code P − 1 − X} decimals when {@code P > X ≥ −4},
   * else style {@code %e} with {@code P − 1} decimals and an exponent of at least two digits;
   * trailing zeros and a trailing point are then removed. Rounding is to nearest, ties to even, on
   * the exact binary value (as glibc does), so {@code 0.49999995}, {@code 8.612028497e-16} and
   * {@code 4.940656458e-324} print as Gambit prints them.
   */
  public static String formatSignificant(double x, int digits) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    boolean negative = x < 0 || (x == 0 && 1 / x < 0);
    if (Double.isInfinite(x)) {
      return negative ? "-inf" : "inf";
    }
    int p = Math.max(1, digits);
    String body;
    if (x == 0) {
      body = "0";
    } else {
      BigDecimal r = new BigDecimal(Math.abs(x)).round(new MathContext(p, RoundingMode.HALF_EVEN));
      int exp = r.precision() - r.scale() - 1; // decimal exponent of the rounded value
      if (exp < p && exp >= -4) {
        body =
            stripZeros(
                r.setScale(Math.max(0, p - 1 - exp), RoundingMode.HALF_EVEN).toPlainString());
      } else {
        String digitsOnly = r.unscaledValue().toString();
        StringBuilder mant = new StringBuilder(digitsOnly.substring(0, 1));
        if (digitsOnly.length() > 1) {
          mant.append('.').append(digitsOnly, 1, digitsOnly.length());
        }
        String m = stripZeros(mant.toString());
        int a = Math.abs(exp);
        body = m + (exp < 0 ? "e-" : "e+") + (a < 10 ? "0" : "") + a;
      }
    }
    return negative ? "-" + body : body;
  }

  private static String stripZeros(String s) {
    if (s.indexOf('.') < 0) {
      return s;
    }
    int end = s.length();
    while (s.charAt(end - 1) == '0') {
      end--;
    }
    if (s.charAt(end - 1) == '.') {
      end--;
    }
    return s.substring(0, end);
  }
}
