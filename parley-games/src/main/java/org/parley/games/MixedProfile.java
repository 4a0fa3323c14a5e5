package org.parley.games;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A mixed strategy profile: {@code probability(i, s)} is the probability that player {@code i}
 * plays strategy {@code s} (both 0-based). Either exact (rational probabilities, with a double
 * view) or floating-point. Immutable; arrays are copied in and out.
 */
public final class MixedProfile {
  private final double[][] probs;
  private final Rational[][] exact; // null when floating-point

  private MixedProfile(double[][] probs, Rational[][] exact) {
    this.probs = probs;
    this.exact = exact;
  }

  /** A floating-point profile; each row must be a probability vector within 1e-9. */
  public static MixedProfile ofDoubles(double[][] probs) {
    Objects.requireNonNull(probs, "probs");
    double[][] p = new double[probs.length][];
    for (int i = 0; i < probs.length; i++) {
      p[i] = probs[i].clone();
      double sum = 0;
      for (double x : p[i]) {
        if (!(x >= -1e-9)) {
          throw new IllegalArgumentException(
              "player " + (i + 1) + " has probability " + x + "; it must be >= 0");
        }
        sum += x;
      }
      if (Math.abs(sum - 1) > 1e-9) {
        throw new IllegalArgumentException(
            "player " + (i + 1) + "'s probabilities sum to " + sum + "; they must sum to 1");
      }
    }
    return new MixedProfile(p, null);
  }

  /** An exact profile; each row must be non-negative and sum to exactly 1. */
  public static MixedProfile ofRationals(Rational[][] probs) {
    Objects.requireNonNull(probs, "probs");
    Rational[][] e = new Rational[probs.length][];
    double[][] d = new double[probs.length][];
    for (int i = 0; i < probs.length; i++) {
      e[i] = probs[i].clone();
      d[i] = new double[e[i].length];
      Rational sum = Rational.ZERO;
      for (int s = 0; s < e[i].length; s++) {
        Rational x = Objects.requireNonNull(e[i][s], "probability");
        if (x.signum() < 0) {
          throw new IllegalArgumentException(
              "player " + (i + 1) + " has probability " + x + "; it must be >= 0");
        }
        sum = sum.add(x);
        d[i][s] = x.doubleValue();
      }
      if (!sum.equals(Rational.ONE)) {
        throw new IllegalArgumentException(
            "player " + (i + 1) + "'s probabilities sum to " + sum + "; they must sum to 1");
      }
    }
    return new MixedProfile(d, e);
  }

  /** The pure profile where player {@code i} plays {@code pure[i]} (exact). */
  public static MixedProfile pure(int[] counts, int[] pure) {
    Rational[][] e = new Rational[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      e[i] = new Rational[counts[i]];
      Arrays.fill(e[i], Rational.ZERO);
      e[i][pure[i]] = Rational.ONE;
    }
    return ofRationals(e);
  }

  public int numPlayers() {
    return probs.length;
  }

  public int numStrategies(int player) {
    return probs[player].length;
  }

  public double probability(int player, int strategy) {
    return probs[player][strategy];
  }

  /** Player {@code i}'s mixed strategy (a copy). */
  public double[] strategy(int player) {
    return probs[player].clone();
  }

  public boolean isExact() {
    return exact != null;
  }

  /** The exact probability, when the profile is exact. */
  public Optional<Rational> exactProbability(int player, int strategy) {
    return exact == null ? Optional.empty() : Optional.of(exact[player][strategy]);
  }

  /** Player {@code i}'s exact mixed strategy (a copy), when the profile is exact. */
  public Optional<Rational[]> exactStrategy(int player) {
    return exact == null ? Optional.empty() : Optional.of(exact[player].clone());
  }

  /** All probabilities, player by player, as one flat array (Gambit's NE-line order). */
  public double[] flatten() {
    int total = 0;
    for (double[] p : probs) {
      total += p.length;
    }
    double[] out = new double[total];
    int k = 0;
    for (double[] p : probs) {
      System.arraycopy(p, 0, out, k, p.length);
      k += p.length;
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof MixedProfile m)) {
      return false;
    }
    if (exact != null && m.exact != null) {
      return Arrays.deepEquals(exact, m.exact);
    }
    return Arrays.deepEquals(probs, m.probs);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(
        probs); // consistent with equals, which may compare an exact and a double profile by their
    // doubles
  }

  @Override
  public String toString() {
    return exact != null ? Arrays.deepToString(exact) : Arrays.deepToString(probs);
  }
}
