package org.parley.games.normal;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;
import org.parley.games.solver.BimatrixSolver;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;
import org.parley.games.solver.SolverStatistics;

/**
 * An equilibrium (a pair of optimal strategies) of a two-player constant-sum game by linear
 * programming (von Neumann 1928; Dantzig 1951), formulated and pivoted as Gambit 16.7's {@code
 * gambit-lp} does ({@code src/solvers/lp/nfglp.cc}, read at commit 105dbac): with {@code μ = (least
 * payoff of any outcome) − 1}, player 1 solves {@code max v s.t. v + Σ_j (μ − u_1(j, k)) x_j ≤ 0
 * for each column k of player 2, Σ_j x_j = 1, x ≥ 0, v ≥ 0}; player 2's optimal strategy is the
 * dual price of the column rows. The LP is solved by {@link LargestCoefficientSimplex} (Gambit's
 * pivot rule), so the printed equilibrium is Gambit's.
 *
 * <p>The least payoff {@code μ + 1} is over the game's outcomes (both players); for the reduced
 * strategic form of a tree Gambit takes it over the tree's outcomes — see {@link
 * #withLeastPayoff(Rational)}. Exact mode runs the simplex in exact arithmetic for LPs up to
 * {@value #EXACT_CELLS} matrix cells; larger ones follow the same rule in floating point and the
 * end basis is re-solved and certified exactly (primal and dual feasibility in integers); when the
 * certificate fails the exact simplex runs after all.
 *
 * <p>Cost: {@code O(m·n)} per pivot; the number of pivots is typically {@code O(m + n)}.
 */
public final class ZeroSumLp implements BimatrixSolver {
  /** Largest {@code (rows + 1)·(columns + 1)} solved with the exact simplex directly. */
  static final int EXACT_CELLS = 2_700;

  private final Rational leastPayoff;

  /** Gambit's {@code lp} on a strategic game: payoffs shifted by the game's least payoff. */
  public ZeroSumLp() {
    this.leastPayoff = null;
  }

  private ZeroSumLp(Rational leastPayoff) {
    this.leastPayoff = leastPayoff;
  }

  /**
   * The solver with the payoff shift taken from {@code leastPayoff} instead of the game's table —
   * as {@code gambit-lp -S} does on a tree: there {@code GetMinPayoff} ranges over the tree's
   * outcomes ({@link #leastOutcomePayoff(org.parley.games.ExtensiveFormGame)}).
   */
  public static ZeroSumLp withLeastPayoff(Rational leastPayoff) {
    return new ZeroSumLp(java.util.Objects.requireNonNull(leastPayoff, "leastPayoff"));
  }

  /** The least payoff of any player over a tree's outcomes (0 for a tree without outcomes). */
  public static Rational leastOutcomePayoff(org.parley.games.ExtensiveFormGame tree) {
    return tree.minPayoff();
  }

  /**
   * Gambit's {@code GetMinPayoff} of a strategic game (for a tree's strategic form, the tree's).
   */
  static Rational leastOutcomePayoff(NormalFormGame game) {
    return game.minPayoff();
  }

  @Override
  public String name() {
    return "lp";
  }

