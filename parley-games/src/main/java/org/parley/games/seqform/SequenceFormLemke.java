package org.parley.games.seqform;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.ExtensiveFormSolver;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;
import org.parley.games.solver.SolverStatistics;

/**
 * Lemke's algorithm on the sequence-form linear complementarity problem of a two-player general-sum
 * extensive game with perfect recall (Gambit's {@code lcp} on {@code .efg} files).
 *
 * <p>{@link #solve(ExtensiveFormGame, SolveOptions)} follows Gambit 16.7's path and prints its line
 * ({@link GambitSequenceLcp}: same layout, pivoting rule and read-out as Gambit 16.7's {@code
 * efglcp.cc}), exact rationals in exact mode, doubles otherwise; paths longer than {@code n + 100}
 * pivots, and rays, fall back to the path below.
 *
 * <p>{@link #solve(SequenceForm, long)} (and that fallback) uses another starting point. Source: D.
 * Koller, N. Megiddo, B. von Stengel, "Efficient computation of equilibria for extensive two-person
 * games", Games and Economic Behavior 14 (1996) 247–259, §4. With realisation plans {@code x}
 * ({@code Ex = e}), {@code y} ({@code Fy = f}) and free dual vectors {@code p}, {@code q}, the
 * equilibria are the solutions of
 *
 * <pre>
 *   Eᵀp − A y ≥ 0 ⊥ x ≥ 0,   Fᵀq − Bᵀx ≥ 0 ⊥ y ≥ 0,   Ex = e,   Fy = f.
 * </pre>
 *
 * Leaf payoffs are first shifted below zero (which changes every plan pair's payoff by the same
 * constant). Then the dual values are non-positive and the equalities may be relaxed to {@code Ex ≥
 * e}, {@code Fy ≥ f} with multipliers {@code u = −p ≥ 0}, {@code v = −q ≥ 0}: a standard LCP with a
 * copositive matrix. It is solved by Lemke's method with the covering vector of the linear tracing
 * procedure from the uniform behaviour profile {@code (s, t)}, {@code d = (−A t, −Bᵀ s, e, f)} (B.
 * von Stengel, A. van den Elzen, D. Talman, "Computing normal form perfect equilibria for extensive
 * two-person games", Econometrica 70 (2002) 693–715), with lexicographic pivoting. The behaviour
 * strategies are read off the plans' ratios and the result's regret is computed from scratch, so it
 * certifies itself. Cost: one dense tableau of order {@code n = |S₁| + |S₂| + |H₁| + |H₂| + 2},
 * {@code O(n²)} per pivot.
 *
 * <p>Numerics: the tableau is refactorised every 400 pivots, and when {@code z0} may leave at the
 * minimum ratio it does (Lemke's rule); a path that reaches {@code z0 = 0} only up to round-off
 * ends there. The relaxed LCP is outside KMvS's termination theorem; should the path end on a
 * secondary ray, the solver answers {@link SolverResult.Stopped} without an equilibrium (not seen
 * on any reference game, Leduc poker with 337 sequences per player included).
 */
public final class SequenceFormLemke implements ExtensiveFormSolver {
  private final int maxPivots;

  /** A solver with the default pivot limit (100 000). */
  public SequenceFormLemke() {
    this(100_000);
  }

  public SequenceFormLemke(int maxPivots) {
    if (maxPivots < 1) {
      throw new IllegalArgumentException("maxPivots is " + maxPivots + "; it must be >= 1");
    }
    this.maxPivots = maxPivots;
  }

  @Override
  public String name() {
    return "lcp";
  }

