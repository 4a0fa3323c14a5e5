package org.parley.bargaining;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A convex combination of other forecasters, {@code x* = sum_k a_k f_k(problem)} with {@code a_k >=
 * 0}, {@code sum a_k = 1}, the weights fitted to data with known outcomes by least absolute error
 * ({@link #fitWeights}). This is Parley's own model, not one from the literature: forecast
 * combination (Bates &amp; Granger 1969) applied to the EU bargaining baselines; its out-of-sample
 * accuracy on DEU III is measured by cross-validation in {@code docs/accuracy.md}.
 *
 * <p>{@link #deuDefault()} holds the weights fitted on the whole development half of DEU III
 * (bargaining.md §6.1) with GDP capabilities; cost = the sum of the components' costs.
 */
public final class CalibratedBlend implements Forecaster {
  private final List<Forecaster> components;
  private final double[] weights;

  /**
   * @param components the forecasters to combine
   * @param weights one per component, {@code >= 0}, summing to 1 (within 1e-9)
   */
  public CalibratedBlend(List<Forecaster> components, double[] weights) {
    this.components = List.copyOf(requireNonNull(components, "components"));
    this.weights = requireNonNull(weights, "weights").clone();
    if (components.isEmpty() || weights.length != components.size()) {
      throw new IllegalArgumentException(
          "need one weight per component, and at least one component");
    }
    double sum = 0;
    for (double w : weights) {
      if (!(w >= 0 && Double.isFinite(w))) {
        throw new IllegalArgumentException("blend weight " + w + " must be finite and >= 0");
      }
      sum += w;
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("blend weights sum to " + sum + "; they must sum to 1");
    }
  }

  /** The components used by {@link #deuDefault()}, in order. */
  public static List<Forecaster> deuComponents() {
    return List.of(
        new CompromiseModel(WeightScheme.CAPABILITY_SALIENCE),
        new CompromiseModel(WeightScheme.SALIENCE),
        new CompromiseModel(WeightScheme.EQUAL),
        new CompromiseModel(WeightScheme.CAPABILITY),
        new WeightedMedian(WeightScheme.EQUAL, WeightedMedian.Tie.MIDPOINT),
        new WeightedMedian(WeightScheme.SALIENCE),
        new ScaleMidpoint());
  }

  /**
   * Weights of {@link #deuComponents()} fitted on the whole DEU III development half (see
   * docs/accuracy.md).
   */
  private static final double[] DEU_WEIGHTS = {
    0.38142857142857134, 0, 0.407857142857143, 0.21071428571428577, 0, 0, 0
  };

  /** The blend with the weights fitted on DEU III's development half. */
  public static CalibratedBlend deuDefault() {
    return new CalibratedBlend(deuComponents(), DEU_WEIGHTS);
  }

  public List<Forecaster> components() {
    return components;
  }

  public double[] weights() {
    return weights.clone();
  }

  @Override
  public String name() {
    return "blend";
  }

  @Override
  public Forecast forecast(BargainingProblem problem) {
    requireNonNull(problem, "problem");
    double[] out = new double[problem.dimensionCount()];
    Map<String, String> params = new LinkedHashMap<>();
    for (int k = 0; k < components.size(); k++) {
      if (weights[k] == 0) {
        continue;
      }
      Forecast f = components.get(k).forecast(problem);
      for (int d = 0; d < out.length; d++) {
        out[d] += weights[k] * f.settlement(d);
      }
      params.put(describe(components.get(k), f), String.format(Locale.ROOT, "%.4f", weights[k]));
    }
    return new Forecast(
        name(),
        params,
        out,
        List.of(new Forecast.Round(0, problem.positions(), out)),
        Forecast.Convergence.closedForm(),
        List.of());
  }

  private static String describe(Forecaster c, Forecast f) {
    return label(c);
  }

  /**
   * A component's label: its name and, for weighted means and medians, its weights, e.g. {@code
   * compromise(salience)}.
   */
  public static String label(Forecaster c) {
    if (c instanceof CompromiseModel m) {
      return m.name() + "(" + m.weights().label() + ")";
    }
    if (c instanceof WeightedMedian m) {
      return m.name() + "(" + m.weights().label() + ")";
    }
    return c.name();
  }

  /** The non-zero weights by component label, in component order. */
  public Map<String, Double> weightsByComponent() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int k = 0; k < components.size(); k++) {
      if (weights[k] > 0) {
        m.put(label(components.get(k)), weights[k]);
      }
    }
    return m;
  }

  /**
   * Weights on the simplex that minimise the mean absolute error {@code mean_t |sum_k a_k f[t][k] -
   * y[t]|}: coordinate search moving weight between pairs of components in steps of 0.2, 0.1, 0.05,
   * 0.02, 0.01, 0.005 while the error falls, from equal weights. Deterministic.
   *
   * @param f {@code f[t][k]}, the forecast of component {@code k} for case {@code t}
   * @param y the outcome of each case
   */
  public static double[] fitWeights(double[][] f, double[] y) {
    int m = f[0].length;
    double[] a = new double[m];
    java.util.Arrays.fill(a, 1.0 / m);
    double best = mae(f, y, a);
    for (double step : new double[] {0.2, 0.1, 0.05, 0.02, 0.01, 0.005}) {
      boolean improved = true;
      while (improved) {
        improved = false;
        for (int from = 0; from < m; from++) {
          for (int to = 0; to < m; to++) {
            if (from == to || a[from] <= 0) {
              continue;
            }
            double delta = Math.min(step, a[from]);
            a[from] -= delta;
            a[to] += delta;
            double e = mae(f, y, a);
            if (e < best - 1e-12) {
              best = e;
              improved = true;
            } else {
              a[from] += delta;
              a[to] -= delta;
            }
          }
        }
      }
    }
    double sum = 0;
    for (double v : a) {
      sum += v;
    }
    for (int k = 0; k < m; k++) {
      a[k] /= sum;
    }
    return a;
  }

  /** Mean absolute error of the blend {@code a} on cases {@code f}, {@code y}. */
  public static double mae(double[][] f, double[] y, double[] a) {
    double s = 0;
    for (int t = 0; t < y.length; t++) {
      double p = 0;
      for (int k = 0; k < a.length; k++) {
        p += a[k] * f[t][k];
      }
      s += Math.abs(p - y[t]);
    }
    return s / y.length;
  }

  /**
   * The component forecasts of one problem's first dimension, as {@link #fitWeights} takes them.
   */
  public static double[] componentForecasts(
      List<Forecaster> components, BargainingProblem problem) {
    List<Double> out = new ArrayList<>();
    for (Forecaster c : components) {
      out.add(c.forecast(problem).settlement(0));
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
