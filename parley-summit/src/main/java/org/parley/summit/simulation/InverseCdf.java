package org.parley.summit.simulation;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.special.Erf;
import org.parley.model.Distribution;

/**
 * The quantile function {@code F⁻¹(u)} of a scenario {@link Distribution}: applied to a uniform
 * draw {@code u ∈ [0, 1)} it samples the distribution (inverse transform sampling; Devroye 1986,
 * <i>Non-Uniform Random Variate Generation</i>, §II.2), and applied to {@code 0.1}, {@code 0.5},
 * {@code 0.9} it gives the percentiles the tornado uses.
 *
 * <ul>
 *   <li>uniform and triangular: closed forms;
 *   <li>truncated normal on {@code [a, b]}: {@code μ + σ Φ⁻¹(Φ(α) + u (Φ(β) − Φ(α)))} with {@code α
 *       = (a − μ)/σ}, {@code β = (b − μ)/σ}, computed on the mirrored side when the interval lies
 *       in the upper tail, so that far-tail truncations keep their precision;
 *   <li>beta rescaled to {@code [min, max]}: Hipparchus {@code BetaDistribution}'s inverse CDF;
 *   <li>discrete: values sorted ascending, the smallest whose cumulative normalised weight exceeds
 *       {@code u}.
 * </ul>
 *
 * Immutable and thread-safe. The result is monotone non-decreasing in {@code u}.
 */
public final class InverseCdf implements DoubleUnaryOperator {
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

  private final Distribution distribution;
  private final DoubleUnaryOperator q;

  private InverseCdf(Distribution distribution, DoubleUnaryOperator q) {
    this.distribution = distribution;
    this.q = q;
  }

  /** The quantile function of {@code d}. */
  public static InverseCdf of(Distribution d) {
    requireNonNull(d, "d");
    if (d instanceof Distribution.Uniform u) {
      double lo = u.min();
      double w = u.max() - u.min();
      return new InverseCdf(d, p -> lo + w * p);
    }
    if (d instanceof Distribution.Triangular t) {
      return new InverseCdf(d, triangular(t.min(), t.mode(), t.max()));
    }
    if (d instanceof Distribution.TruncatedNormal n) {
      return new InverseCdf(d, truncatedNormal(n.mean(), n.sd(), n.min(), n.max()));
    }
    if (d instanceof Distribution.Beta b) {
      BetaDistribution beta = new BetaDistribution(b.alpha(), b.beta());
      double lo = b.min();
      double w = b.max() - b.min();
      return new InverseCdf(d, p -> lo + w * beta.inverseCumulativeProbability(p));
    }
    return new InverseCdf(d, discrete((Distribution.Discrete) d));
  }

  /** The distribution this is the quantile function of. */
  public Distribution distribution() {
    return distribution;
  }

  /**
   * The {@code u}-quantile.
   *
   * @throws IllegalArgumentException if {@code u} is not in {@code [0, 1]}
   */
  @Override
  public double applyAsDouble(double u) {
    if (!(u >= 0 && u <= 1)) {
      throw new IllegalArgumentException("quantile level is " + u + "; it must be in [0, 1]");
    }
    double x = q.applyAsDouble(u);
    // Guard the support against the last ulp of floating-point error.
    return Math.min(distribution.max(), Math.max(distribution.min(), x));
  }

  private static DoubleUnaryOperator triangular(double a, double c, double b) {
    double fc = (c - a) / (b - a);
    return p ->
        p < fc ? a + Math.sqrt(p * (b - a) * (c - a)) : b - Math.sqrt((1 - p) * (b - a) * (b - c));
  }

  private static DoubleUnaryOperator truncatedNormal(double mu, double sigma, double a, double b) {
    double alpha = (a - mu) / sigma;
    double beta = (b - mu) / sigma;
    if (alpha > 0) {
      // Mirror: X = μ − σ Z' with Z' truncated to [−β, −α]; u ↦ 1 − u keeps the map increasing.
      double fLo = phi(-beta);
      double fHi = phi(-alpha);
      return p -> mu - sigma * phiInverse(fLo + (1 - p) * (fHi - fLo));
    }
    double fLo = phi(alpha);
    double fHi = phi(beta);
    return p -> mu + sigma * phiInverse(fLo + p * (fHi - fLo));
  }

  /**
   * The standard normal CDF, {@code Φ(x) = erfc(−x/√2)/2}, with full relative precision in the
   * lower tail.
   */
  static double phi(double x) {
    return 0.5 * Erf.erfc(-x / Math.sqrt(2));
  }

  /**
   * The standard normal quantile {@code Φ⁻¹(p)}. Hipparchus's {@code erfInv(2p − 1)} loses the
   * relative precision of small {@code p} (below about 1e-10 it is useless), so the estimate is
   * polished by Newton steps on {@code ln Φ(x) = ln p}, which keep full relative precision in the
   * tail; below 1e-10 it starts from the leading terms of the asymptotic expansion, {@code −√(L −
   * ln L − ln 2π)} with {@code L = −2 ln p}.
   */
  static double phiInverse(double p) {
    if (p <= 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p >= 1) {
      return Double.POSITIVE_INFINITY;
    }
    if (p > 0.5) {
      return -phiInverse(1 - p);
    }
    double x;
    if (p > 1e-10) {
      x = STANDARD_NORMAL.inverseCumulativeProbability(p);
    } else {
      double l = -2 * Math.log(p);
      x = -Math.sqrt(l - Math.log(l) - Math.log(2 * Math.PI));
    }
    double logP = Math.log(p);
    for (int k = 0; k < 4; k++) {
      double c = phi(x);
      double density = Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
      double step = (Math.log(c) - logP) * c / density;
      x -= step;
      if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(x))) {
        break;
      }
    }
    return x;
  }

  private static DoubleUnaryOperator discrete(Distribution.Discrete d) {
    Integer[] order = new Integer[d.values().size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> d.values().get(i)));
    double total = d.weights().stream().mapToDouble(Double::doubleValue).sum();
    double[] values = new double[order.length];
    double[] cumulative = new double[order.length];
    double sum = 0;
    for (int k = 0; k < order.length; k++) {
      values[k] = d.values().get(order[k]);
      sum += d.weights().get(order[k]);
      cumulative[k] = sum / total;
    }
    int last = order.length - 1;
    while (last > 0 && d.weights().get(order[last]) == 0) {
      last--;
    }
    for (int k = last; k < order.length; k++) {
      cumulative[k] = 1; // no rounding gap at the top
    }
    double top = values[last];
    return p -> {
      for (int k = 0; k < values.length; k++) {
        if (p < cumulative[k]) {
          return values[k];
        }
      }
      return top;
    };
  }
}
