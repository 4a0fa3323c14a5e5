package org.parley.games.logit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.ExtensiveFormSolver;
import org.parley.games.solver.NormalFormSolver;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;
import org.parley.games.solver.SolverStatistics;

/**
 * Follows the principal branch of the logit quantal-response equilibrium (QRE) correspondence from
 * the centroid at {@code λ = 0} to (near) a Nash equilibrium at large {@code λ}, for n-player
 * normal-form games (Gambit's {@code gambit-logit -e}).
 *
 * <p>Sources: R. D. McKelvey, T. R. Palfrey, "Quantal response equilibria for normal form games",
 * Games and Economic Behavior 10 (1995) 6–38 (the logit QRE {@code σ_ij ∝ exp(λ u_ij(σ))} and the
 * principal branch, which converges to a Nash equilibrium as {@code λ → ∞}); T. L. Turocy, "A
 * dynamic homotopy interpretation of the logistic quantal response equilibrium correspondence",
 * GEB 51 (2005) 243–263 (tracing it in log-probabilities); E. L. Allgower, K. Georg,
 * <i>Introduction to Numerical Continuation Methods</i> (2003), ch. 2–3 (the predictor–corrector
 * method: Euler predictor along the unit tangent, Newton corrector orthogonal to it, adaptive arc
 * step).
 *
 * <p>Unknowns {@code v_ij = ln σ_ij} and {@code λ}; equations {@code Σ_j exp(v_ij) = 1} and
 * {@code v_ij − v_i0 − λ (u_ij − u_i0) = 0} for {@code j ≥ 1}. The path is followed until
 * {@code λ = maxLambda} (default {@code 10⁶}, as Gambit), where the profile is an approximate
 * equilibrium whose regret is reported (it shrinks like {@code 1/λ}). Each step costs one pass over
 * the payoff table per player pair plus a dense solve of order {@code Σ_i m_i}.
 *
 * <p>Extensive games are traced in behaviour strategies through the agent QRE
 * ({@link AgentQreSystem}), as {@code gambit-logit} does on {@code .efg} files.
 */
public final class LogitTracing implements NormalFormSolver, ExtensiveFormSolver {
  private final double maxLambda;
  private final double firstStep;
  private final double maxStep;
  private final int maxSteps;

  /** Defaults: trace to λ = 10⁶, first arc step 0.03, at most 20 000 steps. */
  public LogitTracing() {
    this(1e6, 0.03, 1e5, 20_000);
  }

  public LogitTracing(double maxLambda, double firstStep, double maxStep, int maxSteps) {
    if (!(maxLambda > 0)) {
      throw new IllegalArgumentException("maxLambda is " + maxLambda + "; it must be > 0");
    }
    if (!(firstStep > 0) || !(maxStep >= firstStep)) {
      throw new IllegalArgumentException("steps must satisfy 0 < firstStep <= maxStep; got " + firstStep + ", " + maxStep);
    }
    if (maxSteps < 1) {
      throw new IllegalArgumentException("maxSteps is " + maxSteps + "; it must be >= 1");
    }
    this.maxLambda = maxLambda;
    this.firstStep = firstStep;
    this.maxStep = maxStep;
    this.maxSteps = maxSteps;
  }

  public LogitTracing withMaxLambda(double lambda) {
    return new LogitTracing(lambda, firstStep, maxStep, maxSteps);
  }

  @Override
  public String name() {
    return "logit";
  }

  /** The end of a trace: the profile at {@code lambda}, steps taken, and why it stopped. */
  public record Trace(double[][] profile, double lambda, int steps, boolean reachedMaxLambda, boolean timedOut) {
    public Trace {
      Objects.requireNonNull(profile, "profile");
    }
  }

  @Override
  public SolverResult<MixedProfile> solve(NormalFormGame game, SolveOptions options) {
    Objects.requireNonNull(options, "options");
    long start = System.nanoTime();
    Trace tr = trace(game, options.deadline(start));
    MixedProfile m = MixedProfile.ofDoubles(tr.profile());
    SolverStatistics stats = new SolverStatistics(name(), tr.steps(), "steps", Duration.ofNanos(System.nanoTime() - start),
        Map.of("lambda", (long) Math.floor(tr.lambda())));
    List<Equilibrium<MixedProfile>> eq = List.of(Equilibrium.of(game, m));
    if (tr.reachedMaxLambda()) {
      return new SolverResult.Complete<>(eq, stats);
    }
    return new SolverResult.Stopped<>(eq, stats,
        tr.timedOut() ? SolverResult.StopReason.TIMEOUT : SolverResult.StopReason.ITERATION_LIMIT);
  }

  /** Traces the principal branch until {@code maxLambda}, the step limit or {@code deadline}. */
  public Trace trace(NormalFormGame game, long deadline) {
    Objects.requireNonNull(game, "game");
    QreSystem sys = new QreSystem(game);
    End end = follow(sys, deadline);
    return new Trace(sys.profile(end.z), end.z[sys.size()], end.steps, end.reached, end.timedOut);
  }