  /**
   * Solves a two-player extensive game with perfect recall; with {@code options.exact()} the
   * floating-point answer is replaced by the nearby exact profile when that one's exact regret is
   * zero ({@link ExactRecovery}).
   *
   * @throws IllegalArgumentException when the game is not two-player, lacks perfect recall
   */
  /**
   * Solves a two-player extensive game with perfect recall along Gambit 16.7's path ({@link
   * GambitSequenceLcp}): exact rational pivoting with {@code options.exact()} (Gambit's default
   * output), doubles otherwise (Gambit's {@code -d}). When that path is longer than {@code n + 100}
   * pivots ({@code n} the LCP's order; every reference tree needs fewer than {@code 1.5 n}) or ends
   * on a ray, the tracing-procedure path of {@link #solve(SequenceForm, long)} answers instead,
   * rounded to a nearby exact equilibrium in exact mode ({@link ExactRecovery}).
   *
   * @throws IllegalArgumentException when the game is not two-player, lacks perfect recall
   */
  @Override
  public SolverResult<BehaviourProfile> solve(ExtensiveFormGame game, SolveOptions options) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(game, "game");
    long start = System.nanoTime();
    long deadline = options.deadline(start);
    long order = 0;
    if (game.numPlayers() == 2) {
      order =
          game.numSequences(0)
              + game.numSequences(1)
              + game.infosets(0).size()
              + game.infosets(1).size()
              + 2;
    }
    long budget = Math.min(maxPivots, order + 100);
    GambitSequenceLcp.Outcomes probe =
        GambitSequenceLcp.solve(game, false, false, 1, budget, deadline);
    long spent = probe.pivots();
    GambitSequenceLcp.Outcomes out = probe;
    if (probe.stoppedBy() == null && !probe.equilibria().isEmpty() && options.exact()) {
      out = GambitSequenceLcp.solve(game, true, false, 1, maxPivots, deadline);
      spent += out.pivots();
    }
    boolean timedOut = out.stoppedBy() != null && out.stoppedBy().timedOut;
    if (out.stoppedBy() == null && !out.equilibria().isEmpty() || timedOut) {
      SolverStatistics stats =
          new SolverStatistics(
              name(),
              spent,
              "pivots",
              Duration.ofNanos(System.nanoTime() - start),
              Map.of(
                  "sequences1",
                  (long) game.numSequences(0),
                  "sequences2",
                  (long) game.numSequences(1)));
      List<Equilibrium<BehaviourProfile>> eqs =
          out.equilibria().stream().map(b -> Equilibrium.of(game, b)).toList();
      return timedOut
          ? new SolverResult.Stopped<>(eqs, stats, SolverResult.StopReason.TIMEOUT)
          : new SolverResult.Complete<>(eqs, stats);
    }
    // Gambit's path is too long here (or ended on a ray): follow the tracing procedure instead
    SequenceForm sf = SequenceForm.of(game);
    SequenceFormResult r = solve(sf, deadline);
    return SequenceFormSolvers.toSolverResult(game, sf, r, name(), options, start);
  }

  /** Solves the sequence form without a deadline. */
  public SequenceFormResult solve(SequenceForm sf) {
    return solve(sf, Long.MAX_VALUE);
  }

  private static double[][] uniform(SequenceForm sf, int player) {
    double[][] b = new double[sf.numInfosets(player)][];
    for (int h = 0; h < b.length; h++) {
      b[h] = new double[sf.numActions(player, h)];
      java.util.Arrays.fill(b[h], 1.0 / b[h].length);
    }
    return b;
  }

  /** Solves the sequence form until {@code deadline} ({@link System#nanoTime()}). */
  public SequenceFormResult solve(SequenceForm sf, long deadline) {
    Objects.requireNonNull(sf, "sf");
    long start = System.nanoTime();
    int n1 = sf.numSequences(0);
    int n2 = sf.numSequences(1);
    int m1 = sf.numInfosets(0) + 1;
    int m2 = sf.numInfosets(1) + 1;
    double shift = sf.maxLeafPayoff() + 1;
    double[][] a = sf.shiftedPayoffMatrix(0, shift);
    double[][] b = sf.shiftedPayoffMatrix(1, shift);
    double[][] e = sf.constraintMatrix(0);
    double[][] f = sf.constraintMatrix(1);
    // LCP variables z = (x, y, u, v) >= 0 with u = -p, v = -q (the shifted values are <= 0)
    int ox = 0;
    int oy = n1;
    int ou = n1 + n2;
    int ov = ou + m1;
    int n = ov + m2;
    double[][] m = new double[n][n];
    double[] q = new double[n];
    for (int i = 0; i < n1; i++) {
      for (int j = 0; j < n2; j++) {
        m[ox + i][oy + j] = -a[i][j];
        m[oy + j][ox + i] = -b[i][j];
      }
    }
    for (int r = 0; r < m1; r++) {
      for (int i = 0; i < n1; i++) {
        double v = e[r][i];
        if (v != 0) {
          m[ox + i][ou + r] = -v;
          m[ou + r][ox + i] = v;
        }
      }
    }
    for (int r = 0; r < m2; r++) {
      for (int j = 0; j < n2; j++) {
        double v = f[r][j];
        if (v != 0) {
          m[oy + j][ov + r] = -v;
          m[ov + r][oy + j] = v;
        }
      }
    }
    q[ou] = -1;
    q[ov] = -1;
    // covering vector of the tracing procedure from the prior (s, t) = uniform behaviour plans
    // (von Stengel, van den Elzen, Talman 2002): d = (−A t, −Bᵀ s, e, f)
    double[] s = sf.behaviourToPlan(0, uniform(sf, 0));
    double[] t = sf.behaviourToPlan(1, uniform(sf, 1));
    double[] d = new double[n];
    for (int i = 0; i < n1; i++) {
      for (int j = 0; j < n2; j++) {
        d[ox + i] -= a[i][j] * t[j];
        d[oy + j] -= b[i][j] * s[i];
      }
    }
    d[ou] = 1;
    d[ov] = 1;
    LemkeTableau tab = new LemkeTableau(m, q, d);
    LemkeTableau.Status status = tab.run(maxPivots, deadline);
    long nanos = System.nanoTime() - start;
    if (status == LemkeTableau.Status.PIVOT_LIMIT || status == LemkeTableau.Status.TIMEOUT) {
      boolean timedOut = status == LemkeTableau.Status.TIMEOUT;
      return new SequenceFormResult.LimitReached(
          timedOut
              ? "Lemke: deadline reached"
              : "Lemke: " + maxPivots + " pivots without reaching a solution",
          timedOut,
          tab.pivots(),
          nanos);
    }
    if (status == LemkeTableau.Status.RAY) {
      return new SequenceFormResult.Failed(
          "Lemke: ray termination (numerical trouble)", tab.pivots(), nanos);
    }
    double[] z = tab.z();
    double[] x = new double[n1];
    double[] y = new double[n2];
    System.arraycopy(z, ox, x, 0, n1);
    System.arraycopy(z, oy, y, 0, n2);
    return SequenceFormResult.equilibrium(sf, x, y, tab.pivots(), nanos);
  }
}
