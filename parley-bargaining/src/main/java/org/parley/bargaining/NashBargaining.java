package org.parley.bargaining;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

/**
 * The asymmetric Nash bargaining solution (Nash 1950; asymmetric form as tested on EU data by
 * Schneider, Finke &amp; Bailer 2010; bargaining.md §4.2):
 *
 * <pre>
 *   x* = argmax over { x in X : u_i(x) &gt; u_i(d) for every i with w_i &gt; 0 } of sum_i w_i ln(u_i(x) - u_i(d))
 * </pre>
 *
 * over the box {@code X} of the dimensions' scales, with {@code u_i(x) = -sum_d s_id f(|x_d -
 * x_id|)}, {@code f(z) = z^2} ({@link Utility#QUADRATIC}) or {@code f(z) = z} ({@link
 * Utility#LINEAR}), Nash weights {@code w_i} from a {@link WeightScheme} and a {@link Disagreement}
 * point {@code d}. If the feasible set is empty the outcome is {@code d} (no agreement). Actors
 * with salience 0 on every dimension have no stake and are left out of the product.
 *
 * <p>Method: in one dimension the quadratic objective is strictly concave, so the maximum is the
 * root of its derivative on the feasible interval (Hipparchus {@link BrentSolver}); the linear
 * objective is concave and piecewise smooth (Hipparchus {@link BrentOptimizer}, golden section with
 * parabolic steps). In {@code D} dimensions, Nelder–Mead ({@link SimplexOptimizer}) from the best
 * feasible of the weighted mean and the actors' positions. {@link Disagreement.Far} is the limit
 * {@code |d| -> infinity}, solved in closed form: the weighted mean (quadratic) or weighted median
 * (linear) with weights {@code w_i s_id / sum_k s_ik}.
 */
public final class NashBargaining implements Forecaster {
  /** The shape of each actor's loss in distance. */
  public enum Utility {
    /** {@code u_i(x) = -sum_d s_id (x_d - x_id)^2}. */
    QUADRATIC,
    /** {@code u_i(x) = -sum_d s_id |x_d - x_id|}. */
    LINEAR
  }

  /** Where the actors end up if they do not agree. */
  public sealed interface Disagreement {
    /** The problem's status quo; the {@link Far} limit when the problem has none. */
    record StatusQuo() implements Disagreement {}

    /** The limit of a disagreement point infinitely far away. */
    record Far() implements Disagreement {}

    /** A given point, one value per dimension (it may lie outside the scales). */
    record Point(double[] at) implements Disagreement {
      public Point {
        at = requireNonNull(at, "at").clone();
        for (double v : at) {
          if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(
                "disagreement point " + java.util.Arrays.toString(at) + " must be finite");
          }
        }
      }

