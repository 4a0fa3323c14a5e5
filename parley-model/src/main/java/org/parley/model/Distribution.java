package org.parley.model;

import java.util.List;

/**
 * A probability distribution on an uncertain numeric input (summit.md §1). Pure data: sampling is
 * done by the simulation with an explicit random generator.
 */
public sealed interface Distribution
    permits Distribution.Uniform,
        Distribution.Triangular,
        Distribution.TruncatedNormal,
        Distribution.Beta,
        Distribution.Discrete {
  /** The smallest value the distribution can take. */
  double min();

  /** The largest value the distribution can take. */
  double max();

  /** Uniform on {@code [min, max]}. */
  record Uniform(double min, double max) implements Distribution {}

  /** Triangular with the given mode. */
  record Triangular(double min, double mode, double max) implements Distribution {}

  /** Normal(mean, sd) truncated to {@code [min, max]}. */
  record TruncatedNormal(double mean, double sd, double min, double max) implements Distribution {}

  /** Beta(alpha, beta) rescaled to {@code [min, max]} (default [0, 1]). */
  record Beta(double alpha, double beta, double min, double max) implements Distribution {}

  /** One of the values, with the given weights (normalised). */
  record Discrete(List<Double> values, List<Double> weights) implements Distribution {
    public Discrete {
      values = List.copyOf(values);
      weights = List.copyOf(weights);
    }

    @Override
    public double min() {
      return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    @Override
    public double max() {
      return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
  }
}
