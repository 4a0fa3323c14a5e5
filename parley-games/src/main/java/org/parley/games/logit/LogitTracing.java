package org.parley.games.logit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.io.NashOutput;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.ExtensiveFormSolver;
import org.parley.games.solver.NormalFormSolver;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;
import org.parley.games.solver.SolverStatistics;

/**
 * Follows the principal branch of the logit quantal-response equilibrium (QRE) correspondence from
 * the centroid at {@code λ = 0} towards a Nash equilibrium, and stops where Gambit's {@code
 * gambit-logit -e} stops, printing the same point.
 *
 * <p>Sources: R. D. McKelvey, T. R. Palfrey, "Quantal response equilibria for normal form games",
 * Games and Economic Behavior 10 (1995) 6–38 (the logit QRE {@code σ_ij ∝ exp(λ u_ij(σ))} and its
 * principal branch); T. L. Turocy, "A dynamic homotopy interpretation of the logistic quantal
 * response equilibrium correspondence", GEB 51 (2005) 243–263 (tracing in log-probabilities); E. L.
 * Allgower, K. Georg, <i>Introduction to Numerical Continuation Methods</i> (2003) (the
 * predictor–corrector, {@link PathTracer}). Parametrisation, equations, start, stopping rule and
 * printed point follow Gambit 16.7's {@code src/solvers/logit/nfglogit.cc} / {@code efglogit.cc}
 * and {@code src/tools/logit/logit.cc}.
 *
 * <p>Unknowns {@code v_ij = ln σ_ij} and λ (arc-length parametrised); equations per player {@code
 * Σ_j exp(v_ij) − 1 = 0} and {@code v_ij − v_i1 − λ (u_ij − u_i1) = 0} for {@code j ≥ 2}. Start:
 * the centroid, λ = 0. Stop at the first accepted point whose regret (Gambit's, on the point's
 * probabilities as they are) is below {@code maxRegret} (default 1e-8) times the payoff range, or λ
 * < 0, or when the tracer gives up (step below 1e-8, corrector beyond 100 iterations); as Gambit,
 * the point reached is what is printed ({@link Terminal#printed()}: the raw {@code exp(v)}, not
 * renormalised). Our own addition: once the tracer's bifurcation perturbation is on, the test is
 * also passed by the renormalised profile (Gambit would trace on forever there). The certified
 * {@link Equilibrium} carries the renormalised profile and its honest regret — on {@code
 * contrib__2x2x2.nfg} Gambit's point is not an equilibrium and the certificate says so.
 *
 * <p>Extensive games are traced in behaviour strategies through the agent QRE ({@link
 * AgentQreSystem}, analytic Jacobian), as {@code gambit-logit} does on {@code .efg} files.
 */
public final class LogitTracing implements NormalFormSolver, ExtensiveFormSolver {
  private final double maxRegret;
  private final double firstStep;
  private final double maxDecel;
  private final int maxSteps;

  /** Gambit's defaults: regret 1e-8 of the payoff range, first step 0.03, factor 1.1; 10⁵ steps. */
  public LogitTracing() {
    this(1e-8, 0.03, 1.1, 100_000);
  }

  /**
   * @param maxRegret stop at the first point whose regret is below {@code maxRegret} times the
   *     payoff range (Gambit's {@code -m})
   * @param firstStep initial arc step (Gambit's {@code -s})
   * @param maxDecel bound on the steplength change factor, {@code > 1} (Gambit's {@code -a})
   * @param maxSteps our own guard on accepted steps (Gambit has none)
   */
  public LogitTracing(double maxRegret, double firstStep, double maxDecel, int maxSteps) {
    if (!(maxRegret > 0)) {
      throw new IllegalArgumentException("maxRegret is " + maxRegret + "; it must be > 0");
    }
    if (!(firstStep > 0)) {
      throw new IllegalArgumentException("firstStep is " + firstStep + "; it must be > 0");
    }
    if (!(maxDecel > 1)) {
      throw new IllegalArgumentException("maxDecel is " + maxDecel + "; it must be > 1");
    }
    if (maxSteps < 1) {
      throw new IllegalArgumentException("maxSteps is " + maxSteps + "; it must be >= 1");
    }
    this.maxRegret = maxRegret;
    this.firstStep = firstStep;
    this.maxDecel = maxDecel;
    this.maxSteps = maxSteps;
  }

  @Override
  public String name() {
    return "logit";
  }

  /** Why a trace stopped; the first three are Gambit's own rules ({@code path.cc}). */
  public enum Stop {
    /** The regret fell below {@code maxRegret} times the payoff range (or λ < 0). */
    TERMINATED,
    /** The step size fell below {@code 1e-8} (Gambit prints the last point and exits 0). */
    STEP_TOO_SMALL,
    /** The corrector needed more than 100 iterations (likewise). */
    CORRECTOR_FAILED,
    /** Our own step guard (Gambit has none). */
    STEP_LIMIT,
    /** The solve deadline passed. */
    TIMEOUT
  }

  /**
   * The terminal point of a trace, as Gambit prints it.
   *
   * @param printed {@code exp} of the log-probabilities, flat in Gambit's order (player by player,
   *     then infoset by infoset), not renormalised: {@code gambit-logit -e} prints exactly these
   * @param lambda λ at the point
   * @param steps accepted predictor–corrector steps
   * @param status why tracing stopped ({@code TERMINATED} is Gambit's success)
   */
  public record Terminal(double[] printed, double lambda, int steps, Stop status) {
    public Terminal {
      printed = printed.clone();
      Objects.requireNonNull(status, "status");
    }

