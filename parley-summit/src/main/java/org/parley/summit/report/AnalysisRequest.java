package org.parley.summit.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What {@code parley analyze} is asked to do.
 *
 * @param forecaster the forecaster behind the settlement (stage A), e.g. {@code eum}
 * @param comparison other forecasters shown beside it for comparison
 * @param samples Monte Carlo samples
 * @param seed the seed every random stream derives from
 * @param threads worker threads (the report does not depend on it)
 * @param tornadoOutcome the outcome the tornado explains, e.g. {@code COMPLETE} or {@code
 *     REACHED(3)}
 * @param tornadoSamples trials per setting of the tornado (0: no tornado)
 * @param sobolSamples base samples of the Saltelli design (0: no Sobol indices)
 */
public record AnalysisRequest(
    String forecaster,
    List<String> comparison,
    long samples,
    long seed,
    int threads,
    String tornadoOutcome,
    int tornadoSamples,
    int sobolSamples) {
  public AnalysisRequest {
    requireNonNull(forecaster, "forecaster");
    comparison = List.copyOf(comparison);
    requireNonNull(tornadoOutcome, "tornadoOutcome");
    if (samples < 1) {
      throw new IllegalArgumentException("samples is " + samples + "; it must be >= 1");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads is " + threads + "; it must be >= 1");
    }
    if (tornadoSamples != 0 && tornadoSamples < 2 || sobolSamples != 0 && sobolSamples < 2) {
      throw new IllegalArgumentException("tornado and Sobol samples must be 0 (off) or >= 2");
    }
  }

  /**
   * EUM with the three baselines for comparison, 10,000 samples, seed 1, a tornado on COLLAPSED.
   */
  public static AnalysisRequest defaults() {
    return new AnalysisRequest(
        "eum",
        List.of("compromise", "nbs", "median"),
        10_000,
        1,
        Runtime.getRuntime().availableProcessors(),
        "COLLAPSED",
        1_000,
        0);
  }
}