      @Override
      public double[] at() {
        return at.clone();
      }
    }
  }

  private final Utility utility;
  private final WeightScheme weights;
  private final Disagreement disagreement;

  /** Quadratic utilities, capability × salience weights, status quo (else far) disagreement. */
  public NashBargaining() {
    this(Utility.QUADRATIC, WeightScheme.CAPABILITY_SALIENCE, new Disagreement.StatusQuo());
  }

  public NashBargaining(Utility utility, WeightScheme weights, Disagreement disagreement) {
    this.utility = requireNonNull(utility, "utility");
    this.weights = requireNonNull(weights, "weights");
    this.disagreement = requireNonNull(disagreement, "disagreement");
  }

  public NashBargaining withDisagreement(Disagreement d) {
    return new NashBargaining(utility, weights, d);
  }

  @Override
  public String name() {
    return "nbs";
  }

  @Override
  public Forecast forecast(BargainingProblem problem) {
    requireNonNull(problem, "problem");
    int n = problem.actorCount();
    int dims = problem.dimensionCount();
    Map<String, String> params = new LinkedHashMap<>();
    params.put("utility", utility.name().toLowerCase(java.util.Locale.ROOT));
    params.put("weights", weights.label());
    double[] d = null;
    if (disagreement instanceof Disagreement.Point p) {
      d = p.at();
      if (d.length != dims) {
        throw new IllegalArgumentException(
            "the disagreement point needs " + dims + " values, got " + d.length);
      }
      params.put("disagreement", java.util.Arrays.toString(d));
    } else if (disagreement instanceof Disagreement.StatusQuo) {
      d = problem.statusQuo().orElse(null);
      params.put(
          "disagreement",
          d == null ? "far (no status quo)" : "status quo " + java.util.Arrays.toString(d));
    } else {
      params.put("disagreement", "far");
    }
    // Stakeholders: positive Nash weight and some salience.
    List<Integer> stake = new ArrayList<>();
    double[] totalSalience = new double[n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < dims; k++) {
        totalSalience[i] += problem.salience(i, k);
      }
    }
    double[][] w = new double[dims][];
    for (int k = 0; k < dims; k++) {
      w[k] = weights.weights(problem, k);
    }
    // One Nash weight per actor: the mean over dimensions of its weight (in 1-D, the weight).
    double[] nashWeight = new double[n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < dims; k++) {
        nashWeight[i] += w[k][i] / dims;
      }
    }
    for (int i = 0; i < n; i++) {
      double wi = nashWeight[i];
      if (wi > 0 && totalSalience[i] > 0) {
        stake.add(i);
      }
    }
    double[] out;
    String detail;
    int iterations = 0;
    if (stake.isEmpty()) {
      out = d != null ? d.clone() : farLimit(problem, nashWeight, totalSalience, List.of());
      detail =
          "no actor has a stake; outcome = "
              + (d != null ? "disagreement point" : "unweighted centre");
    } else if (d == null) {
      out = farLimit(problem, nashWeight, totalSalience, stake);
      detail = "closed form (far disagreement limit)";
    } else if (dims == 1) {
      Solution s = solve1d(problem, w[0], stake, d[0]);
      out = new double[] {s.x};
      detail = s.detail;
      iterations = s.iterations;
    } else {
      Solution s = solveNd(problem, nashWeight, w, stake, d);
      out = s.point;
      detail = s.detail;
      iterations = s.iterations;
    }
    return new Forecast(
        name(),
        params,
        out,
        List.of(new Forecast.Round(0, problem.positions(), out)),
        new Forecast.Convergence(
            true, 0, iterations > 0 ? detail + " (" + iterations + " evaluations)" : detail),
        List.of());
  }

  /** Weighted mean (quadratic) or median (linear) with weights {@code w_id s_id / S_i}. */
  private double[] farLimit(
      BargainingProblem problem, double[] w, double[] totalSalience, List<Integer> stake) {
    int dims = problem.dimensionCount();
    double[] out = new double[dims];
    for (int k = 0; k < dims; k++) {
      double[] x = SpatialStatistics.column(problem, k);
      double[] wk = new double[x.length];
      for (int i : stake) {
        wk[i] = dims == 1 ? w[i] : w[i] * problem.salience(i, k) / totalSalience[i];
      }
      out[k] =
          utility == Utility.QUADRATIC
              ? SpatialStatistics.weightedMean(x, wk)
              : SpatialStatistics.weightedMedian(x, wk);
    }
    return out;
  }

  private record Solution(double x, double[] point, int iterations, String detail) {}

  private double f(double z) {
    return utility == Utility.QUADRATIC ? z * z : Math.abs(z);
  }

  private Solution solve1d(BargainingProblem problem, double[] w, List<Integer> stake, double d) {
    Dimension dim = problem.dimensions().get(0);
    double a = dim.lo();
    double b = dim.hi();
    for (int i : stake) {
      double xi = problem.position(i, 0);
      double r = Math.abs(d - xi);
      a = Math.max(a, xi - r);
      b = Math.min(b, xi + r);
    }
    if (!(a < b)) {
      return new Solution(
          d,
          new double[] {d},
          0,
          "no agreement: the feasible set is empty; outcome = disagreement point");
    }
    if (utility == Utility.QUADRATIC) {
      java.util.function.DoubleUnaryOperator gPrime =
          x -> {
            double s = 0;
            for (int i : stake) {
              double xi = problem.position(i, 0);
              double r = d - xi;
              s += w[i] * -2 * (x - xi) / (r * r - (x - xi) * (x - xi));
            }
            return s;
          };
      double delta = (b - a) * 1e-13;
      double left = a + delta;
      double right = b - delta;
      if (gPrime.applyAsDouble(left) <= 0) {
        return new Solution(
            a, new double[] {a}, 1, "maximum at the lower end of the feasible interval");
      }
      if (gPrime.applyAsDouble(right) >= 0) {
        return new Solution(
            b, new double[] {b}, 1, "maximum at the upper end of the feasible interval");
      }
      BrentSolver solver = new BrentSolver(1e-12 * (b - a));
      double x = solver.solve(500, gPrime::applyAsDouble, left, right);
      return new Solution(
          x, new double[] {x}, solver.getEvaluations(), "root of the derivative (Brent)");
    }
    BrentOptimizer opt = new BrentOptimizer(1e-12, 1e-12 * (b - a));
    UnivariatePointValuePair p =
        opt.optimize(
            new MaxEval(2000),
            new UnivariateObjectiveFunction(
                x -> logNashProduct(problem, new double[] {x}, stake, w, d)),
            GoalType.MAXIMIZE,
            new SearchInterval(a, b, 0.5 * (a + b)));
    return new Solution(
        p.getPoint(),
        new double[] {p.getPoint()},
        opt.getEvaluations(),
        "maximum of the Nash product (Brent)");
  }

  private double logNashProduct(
      BargainingProblem problem, double[] x, List<Integer> stake, double[] w, double d) {
    double s = 0;
    for (int i : stake) {
      double xi = problem.position(i, 0);
      double gain = problem.salience(i, 0) * (f(d - xi) - f(x[0] - xi));
      if (!(gain > 0)) {
        return Double.NEGATIVE_INFINITY;
      }
      s += w[i] * Math.log(gain);
    }
    return s;
  }

  private double logNashProductNd(
      BargainingProblem problem, double[] x, List<Integer> stake, double[] w, double[] d) {
    int dims = d.length;
    for (int k = 0; k < dims; k++) {
      Dimension dim = problem.dimensions().get(k);
      if (x[k] < dim.lo() || x[k] > dim.hi()) {
        return Double.NEGATIVE_INFINITY;
      }
    }
    double s = 0;
    for (int i : stake) {
      double gain = 0;
      for (int k = 0; k < dims; k++) {
        double xi = problem.position(i, k);
        gain += problem.salience(i, k) * (f(d[k] - xi) - f(x[k] - xi));
      }
      if (!(gain > 0)) {
        return Double.NEGATIVE_INFINITY;
      }
      s += w[i] * Math.log(gain);
    }
    return s;
  }

  private Solution solveNd(
      BargainingProblem problem, double[] nw, double[][] w, List<Integer> stake, double[] d) {
    int dims = d.length;
    List<double[]> starts = new ArrayList<>();
    double[] mean = new double[dims];
    for (int k = 0; k < dims; k++) {
      mean[k] = SpatialStatistics.weightedMean(SpatialStatistics.column(problem, k), w[k]);
    }
    starts.add(mean);
    for (int i : stake) {
      double[] p = new double[dims];
      for (int k = 0; k < dims; k++) {
        // a point slightly towards the weighted mean from actor i's position
        p[k] = 0.9 * problem.position(i, k) + 0.1 * mean[k];
      }
      starts.add(p);
    }
    double[] best = null;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (double[] s : starts) {
      double v = logNashProductNd(problem, s, stake, nw, d);
      if (v > bestValue) {
        bestValue = v;
        best = s;
      }
    }
    if (best == null) {
      return new Solution(
          Double.NaN,
          d.clone(),
          0,
          "no agreement: no feasible start found (feasible set empty or very small); outcome = disagreement point");
    }
    double scale = 0;
    for (Dimension dim : problem.dimensions()) {
      scale = Math.max(scale, dim.width());
    }
    double[] steps = new double[dims];
    java.util.Arrays.fill(steps, scale * 0.05);
    SimplexOptimizer opt = new SimplexOptimizer(1e-13, 1e-10 * scale);
    double[] current = best;
    int evals = 0;
    // Restart until the point stops moving (Nelder-Mead can stall on a kink).
    for (int restart = 0; restart < 5; restart++) {
      PointValuePair p =
          opt.optimize(
              new MaxEval(20000),
              new ObjectiveFunction(
                  x -> {
                    double v = logNashProductNd(problem, x, stake, nw, d);
                    return Double.isInfinite(v) ? -1e300 : v;
                  }),
              GoalType.MAXIMIZE,
              new InitialGuess(current),
              new NelderMeadSimplex(steps));
      evals += opt.getEvaluations();
      double move = 0;
      for (int k = 0; k < dims; k++) {
        move = Math.max(move, Math.abs(p.getPoint()[k] - current[k]));
      }
      current = p.getPoint();
      java.util.Arrays.fill(steps, Math.max(move, scale * 1e-4));
      if (move < 1e-9 * scale) {
        break;
      }
    }
    return new Solution(Double.NaN, current, evals, "maximum of the Nash product (Nelder-Mead)");
  }
}
