package org.parley.games.normal;

import java.math.BigInteger;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;

/**
 * A two-player game prepared for pivoting: payoffs shifted to be positive as Gambit does
 * ({@code A' = (A − min)/(max − min)} with {@code min = min(payoffs, 0) − 1},
 * {@code max = max(payoffs, 0)}; both players use the same shift), in double and exact form.
 */
final class Bimatrix {
  final int m;
  final int n;
  final Rational[][] a;
  final Rational[][] b;
  final double[][] ad;
  final double[][] bd;

  Bimatrix(NormalFormGame g) {
    if (g.numPlayers() != 2) {
      throw new IllegalArgumentException("a two-player game is required; this one has " + g.numPlayers() + " players");
    }
    m = g.numStrategies(0);
    n = g.numStrategies(1);
    Rational min = Rational.ZERO;
    Rational max = Rational.ZERO;
    for (int p = 0; p < g.profileCount(); p++) {
      for (int i = 0; i < 2; i++) {
        min = min.min(g.payoff(p, i));
        max = max.max(g.payoff(p, i));
      }
    }
    min = min.subtract(Rational.ONE);
    Rational range = max.subtract(min);
    a = new Rational[m][n];
    b = new Rational[m][n];
    ad = new double[m][n];
    bd = new double[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        int p = i + m * j;
        a[i][j] = g.payoff(p, 0).subtract(min);
        b[i][j] = g.payoff(p, 1).subtract(min);
        ad[i][j] = a[i][j].divide(range).doubleValue();
        bd[i][j] = b[i][j].divide(range).doubleValue();
      }
    }
  }

  DoubleLhTableau doubleTableau() {
    return new DoubleLhTableau(ad, bd);
  }

  IntegerLhTableau integerTableau() {
    BigInteger la = lcmDenominators(a);
    BigInteger lb = lcmDenominators(b);
    return new IntegerLhTableau(scaled(a, la), scaled(b, lb), la, lb);
  }

  private static BigInteger lcmDenominators(Rational[][] x) {
    BigInteger l = BigInteger.ONE;
    for (Rational[] row : x) {
      for (Rational v : row) {
        BigInteger d = v.denominator();
        if (!d.equals(BigInteger.ONE)) {
          l = l.divide(l.gcd(d)).multiply(d);
        }
      }
    }
    return l;
  }

  private static BigInteger[][] scaled(Rational[][] x, BigInteger l) {
    BigInteger[][] out = new BigInteger[x.length][x[0].length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[0].length; j++) {
        out[i][j] = x[i][j].numerator().multiply(l.divide(x[i][j].denominator()));
      }
    }
    return out;
  }

  /**
   * The exact equilibrium of a completely labelled basis (variables as in {@link LhTableau}),
   * solving the basis equations in rationals; null if the basis is singular or infeasible in exact
   * arithmetic, or is the artificial equilibrium.
   */
  MixedProfile exactFromBasis(int[] basis) {
    int k = m + n;
    // first tableau: rows 0..m-1 hold r_i or y_j; equations r + A'y = 1
    boolean[] yBasic = new boolean[n];
    boolean[] rBasic = new boolean[m];
    boolean[] xBasic = new boolean[m];
    boolean[] sBasic = new boolean[n];
    for (int row = 0; row < m; row++) {
      int v = basis[row];
      if (v >= m && v < k) {
        yBasic[v - m] = true;
      } else if (v >= k && v < k + m) {
        rBasic[v - k] = true;
      } else {
        return null;
      }
    }
    for (int row = m; row < m + n; row++) {
      int v = basis[row];
      if (v < m) {
        xBasic[v] = true;
      } else if (v >= k + m) {
        sBasic[v - k - m] = true;
      } else {
        return null;
      }
    }
    Rational[] y = side(a, false, yBasic, rBasic);
    Rational[] x = side(b, true, xBasic, sBasic);
    if (x == null || y == null) {
      return null;
    }
    Rational sx = Rational.ZERO;
    Rational sy = Rational.ZERO;
    for (Rational v : x) {
      sx = sx.add(v);
    }
    for (Rational v : y) {
      sy = sy.add(v);
    }
    if (sx.isZero() || sy.isZero()) {
      return null;
    }
    Rational[][] probs = new Rational[2][];
    probs[0] = new Rational[m];
    probs[1] = new Rational[n];
    for (int i = 0; i < m; i++) {
      probs[0][i] = x[i].divide(sx);
    }
    for (int j = 0; j < n; j++) {
      probs[1][j] = y[j].divide(sy);
    }
    return MixedProfile.ofRationals(probs);
  }

  /**
   * Solves one tableau: for the first ({@code transpose = false}) the unknowns are y (n of them)
   * with equations {@code r_i + Σ_j A'_ij y_j = 1}; for the second the unknowns are x with
   * {@code s_j + Σ_i B'_ij x_i = 1}. Returns null when singular or any value is negative.
   */
  private static Rational[] side(Rational[][] mat, boolean transpose, boolean[] varBasic, boolean[] slackBasic) {
    int rows = slackBasic.length;
    int cols = varBasic.length;
    int[] vars = java.util.stream.IntStream.range(0, cols).filter(j -> varBasic[j]).toArray();
    int[] tight = java.util.stream.IntStream.range(0, rows).filter(i -> !slackBasic[i]).toArray();
    if (vars.length != tight.length) {
      return null;
    }
    Rational[][] sys = new Rational[vars.length][vars.length];
    Rational[] rhs = new Rational[vars.length];
    for (int e = 0; e < tight.length; e++) {
      rhs[e] = Rational.ONE;
      for (int u = 0; u < vars.length; u++) {
        sys[e][u] = transpose ? mat[vars[u]][tight[e]] : mat[tight[e]][vars[u]];
      }
    }
    Rational[] z = vars.length == 0 ? new Rational[0] : ExactLinear.solve(sys, rhs);
    if (z == null) {
      return null;
    }
    Rational[] full = new Rational[cols];
    java.util.Arrays.fill(full, Rational.ZERO);
    for (int u = 0; u < vars.length; u++) {
      if (z[u].signum() < 0) {
        return null;
      }
      full[vars[u]] = z[u];
    }
    // slack feasibility
    for (int i = 0; i < rows; i++) {
      if (!slackBasic[i]) {
        continue;
      }
      Rational s = Rational.ONE;
      for (int u = 0; u < vars.length; u++) {
        Rational coef = transpose ? mat[vars[u]][i] : mat[i][vars[u]];
        s = s.subtract(coef.multiply(z[u]));
      }
      if (s.signum() < 0) {
        return null;
      }
    }
    return full;
  }
}
