package org.parley.verification;

import java.math.BigInteger;
import org.parley.games.Rational;

/** Small exact helpers over {@link Rational}: binomial coefficients. */
public final class Rationals {
  private Rationals() {}

  /** The binomial coefficient {@code C(n, k)}; 0 when {@code k < 0} or {@code k > n}. */
  public static BigInteger binomial(int n, int k) {
    if (k < 0 || k > n) {
      return BigInteger.ZERO;
    }
    int kk = Math.min(k, n - k);
    BigInteger c = BigInteger.ONE;
    for (int i = 1; i <= kk; i++) {
      c = c.multiply(BigInteger.valueOf(n - kk + i)).divide(BigInteger.valueOf(i));
    }
    return c;
  }

  /** {@code C(n, k)} as a rational. */
  public static Rational binomialRational(int n, int k) {
    return Rational.of(binomial(n, k), BigInteger.ONE);
  }
}
