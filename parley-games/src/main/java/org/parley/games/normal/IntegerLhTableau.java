package org.parley.games.normal;

import java.math.BigInteger;

/**
 * {@link LhTableau} in exact integer arithmetic with fraction-free (Bareiss/Edmonds) pivoting as in
 * Avis' lrs: every entry is an integer equal to the true value times the current basis determinant
 * {@code d}, and each pivot divides exactly by the previous determinant.
 */
final class IntegerLhTableau extends LhTableau {
  private final BigInteger[][][] t;
  private final BigInteger[] det = new BigInteger[2];

  /**
   * a and b: integer matrices proportional to the positive shifted payoffs (common factor allowed).
   */
  IntegerLhTableau(BigInteger[][] a, BigInteger[][] b, BigInteger scaleA, BigInteger scaleB) {
    super(a.length, a[0].length);
    t = new BigInteger[2][][];
    t[0] = new BigInteger[m][m + n + 1];
    for (int i = 0; i < m; i++) {
      for (int k = 0; k < m; k++) {
        t[0][i][k] = i == k ? BigInteger.ONE : BigInteger.ZERO;
      }
      for (int j = 0; j < n; j++) {
        t[0][i][m + j] = a[i][j];
      }
      t[0][i][m + n] = scaleA; // r' + (L A') y = L
    }
    t[1] = new BigInteger[n][n + m + 1];
    for (int j = 0; j < n; j++) {
      for (int k = 0; k < n; k++) {
        t[1][j][k] = j == k ? BigInteger.ONE : BigInteger.ZERO;
      }
      for (int i = 0; i < m; i++) {
        t[1][j][n + i] = b[i][j];
      }
      t[1][j][n + m] = scaleB;
    }
    det[0] = BigInteger.ONE;
    det[1] = BigInteger.ONE;
  }

  private IntegerLhTableau(IntegerLhTableau o) {
    super(o);
    t = new BigInteger[2][][];
    for (int q = 0; q < 2; q++) {
      t[q] = new BigInteger[o.t[q].length][];
      for (int r = 0; r < o.t[q].length; r++) {
        t[q][r] = o.t[q][r].clone();
      }
    }
    det[0] = o.det[0];
    det[1] = o.det[1];
  }

  @Override
  LhTableau copy() {
    return new IntegerLhTableau(this);
  }

  @Override
  int exitRow(int var) {
    int q = tableauOf(var);
    int c = columnOf(var);
    BigInteger[][] tab = t[q];
    int rows = tab.length;
    int rhs = tab[0].length - 1;
    int best = -1;
    for (int r = 0; r < rows; r++) {
      BigInteger e = tab[r][c];
      if (e.signum() <= 0) {
        continue;
      }
      if (best < 0) {
        best = r;
        continue;
      }
      BigInteger eb = tab[best][c];
      int cmp = tab[r][rhs].multiply(eb).compareTo(tab[best][rhs].multiply(e));
      for (int k = 0; cmp == 0 && k < rows; k++) {
        cmp = -tab[r][k].multiply(eb).compareTo(tab[best][k].multiply(e));
      }
      if (cmp < 0) {
        best = r;
      }
    }
    return best < 0 ? -1 : (q == 0 ? best : m + best);
  }

  @Override
  int replaceableRow(int var, java.util.BitSet target) {
    int q = tableauOf(var);
    int c = columnOf(var);
    for (int r = 0; r < t[q].length; r++) {
      int global = q == 0 ? r : m + r;
      if (!target.get(basis[global]) && t[q][r][c].signum() != 0) {
        return global;
      }
    }
    return -1;
  }

  @Override
  void pivot(int row, int var) {
    int q = tableauOf(var);
    int c = columnOf(var);
    BigInteger[][] tab = t[q];
    int r = q == 0 ? row : row - m;
    BigInteger[] pr = tab[r];
    BigInteger p = pr[c];
    BigInteger d = det[q];
    int width = pr.length;
    for (int i = 0; i < tab.length; i++) {
      if (i == r) {
        continue;
      }
      BigInteger[] ri = tab[i];
      BigInteger f = ri[c];
      for (int k = 0; k < width; k++) {
        BigInteger v = ri[k].multiply(p);
        if (f.signum() != 0 && pr[k].signum() != 0) {
          v = v.subtract(f.multiply(pr[k]));
        }
        ri[k] = d.equals(BigInteger.ONE) ? v : v.divide(d);
      }
    }
    det[q] = p;
    int leaving = basis[row];
    where[leaving] = -1;
    basis[row] = var;
    where[var] = row;
  }

  /**
   * Right-hand sides (times the determinant, which is positive) of global rows {@code from..to-1}.
   */
  BigInteger[] rhs(int from, int to) {
    BigInteger[] out = new BigInteger[to - from];
    for (int row = from; row < to; row++) {
      BigInteger[][] tab = t[row < m ? 0 : 1];
      int r = row < m ? row : row - m;
      out[row - from] = tab[r][tab[r].length - 1];
    }
    return out;
  }

  /** Values (numerator,; the denominator is the side's determinant) of x_i, y_j. */
  BigInteger[] strategyNumerators() {
    BigInteger[] v = new BigInteger[m + n];
    for (int var = 0; var < m + n; var++) {
      int row = where[var];
      if (row >= 0) {
        BigInteger[][] tab = t[row < m ? 0 : 1];
        int r = row < m ? row : row - m;
        v[var] = tab[r][tab[r].length - 1];
      } else {
        v[var] = BigInteger.ZERO;
      }
    }
    return v;
  }
}
