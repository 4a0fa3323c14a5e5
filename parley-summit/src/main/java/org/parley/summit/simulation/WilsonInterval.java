package org.parley.summit.simulation;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The Wilson score interval for a binomial proportion (E. B. Wilson 1927, "Probable inference, the
 * law of succession, and statistical inference", JASA 22:209–212; recommended by R. G. Newcombe
 * 1998, "Two-sided confidence intervals for the single proportion", Statistics in Medicine
 * 17:857–872, method 3): with {@code p̂ = x/n} and {@code z = Φ⁻¹(1 − (1 − level)/2)},
 *
 * <pre>
 *   centre = (p̂ + z²/2n) / (1 + z²/n)
 *   half   = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²)
 * </pre>
 *
 * Unlike the Wald interval it stays inside [0, 1], is never empty at {@code x = 0} or {@code x =
 * n}, and always contains {@code p̂}.
 */
public final class WilsonInterval {
  /** {@code z} for a 95 % interval: {@code Φ⁻¹(0.975)}. */
  public static final double Z95 = new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);

  private WilsonInterval() {}

  /** The 95 % Wilson interval for {@code successes} out of {@code n}. */
  public static Interval of95(long successes, long n) {
    return of(successes, n, 0.95, Z95);
  }

  /** The Wilson interval at confidence {@code level} for {@code successes} out of {@code n}. */
  public static Interval of(long successes, long n, double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level is " + level + "; it must be in (0, 1)");
    }
    return of(
        successes,
        n,
        level,
        new NormalDistribution(0, 1).inverseCumulativeProbability(1 - (1 - level) / 2));
  }

  private static Interval of(long x, long n, double level, double z) {
    if (n <= 0 || x < 0 || x > n) {
      throw new IllegalArgumentException(
          x + " successes out of " + n + " trials; need n > 0 and 0 <= successes <= n");
    }
    double p = (double) x / n;
    double z2 = z * z;
    double denom = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denom;
    double half = z / denom * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    double lo = x == 0 ? 0 : Math.max(0, Math.min(p, centre - half));
    double hi = x == n ? 1 : Math.min(1, Math.max(p, centre + half));
    return new Interval(lo, hi, level);
  }
}
