package org.parley.bargaining;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * The compromise model: on each dimension the settlement is the weighted mean of the actors'
 * positions, {@code O_d = sum_i w_id x_id / sum_i w_id}, with {@code w_id = c_i s_id} by default
 * (Van den Bos 1991; Achen 2006, ch. 4 and 10 of Thomson et al., <i>The European Union Decides</i>;
 * bargaining.md §4.1). When every weight on a dimension is 0 the unweighted mean is used. {@code
 * O(N D)}.
 *
 * <p>It is the limit of the asymmetric Nash bargaining solution with quadratic utilities as the
 * disagreement point goes far away (Leinaweaver &amp; Thomson 2014), see {@link NashBargaining}.
 */
public final class CompromiseModel implements Forecaster {
  private final WeightScheme weights;

  /** The compromise model with capability × salience weights. */
  public CompromiseModel() {
    this(WeightScheme.CAPABILITY_SALIENCE);
  }

  /** The compromise model with the given weights. */
  public CompromiseModel(WeightScheme weights) {
    this.weights = requireNonNull(weights, "weights");
  }

  public WeightScheme weights() {
    return weights;
  }

  @Override
  public String name() {
    return "compromise";
  }

  @Override
  public Forecast forecast(BargainingProblem problem) {
    requireNonNull(problem, "problem");
    double[] out = new double[problem.dimensionCount()];
    for (int d = 0; d < out.length; d++) {
      out[d] =
          SpatialStatistics.weightedMean(
              SpatialStatistics.column(problem, d), weights.weights(problem, d));
    }
    return new Forecast(
        name(),
        Map.of("weights", weights.label()),
        out,
        List.of(new Forecast.Round(0, problem.positions(), out)),
        Forecast.Convergence.closedForm(),
        List.of());
  }
}
