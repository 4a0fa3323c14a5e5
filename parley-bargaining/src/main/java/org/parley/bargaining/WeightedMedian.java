package org.parley.bargaining;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * The weighted-median (median voter) baseline: on each dimension, sort the positions and take the
 * first at which the cumulative weight reaches half the total (bargaining.md §4.3). In one
 * dimension with weights {@code c_i s_i} this is the Condorcet winner of the expected-utility
 * model's votes (§3.2; Black 1948). {@code O(N log N)} per dimension.
 */
public final class WeightedMedian implements Forecaster {
  /** What to do when the cumulative weight reaches exactly half the total at one position. */
  public enum Tie {
    /** Take that position (bargaining.md §4.3). */
    LOWER,
    /** Take the midpoint of it and the next position (the usual median of an even count). */
    MIDPOINT
  }

  private final WeightScheme weights;
  private final Tie tie;

  /** The median with capability × salience weights. */
  public WeightedMedian() {
    this(WeightScheme.CAPABILITY_SALIENCE);
  }

  public WeightedMedian(WeightScheme weights) {
    this(weights, Tie.LOWER);
  }

  public WeightedMedian(WeightScheme weights, Tie tie) {
    this.weights = requireNonNull(weights, "weights");
    this.tie = requireNonNull(tie, "tie");
  }

  public WeightScheme weights() {
    return weights;
  }

  @Override
  public String name() {
    return "median";
  }

  @Override
  public Forecast forecast(BargainingProblem problem) {
    requireNonNull(problem, "problem");
    double[] out = new double[problem.dimensionCount()];
    for (int d = 0; d < out.length; d++) {
      out[d] =
          SpatialStatistics.weightedMedian(
              SpatialStatistics.column(problem, d),
              weights.weights(problem, d),
              tie == Tie.MIDPOINT);
    }
    return new Forecast(
        name(),
        Map.of("weights", weights.label(), "tie", tie.name().toLowerCase(java.util.Locale.ROOT)),
        out,
        List.of(new Forecast.Round(0, problem.positions(), out)),
        Forecast.Convergence.closedForm(),
        List.of());
  }
}