    @Override
    public double[] printed() {
      return printed.clone();
    }

    /** True when one of Gambit's own rules stopped the trace (Gambit prints the point, exit 0). */
    public boolean gambitStop() {
      return status != Stop.STEP_LIMIT && status != Stop.TIMEOUT;
    }

    /** Gambit's {@code -e -d digits} line: every number as C's {@code %.<digits>g}. */
    public String gambitLine(int digits) {
      return NashOutput.significant(printed, digits);
    }
  }

  /** Traces the principal branch of a normal-form game to Gambit's terminal point. */
  public Terminal terminal(NormalFormGame game, SolveOptions options) {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(options, "options");
    return run(new QreSystem(game), options.deadline(System.nanoTime()));
  }

  /**
   * Traces the agent QRE branch of an extensive game (perfect recall) to Gambit's terminal point.
   */
  public Terminal terminal(ExtensiveFormGame game, SolveOptions options) {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(options, "options");
    if (!game.hasPerfectRecall()) {
      throw new IllegalArgumentException("logit: games with imperfect recall are not supported");
    }
    return run(new AgentQreSystem(game), options.deadline(System.nanoTime()));
  }

  private Terminal run(PathSystem sys, long deadline) {
    double range = sys.payoffRange();
    double tol = range != 0 ? maxRegret * range : maxRegret;
    int n = sys.size();
    PathTracer.Result r =
        new PathTracer(firstStep, maxDecel, maxSteps)
            .trace(
                sys,
                sys.start(),
                (z, perturbed) ->
                    z[n] < 0
                        || sys.maxRegret(z) < tol
                        || (perturbed && sys.normalisedMaxRegret(z) < tol),
                deadline);
    return new Terminal(sys.probabilities(r.x()), r.x()[n], r.steps(), r.status());
  }

  /** A certified result together with the terminal point Gambit would print. */
  public record Traced<P>(SolverResult<P> result, Terminal terminal) {
    public Traced {
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(terminal, "terminal");
    }
  }

  @Override
  public SolverResult<MixedProfile> solve(NormalFormGame game, SolveOptions options) {
    return trace(game, options).result();
  }

  @Override
  public SolverResult<BehaviourProfile> solve(ExtensiveFormGame game, SolveOptions options) {
    return trace(game, options).result();
  }

  /** One trace: the certified result and the point to print ({@link Terminal#gambitLine}). */
  public Traced<MixedProfile> trace(NormalFormGame game, SolveOptions options) {
    long start = System.nanoTime();
    Terminal t = terminal(game, options);
    int[] counts = game.strategyCounts();
    double[][] p = new double[counts.length][];
    int k = 0;
    for (int i = 0; i < counts.length; i++) {
      p[i] = normalised(t.printed, k, counts[i]);
      k += counts[i];
    }
    MixedProfile m = MixedProfile.ofDoubles(p);
    List<Equilibrium<MixedProfile>> eq = List.of(Equilibrium.of(game, m));
    return new Traced<>(result(eq, t, start), t);
  }

  /**
   * Traces the agent logit QRE of an extensive game (n players, perfect recall) in behaviour
   * strategies, as {@code gambit-logit -e} does on {@code .efg} files ({@link AgentQreSystem}).
   */
  public Traced<BehaviourProfile> trace(ExtensiveFormGame game, SolveOptions options) {
    long start = System.nanoTime();
    Terminal t = terminal(game, options);
    double[][][] b = new double[game.numPlayers()][][];
    int k = 0;
    for (int i = 0; i < b.length; i++) {
      b[i] = new double[game.infosets(i).size()][];
      for (int h = 0; h < b[i].length; h++) {
        int m = game.infosets(i).get(h).numActions();
        b[i][h] = normalised(t.printed, k, m);
        k += m;
      }
    }
    List<Equilibrium<BehaviourProfile>> eq =
        List.of(Equilibrium.of(game, BehaviourProfile.ofDoubles(b)));
    return new Traced<>(result(eq, t, start), t);
  }

  private <P> SolverResult<P> result(List<Equilibrium<P>> eq, Terminal t, long start) {
    SolverStatistics stats =
        new SolverStatistics(
            name(),
            t.steps(),
            "steps",
            Duration.ofNanos(System.nanoTime() - start),
            Map.of("lambda", (long) Math.floor(t.lambda())));
    if (t.gambitStop()) {
      return new SolverResult.Complete<>(eq, stats);
    }
    return new SolverResult.Stopped<>(
        eq,
        stats,
        t.status() == Stop.TIMEOUT
            ? SolverResult.StopReason.TIMEOUT
            : SolverResult.StopReason.ITERATION_LIMIT);
  }

  /** The certified profile: the printed probabilities of one player / infoset, renormalised. */
  private static double[] normalised(double[] flat, int from, int count) {
    double[] out = new double[count];
    double sum = 0;
    for (int j = 0; j < count; j++) {
      sum += flat[from + j];
    }
    for (int j = 0; j < count; j++) {
      out[j] = flat[from + j] / sum;
    }
    return out;
  }
}
