package org.parley.summit.simulation;

/**
 * A confidence interval {@code [lo, hi]} for a probability.
 *
 * @param lo lower bound, in [0, 1]
 * @param hi upper bound, in [lo, 1]
 * @param confidence the confidence level (0.95)
 */
public record Interval(double lo, double hi, double confidence) {
  public Interval {
    if (!(lo >= 0 && lo <= hi && hi <= 1)) {
      throw new IllegalArgumentException(
          "interval [" + lo + ", " + hi + "] must satisfy 0 <= lo <= hi <= 1");
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence is " + confidence + "; it must be in (0, 1)");
    }
  }

  /** Whether {@code p} lies in the interval. */
  public boolean contains(double p) {
    return p >= lo && p <= hi;
  }
}
