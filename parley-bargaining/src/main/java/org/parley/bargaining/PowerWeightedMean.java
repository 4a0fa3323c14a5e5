package org.parley.bargaining;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A weighted mean with weights {@code w_id = c_i^alpha s_id^beta}: the compromise model ({@code
 * alpha = beta = 1}), the unweighted mean ({@code 0, 0}) and everything between. Parley's own
 * generalisation for calibration: on DEU III the exponents are chosen by cross-validation (see
 * {@code docs/accuracy.md}), where concave capability weights ({@code alpha = 1/2}) and little or
 * no salience weight did best. {@code O(N D)}. When all weights on a dimension are 0, the
 * unweighted mean. {@code 0^0} is taken as 1.
 */
public final class PowerWeightedMean implements Forecaster {
  private final double alpha;
  private final double beta;

  /**
   * @param alpha exponent of capability, in {@code [0, 4]}
   * @param beta exponent of salience, in {@code [0, 4]}
   */
  public PowerWeightedMean(double alpha, double beta) {
    if (!(alpha >= 0 && alpha <= 4) || !(beta >= 0 && beta <= 4)) {
      throw new IllegalArgumentException(
          "exponents (" + alpha + ", " + beta + ") must be in [0, 4]");
    }
    this.alpha = alpha;
    this.beta = beta;
  }

  /**
   * The exponents chosen on the whole DEU III development half (docs/accuracy.md): {@code c^0.5},
   * no salience.
   */
  public static PowerWeightedMean deuDefault() {
    return new PowerWeightedMean(0.5, 0.0);
  }

  public double alpha() {
    return alpha;
  }

  public double beta() {
    return beta;
  }

  @Override
  public String name() {
    return "power-mean";
  }

  @Override
  public Forecast forecast(BargainingProblem problem) {
    int n = problem.actorCount();
    double[] out = new double[problem.dimensionCount()];
    for (int d = 0; d < out.length; d++) {
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        w[i] = pow(problem.capability(i), alpha) * pow(problem.salience(i, d), beta);
      }
      out[d] = SpatialStatistics.weightedMean(SpatialStatistics.column(problem, d), w);
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put("alpha", String.format(Locale.ROOT, "%.3f", alpha));
    params.put("beta", String.format(Locale.ROOT, "%.3f", beta));
    return new Forecast(
        name(),
        params,
        out,
        List.of(new Forecast.Round(0, problem.positions(), out)),
        Forecast.Convergence.closedForm(),
        List.of());
  }

  private static double pow(double x, double e) {
    return e == 0 ? 1.0 : e == 1 ? x : Math.pow(x, e);
  }
}
