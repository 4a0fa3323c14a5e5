package org.parley.summit.simulation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The distribution of months from the start of the deal to its collapse, over the samples in which
 * it collapsed (months recorded to 0.01). Quantiles are the lower empirical quantiles: the smallest
 * value with at least {@code ⌈q·count⌉} samples at or below it.
 *
 * @param count samples that collapsed
 * @param mean mean months to collapse (NaN when {@code count = 0})
 * @param min smallest (NaN when none)
 * @param p10 10th percentile
 * @param median median
 * @param p90 90th percentile
 * @param max largest
 * @param counts how many samples collapsed at each month value, ascending
 */
public record MonthsDistribution(
    long count,
    double mean,
    double min,
    double p10,
    double median,
    double p90,
    double max,
    Map<Double, Long> counts) {
  public MonthsDistribution {
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /** The counts per whole month (month {@code m} holds values in {@code [m, m + 1)}), ascending. */
  public Map<Integer, Long> byWholeMonth() {
    Map<Integer, Long> out = new LinkedHashMap<>();
    counts.forEach((m, c) -> out.merge((int) Math.floor(m), c, Long::sum));
    return Collections.unmodifiableMap(out);
  }

  /** The mean, if any sample collapsed. */
  public Optional<Double> meanIfAny() {
    return count == 0 ? Optional.empty() : Optional.of(mean);
  }
}
