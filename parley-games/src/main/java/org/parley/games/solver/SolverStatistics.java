package org.parley.games.solver;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What a solver did: its name, how many basic steps it took (pivots, iterations, supports or
 * profiles examined — {@code iterationUnit} says which), wall time, and free-form counters.
 */
public record SolverStatistics(
    String method,
    long iterations,
    String iterationUnit,
    Duration elapsed,
    Map<String, Long> counters) {
  public SolverStatistics {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(iterationUnit, "iterationUnit");
    Objects.requireNonNull(elapsed, "elapsed");
    counters = Map.copyOf(counters);
    if (iterations < 0) {
      throw new IllegalArgumentException("iterations " + iterations + " must be >= 0");
    }
  }

  public static SolverStatistics of(String method, long iterations, String unit, long startNanos) {
    return new SolverStatistics(
        method, iterations, unit, Duration.ofNanos(System.nanoTime() - startNanos), Map.of());
  }
}