  /**
   * Traces the agent logit QRE of an extensive game (n players, perfect recall) in behaviour
   * strategies, as {@code gambit-logit -e} does on {@code .efg} files ({@link AgentQreSystem}).
   */
  @Override
  public SolverResult<BehaviourProfile> solve(ExtensiveFormGame game, SolveOptions options) {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(options, "options");
    if (!game.hasPerfectRecall()) {
      throw new IllegalArgumentException("logit: games with imperfect recall are not supported");
    }
    long start = System.nanoTime();
    AgentQreSystem sys = new AgentQreSystem(game);
    End end = follow(sys, options.deadline(start));
    BehaviourProfile b = BehaviourProfile.ofDoubles(sys.profile(end.z()));
    SolverStatistics stats = new SolverStatistics(name(), end.steps(), "steps", Duration.ofNanos(System.nanoTime() - start),
        Map.of("lambda", (long) Math.floor(end.z()[sys.size()])));
    List<Equilibrium<BehaviourProfile>> eq = List.of(Equilibrium.of(game, b));
    if (end.reached()) {
      return new SolverResult.Complete<>(eq, stats);
    }
    return new SolverResult.Stopped<>(eq, stats,
        end.timedOut() ? SolverResult.StopReason.TIMEOUT : SolverResult.StopReason.ITERATION_LIMIT);
  }

  /** Where a trace stopped. */
  private record End(double[] z, int steps, boolean reached, boolean timedOut) {}

  private End follow(PathSystem sys, long deadline) {
    int n = sys.size();
    double[] z = sys.start();
    double[] t = tangent(sys, z, null);
    double h = firstStep;
    int steps = 0;
    boolean timedOut = false;
    while (steps < maxSteps) {
      if ((steps & 7) == 0 && System.nanoTime() - deadline > 0) {
        timedOut = true;
        break;
      }
      double stepH = h;
      boolean last = false;
      if (t[n] > 0 && z[n] + stepH * t[n] >= maxLambda) {
        stepH = (maxLambda - z[n]) / t[n];
        last = true;
      }
      double[] pred = new double[n + 1];
      for (int c = 0; c <= n; c++) {
        pred[c] = z[c] + stepH * t[c];
      }
      double[] corrected = last ? correctAtLambda(sys, pred, maxLambda) : correct(sys, pred, t);
      if (corrected == null) {
        h = stepH / 2;
        if (h < 1e-12) {
          break;
        }
        continue;
      }
      steps++;
      double[] tNew = tangent(sys, corrected, t);
      z = corrected;
      t = tNew;
      if (last || z[n] >= maxLambda) {
        return new End(z, steps, true, false);
      }
      h = Math.min(maxStep, Math.max(h, stepH) * 1.5);
    }
    return new End(z, steps, false, timedOut);
  }

  /** Unit tangent of the path at {@code z}, oriented like {@code previous} (or with λ rising). */
  private static double[] tangent(PathSystem sys, double[] z, double[] previous) {
    int n = sys.size();
    double[][] jac = sys.jacobian(z);
    double[][] a = new double[n + 1][];
    System.arraycopy(jac, 0, a, 0, n);
    double[] orient = previous;
    if (orient == null) {
      orient = new double[n + 1];
      orient[n] = 1;
    }
    a[n] = orient.clone();
    double[] rhs = new double[n + 1];
    rhs[n] = 1;
    double[] t = Linear.solve(a, rhs);
    if (t == null) {
      throw new IllegalStateException("singular Jacobian at lambda " + z[n]);
    }
    double norm = 0;
    for (double v : t) {
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    for (int c = 0; c <= n; c++) {
      t[c] /= norm;
    }
    return t;
  }

  /** Newton corrector in the hyperplane orthogonal to {@code t}; null when it does not converge. */
  private static double[] correct(PathSystem sys, double[] start, double[] t) {
    int n = sys.size();
    double[] z = start.clone();
    double prev = Double.POSITIVE_INFINITY;
    for (int it = 0; it < 8; it++) {
      double[] f = sys.residual(z);
      double norm = Linear.norm(f);
      if (norm < tolerance(z)) {
        return z;
      }
      if (it > 0 && norm > 0.5 * prev) {
        return null;
      }
      prev = norm;
      double[][] jac = sys.jacobian(z);
      double[][] a = new double[n + 1][];
      System.arraycopy(jac, 0, a, 0, n);
      a[n] = t.clone();
      double[] rhs = new double[n + 1];
      for (int c = 0; c < n; c++) {
        rhs[c] = -f[c];
      }
      double[] d = Linear.solve(a, rhs);
      if (d == null) {
        return null;
      }
      for (int c = 0; c <= n; c++) {
        z[c] += d[c];
      }
    }
    return Linear.norm(sys.residual(z)) < 100 * tolerance(z) ? z : null;
  }

  /** Residual tolerance: round-off in {@code λ (u_ij − u_i0)} grows with λ. */
  private static double tolerance(double[] z) {
    return 1e-11 * (1 + Math.abs(z[z.length - 1]));
  }

  /** Newton at fixed λ (the last step lands exactly on maxLambda). */
  private static double[] correctAtLambda(PathSystem sys, double[] start, double lambda) {
    int n = sys.size();
    double[] z = start.clone();
    z[n] = lambda;
    double prev = Double.POSITIVE_INFINITY;
    for (int it = 0; it < 30; it++) {
      double[] f = sys.residual(z);
      double norm = Linear.norm(f);
      if (norm < tolerance(z)) {
        return z;
      }
      if (it > 2 && norm > prev) {
        return null;
      }
      prev = norm;
      double[][] jac = sys.jacobian(z);
      double[][] a = new double[n][n];
      for (int r = 0; r < n; r++) {
        System.arraycopy(jac[r], 0, a[r], 0, n);
      }
      double[] rhs = new double[n];
      for (int c = 0; c < n; c++) {
        rhs[c] = -f[c];
      }
      double[] d = Linear.solve(a, rhs);
      if (d == null) {
        return null;
      }
      for (int c = 0; c < n; c++) {
        z[c] += d[c];
      }
    }
    return Linear.norm(sys.residual(z)) < 100 * tolerance(z) ? z : null;
  }
}