  @Override
  public SolverResult<MixedProfile> solve(NormalFormGame game, SolveOptions options) {
    long start = System.nanoTime();
    if (game.numPlayers() != 2) {
      throw new IllegalArgumentException(
          "a two-player game is required; this one has " + game.numPlayers() + " players");
    }
    if (!game.isConstantSum()) {
      throw new IllegalArgumentException("the lp method needs a constant-sum (zero-sum) game");
    }
    long deadline = options.deadline(start);
    int m = game.numStrategies(0);
    int k = game.numStrategies(1);
    Rational mu =
        (leastPayoff != null ? leastPayoff : leastOutcomePayoff(game)).subtract(Rational.ONE);
    // rows: player 2's strategies, then Σx = 1; columns: player 1's strategies, then v
    Rational[][] a = new Rational[k + 1][m + 1];
    Rational[] b = new Rational[k + 1];
    Rational[] c = new Rational[m + 1];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < m; j++) {
        a[i][j] = mu.subtract(game.payoff(j + m * i, 0));
      }
      a[i][m] = Rational.ONE;
      b[i] = Rational.ZERO;
    }
    for (int j = 0; j < m; j++) {
      a[k][j] = Rational.ONE;
      c[j] = Rational.ZERO;
    }
    a[k][m] = Rational.ZERO;
    b[k] = Rational.ONE;
    c[m] = Rational.ONE;
    try {
      MixedProfile profile;
      int pivots;
      boolean fallback = false;
      if (!options.exact()) {
        LargestCoefficientSimplex.DoubleSolution s =
            LargestCoefficientSimplex.solveDouble(
                toDouble(a), toDouble(b), toDouble(c), 1, deadline);
        profile =
            MixedProfile.ofDoubles(
                new double[][] {
                  java.util.Arrays.copyOf(s.primal(), m), java.util.Arrays.copyOf(s.dual(), k)
                });
        pivots = s.pivots();
      } else if ((long) (k + 1) * (m + 1) <= EXACT_CELLS) {
        LargestCoefficientSimplex.ExactSolution s =
            LargestCoefficientSimplex.solveExact(a, b, c, 1, deadline);
        profile =
            MixedProfile.ofRationals(
                new Rational[][] {
                  java.util.Arrays.copyOf(s.primal(), m), java.util.Arrays.copyOf(s.dual(), k)
                });
        pivots = s.pivots();
      } else {
        LargestCoefficientSimplex.DoubleSolution s =
            LargestCoefficientSimplex.solveDouble(
                toDouble(a),
                toDouble(b),
                toDouble(c),
                1,
                deadline,
                true,
                LargestCoefficientSimplex.commonDenominator(a, b).doubleValue());
        pivots = s.pivots();
        profile = exactFromBasis(new Bimatrix(game), s.basis(), m, k);
        if (profile == null) {
          fallback = true;
          LargestCoefficientSimplex.ExactSolution e =
              LargestCoefficientSimplex.solveExact(a, b, c, 1, deadline);
          profile =
              MixedProfile.ofRationals(
                  new Rational[][] {
                    java.util.Arrays.copyOf(e.primal(), m), java.util.Arrays.copyOf(e.dual(), k)
                  });
          pivots += e.pivots();
        }
      }
      Equilibrium<MixedProfile> e = Equilibrium.of(game, profile);
      return new SolverResult.Complete<>(List.of(e), stats(pivots, start, fallback));
    } catch (LargestCoefficientSimplex.LpException ex) {
      if (ex.timeout()) {
        return new SolverResult.Stopped<>(
            List.of(), stats(0, start, false), SolverResult.StopReason.TIMEOUT);
      }
      // the rule cycled (pivot limit): any equilibrium of a zero-sum game is optimal
      SolverResult<MixedProfile> lh = LemkeHowson.fromLabel(0).solve(game, options);
      return lh instanceof SolverResult.Complete<MixedProfile> done
          ? new SolverResult.Complete<>(
              done.equilibria(), stats(lh.statistics().iterations(), start, true))
          : lh;
    }
  }

  private static double[][] toDouble(Rational[][] a) {
    double[][] out = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = toDouble(a[i]);
    }
    return out;
  }

  private static double[] toDouble(Rational[] a) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i].doubleValue();
    }
    return out;
  }

  /**
   * Exact strategies of the end basis of Gambit's LP (columns {@code j < m}: x_j, {@code m}: v,
   * {@code m + 1 + i}: slack of row i; rows: player 2's k strategies, then Σx = 1), re-solved in
   * the equivalent form on the positive matrix of {@link Bimatrix}: player 2's support J = the rows
   * whose slack is non-basic, player 1's support I = the basic x columns.
   */
  private static MixedProfile exactFromBasis(Bimatrix bm, int[] lpBasis, int m, int k) {
    // the y-form basis of exactFromBasis(Bimatrix, int[]): y_j basic for j in J, r_i basic for i
    // not in I
    boolean[] xBasic = new boolean[m];
    boolean[] slackBasic = new boolean[k];
    for (int v : lpBasis) {
      if (v < m) {
        xBasic[v] = true;
      } else if (v > m && v <= m + k) {
        slackBasic[v - m - 1] = true;
      }
    }
    java.util.List<Integer> basis = new java.util.ArrayList<>();
    for (int j = 0; j < k; j++) {
      if (!slackBasic[j]) {
        basis.add(j);
      }
    }
    for (int i = 0; i < m; i++) {
      if (!xBasic[i]) {
        basis.add(k + i);
      }
    }
    return exactFromBasis(bm, basis.stream().mapToInt(Integer::intValue).toArray());
  }

  private static SolverStatistics stats(long pivots, long start, boolean fallback) {
    return new SolverStatistics(
        "lp",
        pivots,
        "pivots",
        Duration.ofNanos(System.nanoTime() - start),
        Map.of("lemkeHowsonFallback", fallback ? 1L : 0L));
  }

  /**
   * Exact primal y and dual x of an optimal basis: y_J solves A'[I0, J] y_J = 1 (I0 = rows whose
   * slack is non-basic), x_{I0} solves A'[I0, J]ᵀ x = 1; checks y ≥ 0, A'y ≤ 1, x ≥ 0, A'ᵀx ≥ 1.
   */
  private static MixedProfile exactFromBasis(Bimatrix bm, int[] basis) {
    int m = bm.m;
    int n = bm.n;
    boolean[] yBasic = new boolean[n];
    boolean[] rBasic = new boolean[m];
    for (int v : basis) {
      if (v < n) {
        yBasic[v] = true;
      } else {
        rBasic[v - n] = true;
      }
    }
    int[] cols = java.util.stream.IntStream.range(0, n).filter(j -> yBasic[j]).toArray();
    int[] rows = java.util.stream.IntStream.range(0, m).filter(i -> !rBasic[i]).toArray();
    int q = cols.length;
    if (q != rows.length || q == 0) {
      return null;
    }
    BigInteger[][] ai = integer(bm.a);
    BigInteger[][] primal = new BigInteger[q][q + 1];
    BigInteger[][] dual = new BigInteger[q][q + 1];
    BigInteger scale = scale(bm.a);
    for (int e = 0; e < q; e++) {
      for (int u = 0; u < q; u++) {
        primal[e][u] = ai[rows[e]][cols[u]];
        dual[e][u] = ai[rows[u]][cols[e]];
      }
      primal[e][q] = scale;
      dual[e][q] = scale;
    }
    BigInteger dp = Bimatrix.bareiss(primal);
    BigInteger dd = Bimatrix.bareiss(dual);
    if (dp == null || dd == null) {
      return null;
    }
    BigInteger[] y = new BigInteger[n];
    BigInteger[] x = new BigInteger[m];
    java.util.Arrays.fill(y, BigInteger.ZERO);
    java.util.Arrays.fill(x, BigInteger.ZERO);
    for (int u = 0; u < q; u++) {
      y[cols[u]] = dp.signum() < 0 ? primal[u][q].negate() : primal[u][q];
      x[rows[u]] = dd.signum() < 0 ? dual[u][q].negate() : dual[u][q];
      if (y[cols[u]].signum() < 0 || x[rows[u]].signum() < 0) {
        return null;
      }
    }
    // primal feasibility: Σ_j ai[i][j] y_j ≤ scale·|dp| for all rows
    BigInteger bp = scale.multiply(dp.abs());
    for (int i = 0; i < m; i++) {
      BigInteger s = BigInteger.ZERO;
      for (int c : cols) {
        s = s.add(ai[i][c].multiply(y[c]));
      }
      if (s.compareTo(bp) > 0) {
        return null;
      }
    }
    // dual feasibility: Σ_i ai[i][j] x_i ≥ scale·|dd| for all columns
    BigInteger bd = scale.multiply(dd.abs());
    for (int j = 0; j < n; j++) {
      BigInteger s = BigInteger.ZERO;
      for (int r : rows) {
        s = s.add(ai[r][j].multiply(x[r]));
      }
      if (s.compareTo(bd) < 0) {
        return null;
      }
    }
    return MixedProfile.ofRationals(new Rational[][] {normalise(x), normalise(y)});
  }

  private static Rational[] normalise(BigInteger[] v) {
    BigInteger s = BigInteger.ZERO;
    for (BigInteger x : v) {
      s = s.add(x);
    }
    Rational[] out = new Rational[v.length];
    for (int k = 0; k < v.length; k++) {
      out[k] = Rational.of(v[k], s);
    }
    return out;
  }

  private static BigInteger scale(Rational[][] a) {
    BigInteger l = BigInteger.ONE;
    for (Rational[] row : a) {
      for (Rational v : row) {
        BigInteger d = v.denominator();
        if (!d.equals(BigInteger.ONE)) {
          l = l.divide(l.gcd(d)).multiply(d);
        }
      }
    }
    return l;
  }

  private static BigInteger[][] integer(Rational[][] a) {
    BigInteger l = scale(a);
    BigInteger[][] out = new BigInteger[a.length][a[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        out[i][j] = a[i][j].numerator().multiply(l.divide(a[i][j].denominator()));
      }
    }
    return out;
  }
}
