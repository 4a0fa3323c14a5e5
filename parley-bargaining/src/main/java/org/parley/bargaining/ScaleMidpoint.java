package org.parley.bargaining;

import java.util.List;
import java.util.Map;

/**
 * The naive forecast: the middle of each dimension's scale, whatever the actors want. Useful only
 * as a reference and as the shrinkage target of {@link CalibratedBlend}.
 */
public final class ScaleMidpoint implements Forecaster {
  @Override
  public String name() {
    return "midpoint";
  }

  @Override
  public Forecast forecast(BargainingProblem problem) {
    double[] out = new double[problem.dimensionCount()];
    for (int d = 0; d < out.length; d++) {
      Dimension dim = problem.dimensions().get(d);
      out[d] = 0.5 * (dim.lo() + dim.hi());
    }
    return new Forecast(
        name(),
        Map.of(),
        out,
        List.of(new Forecast.Round(0, problem.positions(), out)),
        Forecast.Convergence.closedForm(),
        List.of());
  }
}
