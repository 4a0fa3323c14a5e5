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
 * programming (von Neumann 1928; Dantzig 1951): with player 1's payoffs shifted positive to A',
 * player 2 solves {@code max Σy s.t. A'y ≤ 1, y ≥ 0}; the optimal dual is player 1's
 * {@code min Σx s.t. A'ᵀx ≥ 1, x ≥ 0}; normalising gives the optimal mixed strategies and
 * {@code 1/Σy} the game value.
 *
 * <p>The primal simplex starts from the slack basis (feasible since the right-hand side is 1),
 * uses Dantzig's largest-coefficient rule and switches to Bland's rule after degenerate steps, in
 * floating point. In exact mode the optimal basis is then re-solved exactly (fraction-free
 * Bareiss elimination of the basis system and of its transpose for the duals) and both primal and
 * dual feasibility are checked in integers — an exact optimality certificate. If the check fails
 * the answer comes from {@link LemkeHowson} in exact mode instead.
 *
 * <p>Cost: O(m·n) per pivot; the number of pivots is typically O(m + n).
 */
public final class ZeroSumLp implements BimatrixSolver {
  private static final double EPS = 1e-12;

  @Override
  public String name() {
    return "lp";
  }

  @Override
  public SolverResult<MixedProfile> solve(NormalFormGame game, SolveOptions options) {
    long start = System.nanoTime();
    if (game.numPlayers() != 2) {
      throw new IllegalArgumentException("a two-player game is required; this one has " + game.numPlayers() + " players");
    }
    if (!game.isConstantSum()) {
      throw new IllegalArgumentException("the lp method needs a constant-sum (zero-sum) game");
    }
    long deadline = options.deadline(start);
    Bimatrix bm = new Bimatrix(game);
    int m = bm.m;
    int n = bm.n;
    // tableau rows: m constraints r_i + Σ_j A'_ij y_j = 1; columns: y_0..y_{n-1}, r_0..r_{m-1}, rhs
    int w = n + m + 1;
    double[][] t = new double[m + 1][w];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        t[i][j] = bm.ad[i][j];
      }
      t[i][n + i] = 1;
      t[i][w - 1] = 1;
    }
    double[] obj = t[m]; // reduced costs of the maximisation: start c = 1 for y
    for (int j = 0; j < n; j++) {
      obj[j] = 1;
    }
    int[] basis = new int[m];
    for (int i = 0; i < m; i++) {
      basis[i] = n + i;
    }
    long pivots = 0;
    int degenerate = 0;
    while (true) {
      int enter = -1;
      if (degenerate < 50) {
        double bestC = EPS;
        for (int j = 0; j < n + m; j++) {
          if (obj[j] > bestC) {
            bestC = obj[j];
            enter = j;
          }
        }
      } else {
        for (int j = 0; j < n + m; j++) {
          if (obj[j] > EPS) {
            enter = j;
            break;
          }
        }
      }
      if (enter < 0) {
        break;
      }
      int row = -1;
      double bestR = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        double e = t[i][enter];
        if (e > EPS) {
          double r = t[i][w - 1] / e;
          if (r < bestR - 1e-15 || (Math.abs(r - bestR) <= 1e-15 && row >= 0 && basis[i] < basis[row])) {
            bestR = r;
            row = i;
          }
        }
      }
      if (row < 0) {
        throw new IllegalStateException("unbounded LP: impossible with positive payoffs");
      }
      degenerate = t[row][w - 1] <= EPS ? degenerate + 1 : 0;
      double[] pr = t[row];
      double p = pr[enter];
      for (int k = 0; k < w; k++) {
        pr[k] /= p;
      }
      for (int i = 0; i <= m; i++) {
        if (i != row) {
          double f = t[i][enter];
          if (f != 0) {
            double[] ri = t[i];
            for (int k = 0; k < w; k++) {
              ri[k] -= f * pr[k];
            }
          }
        }
      }
      basis[row] = enter;
      pivots++;
      if ((pivots & 63) == 0 && System.nanoTime() - deadline > 0) {
        return new SolverResult.Stopped<>(List.of(), stats(pivots, start, false), SolverResult.StopReason.TIMEOUT);
      }
    }
    MixedProfile profile = null;
    boolean fallback = false;
    if (options.exact()) {
      profile = exactFromBasis(bm, basis);
      if (profile == null) {
        fallback = true;
        SolverResult<MixedProfile> lh = LemkeHowson.fromLabel(0).solve(game, options);
        return lh instanceof SolverResult.Complete<MixedProfile> c
            ? new SolverResult.Complete<>(c.equilibria(), stats(pivots + lh.statistics().iterations(), start, true))
            : lh;
      }
    } else {
      double[] y = new double[n];
      double[] x = new double[m];
      for (int i = 0; i < m; i++) {
        if (basis[i] < n) {
          y[basis[i]] = Math.max(0, t[i][w - 1]);
        }
      }
      for (int i = 0; i < m; i++) {
        x[i] = Math.max(0, -obj[n + i]); // dual value = minus the reduced cost of slack r_i
      }
      profile = MixedProfile.ofDoubles(new double[][] {normalise(x), normalise(y)});
    }
    Equilibrium<MixedProfile> e = Equilibrium.of(game, profile);
    return new SolverResult.Complete<>(List.of(e), stats(pivots, start, fallback));
  }

  private static double[] normalise(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    double[] out = new double[v.length];
    for (int k = 0; k < v.length; k++) {
      out[k] = v[k] / s;
    }
    return out;
  }

  private static SolverStatistics stats(long pivots, long start, boolean fallback) {
    return new SolverStatistics("lp", pivots, "pivots", Duration.ofNanos(System.nanoTime() - start),
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
