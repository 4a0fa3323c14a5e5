package org.parley.summit.simulation;

import static java.util.Objects.requireNonNull;

/**
 * An estimated probability: {@code count} of {@code samples}, with its 95 % Wilson interval.
 *
 * @param label what it is the probability of ({@code COMPLETE}, {@code COLLAPSED_AT(2,
 *     VIOLATION_DETECTED)}, {@code COLLAPSED})
 * @param count samples in which it happened
 * @param samples samples in all
 * @param estimate {@code count / samples}
 * @param interval95 the 95 % Wilson score interval
 */
public record Probability(
    String label, long count, long samples, double estimate, Interval interval95) {
  public Probability {
    requireNonNull(label, "label");
    requireNonNull(interval95, "interval95");
    if (samples <= 0 || count < 0 || count > samples) {
      throw new IllegalArgumentException(
          label + ": count " + count + " of " + samples + " samples");
    }
  }

  /** The estimate and Wilson interval of {@code count} out of {@code samples}. */
  public static Probability of(String label, long count, long samples) {
    return new Probability(
        label, count, samples, (double) count / samples, WilsonInterval.of95(count, samples));
  }
}
