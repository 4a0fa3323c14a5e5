package org.parley.bargaining;

/**
 * Weighted means and medians of positions on one dimension (bargaining.md §4.1, §4.3). Shared by
 * the baseline forecasters and the expected-utility model.
 */
public final class SpatialStatistics {
  private SpatialStatistics() {}

  /**
   * The weighted mean {@code sum w_i x_i / sum w_i}; when every weight is 0, the unweighted mean
   * (bargaining.md §4.1).
   *
   * @throws IllegalArgumentException on a negative or non-finite weight or mismatched lengths
   */
  public static double weightedMean(double[] x, double[] w) {
    check(x, w);
    // Centred on the first position, so that equal positions give that position exactly.
    double x0 = x[0];
    double sw = 0;
    double swx = 0;
    for (int i = 0; i < x.length; i++) {
      sw += w[i];
      swx += w[i] * (x[i] - x0);
    }
    if (sw == 0) {
      double s = 0;
      for (double v : x) {
        s += v - x0;
      }
      return x0 + s / x.length;
    }
    return x0 + swx / sw;
  }

  /**
   * The weighted median: sort the positions, return the first at which the cumulative weight
   * reaches half the total (bargaining.md §4.3). When every weight is 0, the unweighted median by
   * the same rule. In one dimension this is the Condorcet winner among the positions (§3.2).
   *
   * <p>The comparison uses a relative tolerance of {@code 1e-12} on the half total, so that weights
   * that sum to exactly half in real arithmetic are not lost to rounding.
   */
  public static double weightedMedian(double[] x, double[] w) {
    return weightedMedian(x, w, false);
  }

  /**
   * The weighted median; with {@code midpoint}, when the cumulative weight reaches exactly half the
   * total at one position, the mean of that position and the next one (with equal weights this is
   * the usual median of an even number of values, as {@code numpy.median} computes it).
   */
  public static double weightedMedian(double[] x, double[] w, boolean midpoint) {
    check(x, w);
    int n = x.length;
    double total = 0;
    for (double v : w) {
      total += v;
    }
    double[] ww = w;
    if (total == 0) {
      ww = new double[n];
      java.util.Arrays.fill(ww, 1.0);
      total = n;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
    double half = total / 2;
    double cum = 0;
    for (int k = 0; k < n; k++) {
      cum += ww[order[k]];
      if (cum >= half * (1 - 1e-12)) {
        if (midpoint && cum <= half * (1 + 1e-12) && k + 1 < n) {
          return 0.5 * (x[order[k]] + x[order[k + 1]]);
        }
        return x[order[k]];
      }
    }
    return x[order[n - 1]];
  }

  private static void check(double[] x, double[] w) {
    if (x.length != w.length || x.length == 0) {
      throw new IllegalArgumentException(
          "need one weight per position and at least one position, got "
              + x.length
              + " and "
              + w.length);
    }
    for (double v : w) {
      if (!(v >= 0 && Double.isFinite(v))) {
        throw new IllegalArgumentException("weight " + v + " must be finite and >= 0");
      }
    }
  }

  /** The positions of every actor on dimension {@code d}. */
  public static double[] column(BargainingProblem problem, int d) {
    double[] c = new double[problem.actorCount()];
    for (int i = 0; i < c.length; i++) {
      c[i] = problem.position(i, d);
    }
    return c;
  }
}
