package org.parley.verification.sampling;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.parley.games.Rational;
import org.parley.verification.Requires;

/**
 * Attribute sampling without replacement and without false alarms (Avenhaus and Canty 1996, §4.1):
 * of {@code N} items {@code r} are falsified and the inspector verifies {@code n} drawn at random;
 * it detects the falsification iff the sample holds a falsified item, so {@code P(n) = 1 - C(N - r,
 * n) / C(N, n) = 1 - Π_{i<n} (N - r - i) / (N - i)}, computed exactly as that running product (time
 * {@code O(n)} big-integer products).
 *
 * @param items {@code N >= 1}
 * @param falsified {@code 0 <= r <= N}
 */
public record AttributeSampling(int items, int falsified) {
  public AttributeSampling {
    Requires.atLeast("items", items, 1);
    Requires.atLeast("falsified", falsified, 0);
    if (falsified > items) {
      throw new IllegalArgumentException(
          "falsified is " + falsified + "; it cannot exceed the number of items (" + items + ")");
    }
  }

  /**
   * The exact detection probability of a sample of {@code n} items, {@code 0 <= n <= N}. The miss
   * probability {@code C(N-r, n)/C(N, n)} is the running product over the shorter of its two equal
   * forms, {@code Π_{i<n} (N-r-i)/(N-i) = Π_{j<r} (N-n-j)/(N-j)}, so the cost is {@code O(min(n,
   * r))} big-integer products.
   */
  public Rational detection(int n) {
    checkSample(n);
    int terms = Math.min(n, falsified);
    // n <= r: Π_{i<n} (N-r-i)/(N-i); otherwise Π_{j<r} (N-n-j)/(N-j)
    int shift = n <= falsified ? falsified : n;
    BigInteger num = BigInteger.ONE;
    BigInteger den = BigInteger.ONE;
    for (int i = 0; i < terms; i++) {
      long kept = (long) items - shift - i;
      if (kept <= 0) {
        return Rational.ONE;
      }
      num = num.multiply(BigInteger.valueOf(kept));
      den = den.multiply(BigInteger.valueOf((long) items - i));
    }
    return Rational.ONE.subtract(Rational.of(num, den));
  }

  /** The approximation {@code 1 - (1 - n/N)^r} (each falsified item escapes independently). */
  public double detectionApproxBySample(int n) {
    checkSample(n);
    return 1 - Math.pow(1 - (double) n / items, falsified);
  }

  /** The approximation {@code 1 - (1 - r/N)^n} (sampling with replacement). */
  public double detectionApproxByFalsified(int n) {
    checkSample(n);
    return 1 - Math.pow(1 - (double) falsified / items, n);
  }

  /**
   * The smallest sample whose exact detection probability is at least {@code goal}. The search
   * walks the running product in doubles to a candidate and settles it with exact arithmetic.
   */
  public SampleSize smallestSample(Rational goal) {
    Requires.probability("goal", goal);
    if (goal.signum() == 0) {
      return new SampleSize.Reached(0, Rational.ZERO, 0);
    }
    if (falsified == 0) {
      return new SampleSize.Unreachable("no item is falsified, so no sample can detect anything");
    }
    double target = goal.doubleValue();
    double miss = 1;
    int n = 0;
    while (n < items && 1 - miss < target) {
      miss *= (double) (items - falsified - n) / (items - n);
      n++;
    }
    // settle exactly: step down while n - 1 still meets the goal, up while n does not
    while (n > 0 && detection(n - 1).compareTo(goal) >= 0) {
      n--;
    }
    while (detection(n).compareTo(goal) < 0) {
      n++;
    }
    return new SampleSize.Reached(n, detection(n), approximateSampleSize(goal.doubleValue()));
  }

  /** The approximate size {@code N(1 - β^(1/r))} for goal {@code 1 - β} (real-valued). */
  public double approximateSampleSize(double goal) {
    Requires.probability("goal", goal);
    if (falsified == 0) {
      return Double.POSITIVE_INFINITY;
    }
    return items * (1 - Math.pow(1 - goal, 1.0 / falsified));
  }

  /**
   * The number of items {@code r = ⌈M/μ⌉} an inspectee must falsify to divert {@code M} when at
   * most {@code μ} can be taken from one item.
   *
   * @throws IllegalArgumentException when {@code M < 0} or {@code μ <= 0}
   */
  public static int falsifiedItems(BigDecimal diverted, BigDecimal perItem) {
    requireNonNull(diverted, "diverted");
    requireNonNull(perItem, "perItem");
    if (diverted.signum() < 0) {
      throw new IllegalArgumentException("diverted amount is " + diverted + "; it must be >= 0");
    }
    if (perItem.signum() <= 0) {
      throw new IllegalArgumentException("amount per item is " + perItem + "; it must be > 0");
    }
    return diverted.divide(perItem, 0, RoundingMode.CEILING).intValueExact();
  }

  private void checkSample(int n) {
    if (n < 0 || n > items) {
      throw new IllegalArgumentException(
          "sample size is " + n + "; it must be in [0, " + items + "]");
    }
  }
}
