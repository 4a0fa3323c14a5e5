package org.parley.games.normal;

import java.math.BigInteger;
import org.parley.games.Rational;

/**
 * Small exact linear algebra: fraction-free Gauss–Jordan elimination (Bareiss 1968; Edmonds 1967)
 * on integers, so intermediate numbers stay bounded by sub-determinants.
 */
final class ExactLinear {
  private ExactLinear() {}

  /** Solves the square system {@code M z = rhs}; returns null when M is singular. Inputs are not modified. */
  static Rational[] solve(Rational[][] mat, Rational[] rhs) {
    int k = rhs.length;
    if (k == 0) {
      return new Rational[0];
    }
    BigInteger[][] a = new BigInteger[k][k + 1];
    for (int i = 0; i < k; i++) {
      // scale row i by the lcm of its denominators
      BigInteger l = BigInteger.ONE;
      for (int j = 0; j <= k; j++) {
        BigInteger d = (j < k ? mat[i][j] : rhs[i]).denominator();
        if (!d.equals(BigInteger.ONE)) {
          l = l.divide(l.gcd(d)).multiply(d);
        }
      }
      for (int j = 0; j <= k; j++) {
        Rational v = j < k ? mat[i][j] : rhs[i];
        a[i][j] = v.numerator().multiply(l.divide(v.denominator()));
      }
    }
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
    // now a[i][i] == prev for every i (up to the rows pivoted before the last step, which were
    // scaled along); solution z_i = a[i][k] / a[i][i]
    Rational[] z = new Rational[k];
    for (int i = 0; i < k; i++) {
      z[i] = Rational.of(a[i][k], a[i][i]);
    }
    return z;
  }
}
