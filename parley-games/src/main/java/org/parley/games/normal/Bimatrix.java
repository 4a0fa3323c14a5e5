package org.parley.games.normal;

import java.math.BigInteger;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;

/**
 * A two-player game prepared for pivoting: payoffs shifted to be positive as Gambit does ({@code A'
 * = (A − min)/(max − min)} with {@code min = min(payoffs, 0) − 1}, {@code max = max(payoffs, 0)};
 * both players use the same shift), in double and exact form.
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
      throw new IllegalArgumentException(
          "a two-player game is required; this one has " + g.numPlayers() + " players");
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

  private BigInteger[][] ai;
  private BigInteger[][] bi;
  private BigInteger la;
  private BigInteger lb;

  private void integerForms() {
    if (ai == null) {
      la = lcmDenominators(a);
      lb = lcmDenominators(b);
      ai = scaled(a, la);
      bi = scaled(b, lb);
    }
  }

  /**
   * The exact equilibrium of a completely labelled basis (variables as in {@link LhTableau}),
   * solving the basis equations in integers; null if the basis is singular or infeasible in exact
   * arithmetic, or is the artificial equilibrium.
   */
  MixedProfile exactFromBasis(int[] basis) {
    integerForms();
    int k = m + n;
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
    BigInteger[] y = side(ai, la, false, yBasic, rBasic);
    BigInteger[] x = side(bi, lb, true, xBasic, sBasic);
    if (x == null || y == null) {
      return null;
    }
    Rational[][] probs = new Rational[2][];
    probs[0] = normalise(x);
    probs[1] = normalise(y);
    if (probs[0] == null || probs[1] == null) {
      return null;
    }
    return MixedProfile.ofRationals(probs);
  }

  private static Rational[] normalise(BigInteger[] v) {
    BigInteger sum = BigInteger.ZERO;
    for (BigInteger x : v) {
      sum = sum.add(x);
    }
    if (sum.signum() == 0) {
      return null;
    }
    Rational[] out = new Rational[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Rational.of(v[i], sum);
    }
    return out;
  }

  /**
   * Solves one tableau in integers: for the first ({@code transpose = false}) the unknowns are y
   * with equations {@code r_i + Σ_j A_ij y_j = L} (A integer, L its scale); for the second the
   * unknowns are x with {@code s_j + Σ_i B_ij x_i = L}. Returns values proportional to the solution
   * (a common positive factor), or null when singular or infeasible.
   */
  private static BigInteger[] side(
      BigInteger[][] mat,
      BigInteger l,
      boolean transpose,
      boolean[] varBasic,
      boolean[] slackBasic) {
    int rows = slackBasic.length;
    int cols = varBasic.length;
    int[] vars = java.util.stream.IntStream.range(0, cols).filter(j -> varBasic[j]).toArray();
    int[] tight = java.util.stream.IntStream.range(0, rows).filter(i -> !slackBasic[i]).toArray();
    if (vars.length != tight.length) {
      return null;
    }
    int q = vars.length;
    BigInteger[][] sys = new BigInteger[q][q + 1];
    for (int e = 0; e < q; e++) {
      for (int u = 0; u < q; u++) {
        sys[e][u] = transpose ? mat[vars[u]][tight[e]] : mat[tight[e]][vars[u]];
      }
      sys[e][q] = l;
    }
    BigInteger det = bareiss(sys);
    if (det == null) {
      return null;
    }
    // z_u = sys[u][q] / det; make the common factor positive
    int sign = det.signum();
    BigInteger[] full = new BigInteger[cols];
    java.util.Arrays.fill(full, BigInteger.ZERO);
    for (int u = 0; u < q; u++) {
      BigInteger z = sign < 0 ? sys[u][q].negate() : sys[u][q];
      if (z.signum() < 0) {
        return null;
      }
      full[vars[u]] = z;
    }
    BigInteger absDet = det.abs();
    for (int i = 0; i < rows; i++) {
      if (!slackBasic[i]) {
        continue;
      }
      BigInteger s = l.multiply(absDet);
      for (int u = 0; u < q; u++) {
        BigInteger coef = transpose ? mat[vars[u]][i] : mat[i][vars[u]];
        s = s.subtract(coef.multiply(full[vars[u]]));
      }
      if (s.signum() < 0) {
        return null;
      }
    }
    return full;
  }

  /**
   * Fraction-free Gauss–Jordan elimination (Bareiss 1968) of a q × (q+1) integer system in place;
   * afterwards row u holds {@code det·z_u} in its last entry. Returns the determinant, or null when
   * singular.
   */
  static BigInteger bareiss(BigInteger[][] a) {
    int k = a.length;
    BigInteger prev = BigInteger.ONE;
    for (int c = 0; c < k; c++) {
      int piv = -1;
      for (int r = c; r < k; r++) {
        if (a[r][c].signum() != 0) {
          piv = r;
          break;
        }
      }
      if (piv < 0) {
        return null;
      }
      BigInteger[] tmp = a[piv];
      a[piv] = a[c];
      a[c] = tmp;
      BigInteger p = a[c][c];
      for (int r = 0; r < k; r++) {
        if (r == c) {
          continue;
        }
        BigInteger f = a[r][c];
        for (int j = 0; j <= k; j++) {
          if (j == c) {
            continue;
          }
          BigInteger v = a[r][j].multiply(p);
          if (f.signum() != 0 && a[c][j].signum() != 0) {
            v = v.subtract(f.multiply(a[c][j]));
          }
          a[r][j] = prev.equals(BigInteger.ONE) ? v : v.divide(prev);
        }
        a[r][c] = BigInteger.ZERO;
      }
      prev = p;
    }
    // rows pivoted before the last step were multiplied along: every diagonal entry equals prev
    return k == 0 ? BigInteger.ONE : prev;
  }
}
