package org.parley.games.normal;

import org.parley.games.Rational;

/** Small exact linear algebra (Gaussian elimination over the rationals). */
final class ExactLinear {
  private ExactLinear() {}

  /** Solves the square system {@code M z = rhs}; returns null when M is singular. Inputs are not modified. */
  static Rational[] solve(Rational[][] mat, Rational[] rhs) {
    int k = rhs.length;
    Rational[][] a = new Rational[k][k + 1];
    for (int i = 0; i < k; i++) {
      System.arraycopy(mat[i], 0, a[i], 0, k);
      a[i][k] = rhs[i];
    }
    for (int col = 0; col < k; col++) {
      int piv = -1;
      for (int r = col; r < k; r++) {
        if (!a[r][col].isZero()) {
          piv = r;
          break;
        }
      }
      if (piv < 0) {
        return null;
      }
      Rational[] tmp = a[piv];
      a[piv] = a[col];
      a[col] = tmp;
      Rational p = a[col][col];
      for (int j = col; j <= k; j++) {
        a[col][j] = a[col][j].divide(p);
      }
      for (int r = 0; r < k; r++) {
        if (r == col || a[r][col].isZero()) {
          continue;
        }
        Rational f = a[r][col];
        for (int j = col; j <= k; j++) {
          if (!a[col][j].isZero()) {
            a[r][j] = a[r][j].subtract(f.multiply(a[col][j]));
          }
        }
      }
    }
    Rational[] z = new Rational[k];
    for (int i = 0; i < k; i++) {
      z[i] = a[i][k];
    }
    return z;
  }
}
