package org.parley.games.seqform;

import java.util.Objects;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.solver.ExtensiveFormSolver;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/**
 * Equilibrium of a two-player zero-sum (or constant-sum) extensive game with perfect recall by
 * linear programming on the sequence form (Gambit's {@code lp} on {@code .efg} files).
 *
 * <p>Source: B. von Stengel, "Efficient computation of behavior strategies", Games and Economic
 * Behavior 14 (1996) 220–246, Theorem 4.4; D. Koller, N. Megiddo, B. von Stengel, STOC 1994. Player
 * 2's plan solves {@code min_{y,p} eᵀp  s.t.  Eᵀp − A y ≥ 0, F y = f, y ≥ 0}; player 1's plan
 * solves the dual {@code max_{x,q} fᵀq  s.t.  Fᵀq − Aᵀx ≤ 0, E x = e, x ≥ 0}; both optima equal
 * the game value for player 1. The LPs have size linear in the game tree. They are solved by a
 * two-phase dense simplex method ({@code O(m (m + n))} per pivot).
 */
public final class SequenceFormLp implements ExtensiveFormSolver {
  private final int maxPivots;

  /** A solver with the default pivot limit (1 000 000). */
  public SequenceFormLp() {
    this(1_000_000);
  }

  public SequenceFormLp(int maxPivots) {
    if (maxPivots < 1) {
      throw new IllegalArgumentException("maxPivots is " + maxPivots + "; it must be >= 1");
    }
    this.maxPivots = maxPivots;
  }


  @Override
  public String name() {
    return "lp";
  }

  /**
   * Solves a two-player extensive game with perfect recall; with {@code options.exact()} the
   * floating-point answer is replaced by the nearby exact profile when that one's exact regret is
   * zero ({@link ExactRecovery}).
   *
   * @throws IllegalArgumentException when the game is not two-player, lacks perfect recall or is not zero-sum
   */
  @Override
  public SolverResult<BehaviourProfile> solve(ExtensiveFormGame game, SolveOptions options) {
    Objects.requireNonNull(options, "options");
    long start = System.nanoTime();
    SequenceForm sf = SequenceForm.of(game);
    if (!game.isConstantSum()) {
      throw new IllegalArgumentException("lp: the game is not zero-sum (or constant-sum)");
    }
    SequenceFormResult r = solve(sf, options.deadline(start));
    return SequenceFormSolvers.toSolverResult(game, sf, r, name(), options, start);
  }

  /** Solves the sequence form without a deadline. */
  public SequenceFormResult solve(SequenceForm sf) {
    return solve(sf, Long.MAX_VALUE);
  }

  /**
   * Solves the sequence form until {@code deadline} ({@link System#nanoTime()}); a game that is not
   * constant-sum gives {@link SequenceFormResult.Failed}.
   */
  public SequenceFormResult solve(SequenceForm sf, long deadline) {
    Objects.requireNonNull(sf, "sf");
    long start = System.nanoTime();
    double scale = Math.max(1, Math.max(Math.abs(sf.maxLeafPayoff()), Math.abs(sf.minLeafPayoff())));
    if (!sf.isConstantSum(1e-9 * scale)) {
      return new SequenceFormResult.Failed("the game is not zero-sum (or constant-sum)", 0, System.nanoTime() - start);
    }
    int n1 = sf.numSequences(0);
    int n2 = sf.numSequences(1);
    int m1 = sf.numInfosets(0) + 1;
    int m2 = sf.numInfosets(1) + 1;
    double[][] a = sf.payoffMatrix(0);
    double[][] e = sf.constraintMatrix(0);
    double[][] f = sf.constraintMatrix(1);

    // player 2: variables (y, p)
    int nv = n2 + m1;
    double[] c = new double[nv];
    c[n2] = 1; // e·p = p_0
    double[][] rows = new double[n1 + m2][nv];
    DenseSimplex.Sense[] sense = new DenseSimplex.Sense[n1 + m2];
    double[] rhs = new double[n1 + m2];
    boolean[] free = new boolean[nv];
    for (int r = 0; r < m1; r++) {
      free[n2 + r] = true;
    }
    for (int i = 0; i < n1; i++) {
      for (int j = 0; j < n2; j++) {
        rows[i][j] = -a[i][j];
      }
      for (int r = 0; r < m1; r++) {
        rows[i][n2 + r] = e[r][i];
      }
      sense[i] = DenseSimplex.Sense.GE;
    }
    for (int r = 0; r < m2; r++) {
      System.arraycopy(f[r], 0, rows[n1 + r], 0, n2);
      sense[n1 + r] = DenseSimplex.Sense.EQ;
      rhs[n1 + r] = r == 0 ? 1 : 0;
    }
    DenseSimplex.Result r2 = DenseSimplex.minimise(c, rows, sense, rhs, free, maxPivots, deadline);

    // player 1: variables (x, q); maximise q_0 = minimise -q_0
    int nw = n1 + m2;
    double[] c1 = new double[nw];
    c1[n1] = -1;
    double[][] rows1 = new double[n2 + m1][nw];
    DenseSimplex.Sense[] sense1 = new DenseSimplex.Sense[n2 + m1];
    double[] rhs1 = new double[n2 + m1];
    boolean[] free1 = new boolean[nw];
    for (int r = 0; r < m2; r++) {
      free1[n1 + r] = true;
    }
    for (int j = 0; j < n2; j++) {
      for (int i = 0; i < n1; i++) {
        rows1[j][i] = -a[i][j];
      }
      for (int r = 0; r < m2; r++) {
        rows1[j][n1 + r] = f[r][j];
      }
      sense1[j] = DenseSimplex.Sense.LE;
    }
    for (int r = 0; r < m1; r++) {
      for (int i = 0; i < n1; i++) {
        rows1[n2 + r][i] = e[r][i];
      }
      sense1[n2 + r] = DenseSimplex.Sense.EQ;
      rhs1[n2 + r] = r == 0 ? 1 : 0;
    }
    DenseSimplex.Result r1 = DenseSimplex.minimise(c1, rows1, sense1, rhs1, free1, maxPivots, deadline);
    int pivots = r1.pivots() + r2.pivots();
    long nanos = System.nanoTime() - start;
    if (r1.status() == DenseSimplex.Status.TIMEOUT || r2.status() == DenseSimplex.Status.TIMEOUT) {
      return new SequenceFormResult.LimitReached("simplex: deadline reached", true, pivots, nanos);
    }
    if (r1.status() == DenseSimplex.Status.PIVOT_LIMIT || r2.status() == DenseSimplex.Status.PIVOT_LIMIT) {
      return new SequenceFormResult.LimitReached("simplex: pivot limit " + maxPivots + " reached", false, pivots, nanos);
    }
    if (r1.status() != DenseSimplex.Status.OPTIMAL || r2.status() != DenseSimplex.Status.OPTIMAL) {
      return new SequenceFormResult.Failed("simplex ended " + r1.status() + "/" + r2.status(), pivots, nanos);
    }
    double[] x = new double[n1];
    double[] y = new double[n2];
    System.arraycopy(r1.x(), 0, x, 0, n1);
    System.arraycopy(r2.x(), 0, y, 0, n2);
    return SequenceFormResult.equilibrium(sf, x, y, pivots, nanos);
  }
}
