package org.parley.games.seqform;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.Node;
import org.parley.games.Rational;
import org.parley.games.normal.LargestCoefficientSimplex;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.ExtensiveFormSolver;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;
import org.parley.games.solver.SolverStatistics;

/**
 * Equilibrium of a two-player zero-sum (or constant-sum) extensive game with perfect recall by
 * linear programming on the sequence form (Gambit's {@code lp} on {@code .efg} files).
 *
 * <p>Source: B. von Stengel, "Efficient computation of behavior strategies", Games and Economic
 * Behavior 14 (1996) 220–246, Theorem 4.4; D. Koller, N. Megiddo, B. von Stengel, STOC 1994. Player
 * 2's plan solves {@code min_{y,p} eᵀp s.t. Eᵀp − A y ≥ 0, F y = f, y ≥ 0}; player 1's plan solves
 * the dual {@code max_{x,q} fᵀq s.t. Fᵀq − Aᵀx ≤ 0, E x = e, x ≥ 0}; both optima equal the game
 * value for player 1. The LPs have size linear in the game tree.
 *
 * <p>{@link #solve(ExtensiveFormGame, SolveOptions)} builds and pivots the LP exactly as Gambit
 * 16.7's {@code gambit-lp} does ({@link #solveAsGambit}, {@link LargestCoefficientSimplex}) and so
 * prints Gambit's line; exact arithmetic up to {@value #EXACT_CELLS} LP cells. When Gambit's rule
 * cannot give a profile (see {@code solveAsGambit}), and for {@link #solve(SequenceForm)}, the LPs
 * above are solved by a two-phase dense simplex method with Bland's safeguard ({@code O(m (m + n))}
 * per pivot).
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
   * Solves a two-player extensive game with perfect recall as {@code gambit-lp} does on a tree
   * ({@link #solveAsGambit}): exact arithmetic when {@code options.exact()}, else Gambit's
   * floating-point rule.
   *
   * @throws IllegalArgumentException when the game is not two-player, lacks perfect recall or is
   *     not zero-sum
   */
  @Override
  public SolverResult<BehaviourProfile> solve(ExtensiveFormGame game, SolveOptions options) {
    Objects.requireNonNull(options, "options");
    long start = System.nanoTime();
    SequenceForm sf = SequenceForm.of(game);
    if (!game.isConstantSum()) {
      throw new IllegalArgumentException("lp: the game is not zero-sum (or constant-sum)");
    }
    long deadline = options.deadline(start);
    boolean exact = options.exact();
    int rows = sf.numSequences(0) + sf.numInfosets(1) + 1;
    int cols = sf.numSequences(1) + sf.numInfosets(0) + 1;
    // large trees in exact mode: Gambit's rule followed in floating point, then the nearby exact
    // profile when its exact regret is zero (ExactRecovery)
    boolean guided = exact && (long) rows * cols > EXACT_CELLS;
    GambitLp lp;
    try {
      lp =
          guided
              ? solveAsGambit(game, sf, false, true, deadline)
              : solveAsGambit(game, sf, exact, false, deadline);
    } catch (IllegalArgumentException notAPlan) {
      // Gambit's p ≥ 0 makes player 1's constraints E x = e inequalities where a set's shifted
      // value p is 0, so the prices may not be a realisation plan (Gambit then prints action
      // "probabilities" that do not sum to 1); we answer with the two-phase method instead
      SequenceFormResult r = solve(sf, deadline);
      return SequenceFormSolvers.toSolverResult(game, sf, r, name(), options, start);
    } catch (LargestCoefficientSimplex.LpException ex) {
      lp = null;
      if (ex.timeout()) {
        SolverStatistics stats =
            new SolverStatistics(
                name(),
                0,
                "pivots",
                Duration.ofNanos(System.nanoTime() - start),
                Map.of(
                    "sequences1",
                    (long) sf.numSequences(0),
                    "sequences2",
                    (long) sf.numSequences(1)));
        return new SolverResult.Stopped<>(List.of(), stats, SolverResult.StopReason.TIMEOUT);
      }
    }
    Equilibrium<BehaviourProfile> eq = lp == null ? null : Equilibrium.of(game, lp.profile());
    double range = Math.max(1, sf.maxLeafPayoff() - sf.minLeafPayoff());
    if (eq == null || !(eq.certificate().maxRegret() <= 1e-6 * range)) {
      // the largest-coefficient rule cycled (pivot limit) or, in floating point, ended off the
      // optimum: the two-phase method with Bland's safeguard finds an optimal pair
      SequenceFormResult r = solve(sf, deadline);
      return SequenceFormSolvers.toSolverResult(game, sf, r, name(), options, start);
    }
    if (guided) {
      eq =
          ExactRecovery.exactEquilibrium(game, eq.profile())
              .map(b -> Equilibrium.of(game, b))
              .orElse(eq);
    }
    SolverStatistics stats =
        new SolverStatistics(
            name(),
            lp.pivots(),
            "pivots",
            Duration.ofNanos(System.nanoTime() - start),
            Map.of(
                "sequences1", (long) sf.numSequences(0), "sequences2", (long) sf.numSequences(1)));
    return new SolverResult.Complete<>(List.of(eq), stats);
  }

  /** Largest LP ({@code rows × columns}) solved by the exact simplex in exact mode. */
  static final int EXACT_CELLS = 4_000;

  /** Gambit's answer: the behaviour profile and the simplex's pivot count. */
  record GambitLp(BehaviourProfile profile, int pivots) {}

  /**
   * The sequence-form LP as Gambit 16.7's {@code src/solvers/lp/efglp.cc} (read at commit 105dbac)
   * builds and reads it. With {@code μ} = the least payoff of any outcome, rows are player 1's
   * sequences then player 2's information sets (plus the root), columns player 2's sequences then
   * player 1's information sets (plus the root); entry {@code (σ1, σ2)} sums {@code chance · (u_1 −
   * μ)} over the nodes with an outcome whose sequences are {@code σ1, σ2}; player 1's columns are
   * {@code −Eᵀ}, player 2's rows are {@code F} (equalities, right-hand side {@code (1, 0, …)}); the
   * objective maximises {@code −p_0}. The LP is solved by {@link LargestCoefficientSimplex}; player
   * 2's plan is the primal, player 1's the row prices. Behaviour: {@code β = plan(σa) / plan(σ)}
   * where {@code plan(σ) > 0}, else 0; afterwards every information set that the profile reaches
   * with probability 0 and whose probabilities sum to 0 gets the uniform distribution, the sets
   * visited in order (players, then sets), the reach of a set computed with the profile as modified
   * so far (Gambit's {@code UndefinedToCentroid}).
   */
  static GambitLp solveAsGambit(
      ExtensiveFormGame game, SequenceForm sf, boolean exact, boolean emulateExact, long deadline) {
    int n1 = sf.numSequences(0);
    int n2 = sf.numSequences(1);
    int m1 = sf.numInfosets(0) + 1;
    int m2 = sf.numInfosets(1) + 1;
    int rows = n1 + m2;
    int cols = n2 + m1;
    Rational mu = org.parley.games.normal.ZeroSumLp.leastOutcomePayoff(game);
    Rational[][] a = new Rational[rows][cols];
    for (Rational[] row : a) {
      java.util.Arrays.fill(row, Rational.ZERO);
    }
    for (Node node : game.nodes()) {
      int o = node.outcome();
      if (o >= 0) {
        int s1 = game.nodeSequence(0, node.id());
        int s2 = game.nodeSequence(1, node.id());
        Rational u = game.outcomes().get(o).payoffs().get(0).subtract(mu);
        a[s1][s2] = a[s1][s2].add(game.chanceReach(node.id()).multiply(u));
      }
    }
    double[][] e = sf.constraintMatrix(0);
    double[][] f = sf.constraintMatrix(1);
    for (int r = 0; r < m1; r++) {
      for (int s = 0; s < n1; s++) {
        if (e[r][s] != 0) {
          a[s][n2 + r] = Rational.of((long) -e[r][s]);
        }
      }
    }
    for (int r = 0; r < m2; r++) {
      for (int s = 0; s < n2; s++) {
        if (f[r][s] != 0) {
          a[n1 + r][s] = Rational.of((long) f[r][s]);
        }
      }
    }
    Rational[] b = new Rational[rows];
    java.util.Arrays.fill(b, Rational.ZERO);
    b[n1] = Rational.ONE;
    Rational[] c = new Rational[cols];
    java.util.Arrays.fill(c, Rational.ZERO);
    c[n2] = Rational.ONE.negate();
    Rational[] y;
    Rational[] x;
    int pivots;
    if (exact) {
      LargestCoefficientSimplex.ExactSolution s =
          LargestCoefficientSimplex.solveExact(a, b, c, m2, deadline);
      y = java.util.Arrays.copyOf(s.primal(), n2);
      x = java.util.Arrays.copyOf(s.dual(), n1);
      pivots = s.pivots();
      return new GambitLp(BehaviourProfile.ofRationals(behaviour(game, sf, x, y)), pivots);
    }
    double[][] ad = new double[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        ad[i][j] = a[i][j].doubleValue();
      }
    }
    double[] bd = new double[rows];
    bd[n1] = 1;
    double[] cd = new double[cols];
    cd[n2] = -1;
    LargestCoefficientSimplex.DoubleSolution s =
        emulateExact
            ? LargestCoefficientSimplex.solveDouble(
                ad,
                bd,
                cd,
                m2,
                deadline,
                true,
                LargestCoefficientSimplex.commonDenominator(a, b).doubleValue())
            : LargestCoefficientSimplex.solveDouble(ad, bd, cd, m2, deadline);
    double[] yd = java.util.Arrays.copyOf(s.primal(), n2);
    double[] xd = java.util.Arrays.copyOf(s.dual(), n1);
    return new GambitLp(BehaviourProfile.ofDoubles(behaviour(game, sf, xd, yd)), s.pivots());
  }

  private static Rational[][][] behaviour(
      ExtensiveFormGame game, SequenceForm sf, Rational[] x, Rational[] y) {
    Rational[][][] beh = new Rational[2][][];
    for (int p = 0; p < 2; p++) {
      Rational[] plan = p == 0 ? x : y;
      int ni = sf.numInfosets(p);
      beh[p] = new Rational[ni][];
      for (int h = 0; h < ni; h++) {
        Rational par = plan[sf.parentSequence(p, h)];
        int k = sf.numActions(p, h);
        beh[p][h] = new Rational[k];
        for (int q = 0; q < k; q++) {
          beh[p][h][q] =
              par.signum() > 0 ? plan[sf.firstSequence(p, h) + q].divide(par) : Rational.ZERO;
        }
      }
    }
    undefinedToCentroid(
        game,
        beh,
        Rational.ZERO,
        (u, v) -> u.multiply(v),
        (u, v) -> u.add(v),
        Rational::signum,
        kk -> Rational.of(1, kk),
        Rational.ONE);
    return beh;
  }

  private static double[][][] behaviour(
      ExtensiveFormGame game, SequenceForm sf, double[] x, double[] y) {
    double[][][] beh = new double[2][][];
    for (int p = 0; p < 2; p++) {
      double[] plan = p == 0 ? x : y;
      int ni = sf.numInfosets(p);
      beh[p] = new double[ni][];
      for (int h = 0; h < ni; h++) {
        double par = plan[sf.parentSequence(p, h)];
        int k = sf.numActions(p, h);
        beh[p][h] = new double[k];
        for (int q = 0; q < k; q++) {
          beh[p][h][q] = par > 0 ? Math.max(0, plan[sf.firstSequence(p, h) + q] / par) : 0;
        }
      }
    }
    Double[][][] boxed = new Double[2][][];
    for (int p = 0; p < 2; p++) {
      boxed[p] = new Double[beh[p].length][];
      for (int h = 0; h < beh[p].length; h++) {
        boxed[p][h] = java.util.Arrays.stream(beh[p][h]).boxed().toArray(Double[]::new);
      }
    }
    undefinedToCentroid(
        game,
        boxed,
        0.0,
        (u, v) -> u * v,
        (u, v) -> u + v,
        u -> (int) Math.signum(u),
        kk -> 1.0 / kk,
        1.0);
    for (int p = 0; p < 2; p++) {
      for (int h = 0; h < beh[p].length; h++) {
        for (int q = 0; q < beh[p][h].length; q++) {
          beh[p][h][q] = boxed[p][h][q];
        }
      }
    }
    return beh;
  }

  /** Gambit's {@code MixedBehaviorProfile::UndefinedToCentroid}, over any number type. */
  private static <T> void undefinedToCentroid(
      ExtensiveFormGame game,
      T[][][] beh,
      T zero,
      java.util.function.BinaryOperator<T> mul,
      java.util.function.BinaryOperator<T> add,
      java.util.function.ToIntFunction<T> sign,
      java.util.function.IntFunction<T> uniform,
      T one) {
    for (int p = 0; p < 2; p++) {
      for (int h = 0; h < beh[p].length; h++) {
        // reach probabilities of all nodes under the profile as it stands (nodes in pre-order)
        List<Node> nodes = game.nodes();
        @SuppressWarnings("unchecked")
        T[] reach = (T[]) new Object[nodes.size()];
        for (Node node : nodes) {
          if (node.id() == 0) {
            reach[0] = one;
            continue;
          }
          Node par = nodes.get(node.parent());
          T edge;
          if (par instanceof Node.Personal pp) {
            edge = beh[pp.player()][pp.infoset()][game.actionIndex(node.id())];
          } else {
            edge = chance(game, node.id(), one);
          }
          reach[node.id()] = mul.apply(reach[par.id()], edge);
        }
        T infosetProb = zero;
        T total = zero;
        for (Node node : nodes) {
          if (node instanceof Node.Personal pp && pp.player() == p && pp.infoset() == h) {
            infosetProb = add.apply(infosetProb, reach[node.id()]);
          }
        }
        if (sign.applyAsInt(infosetProb) > 0) {
          continue;
        }
        for (T v : beh[p][h]) {
          total = add.apply(total, v);
        }
        if (sign.applyAsInt(total) == 0) {
          java.util.Arrays.fill(beh[p][h], uniform.apply(beh[p][h].length));
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T chance(ExtensiveFormGame game, int node, T one) {
    Rational r = game.chanceProbability(node);
    return one instanceof Rational ? (T) r : (T) Double.valueOf(r.doubleValue());
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
    double scale =
        Math.max(1, Math.max(Math.abs(sf.maxLeafPayoff()), Math.abs(sf.minLeafPayoff())));
    if (!sf.isConstantSum(1e-9 * scale)) {
      return new SequenceFormResult.Failed(
          "the game is not zero-sum (or constant-sum)", 0, System.nanoTime() - start);
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
    DenseSimplex.Result r1 =
        DenseSimplex.minimise(c1, rows1, sense1, rhs1, free1, maxPivots, deadline);
    int pivots = r1.pivots() + r2.pivots();
    long nanos = System.nanoTime() - start;
    if (r1.status() == DenseSimplex.Status.TIMEOUT || r2.status() == DenseSimplex.Status.TIMEOUT) {
      return new SequenceFormResult.LimitReached("simplex: deadline reached", true, pivots, nanos);
    }
    if (r1.status() == DenseSimplex.Status.PIVOT_LIMIT
        || r2.status() == DenseSimplex.Status.PIVOT_LIMIT) {
      return new SequenceFormResult.LimitReached(
          "simplex: pivot limit " + maxPivots + " reached", false, pivots, nanos);
    }
    if (r1.status() != DenseSimplex.Status.OPTIMAL || r2.status() != DenseSimplex.Status.OPTIMAL) {
      return new SequenceFormResult.Failed(
          "simplex ended " + r1.status() + "/" + r2.status(), pivots, nanos);
    }
    double[] x = new double[n1];
    double[] y = new double[n2];
    System.arraycopy(r1.x(), 0, x, 0, n1);
    System.arraycopy(r2.x(), 0, y, 0, n2);
    return SequenceFormResult.equilibrium(sf, x, y, pivots, nanos);
  }
}
