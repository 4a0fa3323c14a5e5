package org.parley.games;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A behaviour strategy profile of an extensive game: {@code probability(i, h, a)} is the
 * probability that player {@code i} chooses action {@code a} at their information set {@code h}
 * (all 0-based, infosets in {@link ExtensiveFormGame#infosets(int)} order). Exact or
 * floating-point. Immutable.
 */
public final class BehaviourProfile {
  private final double[][][] probs;
  private final Rational[][][] exact; // null when floating-point

  private BehaviourProfile(double[][][] probs, Rational[][][] exact) {
    this.probs = probs;
    this.exact = exact;
  }

  /** A floating-point profile; each infoset's row must be a distribution within 1e-9. */
  public static BehaviourProfile ofDoubles(double[][][] probs) {
    Objects.requireNonNull(probs, "probs");
    double[][][] p = new double[probs.length][][];
    for (int i = 0; i < probs.length; i++) {
      p[i] = new double[probs[i].length][];
      for (int h = 0; h < probs[i].length; h++) {
        p[i][h] = probs[i][h].clone();
        double sum = 0;
        for (double x : p[i][h]) {
          if (!(x >= -1e-9)) {
            throw new IllegalArgumentException(
                "player "
                    + (i + 1)
                    + ", infoset "
                    + (h + 1)
                    + ": probability "
                    + x
                    + " is negative");
          }
          sum += x;
        }
        if (Math.abs(sum - 1) > 1e-9) {
          throw new IllegalArgumentException(
              "player " + (i + 1) + ", infoset " + (h + 1) + ": probabilities sum to " + sum);
        }
      }
    }
    return new BehaviourProfile(p, null);
  }

  /** An exact profile; each infoset's row must be non-negative and sum to exactly 1. */
  public static BehaviourProfile ofRationals(Rational[][][] probs) {
    Objects.requireNonNull(probs, "probs");
    Rational[][][] e = new Rational[probs.length][][];
    double[][][] d = new double[probs.length][][];
    for (int i = 0; i < probs.length; i++) {
      e[i] = new Rational[probs[i].length][];
      d[i] = new double[probs[i].length][];
      for (int h = 0; h < probs[i].length; h++) {
        e[i][h] = probs[i][h].clone();
        d[i][h] = new double[e[i][h].length];
        Rational sum = Rational.ZERO;
        for (int a = 0; a < e[i][h].length; a++) {
          Rational x = Objects.requireNonNull(e[i][h][a], "probability");
          if (x.signum() < 0) {
            throw new IllegalArgumentException(
                "player "
                    + (i + 1)
                    + ", infoset "
                    + (h + 1)
                    + ": probability "
                    + x
                    + " is negative");
          }
          sum = sum.add(x);
          d[i][h][a] = x.doubleValue();
        }
        if (!sum.equals(Rational.ONE)) {
          throw new IllegalArgumentException(
              "player " + (i + 1) + ", infoset " + (h + 1) + ": probabilities sum to " + sum);
        }
      }
    }
    return new BehaviourProfile(d, e);
  }

  public int numPlayers() {
    return probs.length;
  }

  public int numInfosets(int player) {
    return probs[player].length;
  }

  public int numActions(int player, int infoset) {
    return probs[player][infoset].length;
  }

  public double probability(int player, int infoset, int action) {
    return probs[player][infoset][action];
  }

  public boolean isExact() {
    return exact != null;
  }

  public Optional<Rational> exactProbability(int player, int infoset, int action) {
    return exact == null ? Optional.empty() : Optional.of(exact[player][infoset][action]);
  }

  /** All probabilities in Gambit's NE-line order: player by player, infoset by infoset. */
  public double[] flatten() {
    int total = 0;
    for (double[][] p : probs) {
      for (double[] q : p) {
        total += q.length;
      }
    }
    double[] out = new double[total];
    int k = 0;
    for (double[][] p : probs) {
      for (double[] q : p) {
        System.arraycopy(q, 0, out, k, q.length);
        k += q.length;
      }
    }
    return out;
  }

  /** Exact probabilities in NE-line order, when exact. */
  public Optional<Rational[]> flattenExact() {
    if (exact == null) {
      return Optional.empty();
    }
    return Optional.of(
        Arrays.stream(exact)
            .flatMap(Arrays::stream)
            .flatMap(Arrays::stream)
            .toArray(Rational[]::new));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BehaviourProfile b)) {
      return false;
    }
    if (exact != null && b.exact != null) {
      return Arrays.deepEquals(exact, b.exact);
    }
    return Arrays.deepEquals(probs, b.probs);
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
