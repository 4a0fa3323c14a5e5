package org.parley.verification.inspection;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.parley.verification.Requires;

/**
 * The α–β (Neyman–Pearson) game of material accountancy (Avenhaus and Canty 1996, ch. 3; Avenhaus,
 * von Stengel, Zamir 2002 §5). The material unaccounted for (MUF) is {@code N(0, σ²)} when the
 * inspectee is legal and {@code N(M, σ²)} after it diverts {@code M}; the inspector chooses the
 * false-alarm probability {@code α} of a one-sided test, whose detection probability is {@code 1 -
 * β(α) = Φ(M/σ - Φ⁻¹(1 - α))}. Payoffs as in {@link InspectionGame} without an inspection cost
 * (inspection is certain; only its test threshold is chosen). Requires {@code 0 < a < c} and {@code
 * h < b} (so that an interior {@code α*} exists).
 *
 * @param mOverSigma the diversion in standard deviations of the MUF, {@code M/σ > 0}
 * @param a the inspector's loss for a detected violation
 * @param c the inspector's loss for an undetected violation
 * @param e the inspector's loss for a false alarm
 * @param b the inspectee's loss when caught
 * @param d the inspectee's gain from an undetected violation
 * @param h the inspectee's loss from a false alarm
 */
public record AccountancyGame(
    double mOverSigma, double a, double c, double e, double b, double d, double h) {
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

  public AccountancyGame {
    Requires.positive("m-over-sigma", mOverSigma);
    Requires.positive("a", a);
    Requires.positive("c", c);
    if (!(a < c)) {
      throw new IllegalArgumentException(
          "a is " + a + " and c is " + c + "; it must hold that 0 < a < c");
    }
    Requires.positive("e", e);
    Requires.positive("b", b);
    Requires.positive("d", d);
    Requires.positive("h", h);
    if (!(h < b)) {
      throw new IllegalArgumentException(
          "h is "
              + h
              + " and b is "
              + b
              + "; a false alarm must cost the inspectee less than being caught (h < b)");
    }
  }

  /**
   * The detection probability {@code 1 - β(α) = Φ(M/σ - Φ⁻¹(1 - α))} of the one-sided MUF test at
   * false-alarm probability {@code α}. Uses {@code Φ⁻¹(1 - α) = -Φ⁻¹(α)} to keep precision for
   * small {@code α}.
   */
  public static double detectionProbability(double mOverSigma, double alpha) {
    Requires.finite("m-over-sigma", mOverSigma);
    Requires.probability("alpha", alpha);
    return STANDARD_NORMAL.cumulativeProbability(mOverSigma + quantile(alpha));
  }

  /**
   * {@code Φ⁻¹(p)}, accurate in the lower tail: Hipparchus' quantile ({@code erfInv(2p - 1)}) loses
   * the relative precision of small {@code p}, so it is refined by two Newton steps on {@code Φ(z)
   * = p}, with {@code Φ} computed through {@code erfc} (accurate in the tails).
   */
  static double quantile(double p) {
    double z = STANDARD_NORMAL.inverseCumulativeProbability(p);
    if (Double.isInfinite(z) || p > 0.5) {
      return z;
    }
    for (int i = 0; i < 2; i++) {
      double density = STANDARD_NORMAL.density(z);
      if (density == 0) {
        break;
      }
      z -= (STANDARD_NORMAL.cumulativeProbability(z) - p) / density;
    }
    return z;
  }

  /** Non-detection probability {@code β(α)}, computed in the upper tail for precision. */
  public double beta(double alpha) {
    return STANDARD_NORMAL.cumulativeProbability(-mOverSigma - quantile(alpha));
  }

  /** {@code β'(α) = -φ(Φ⁻¹(1 - α) - M/σ) / φ(Φ⁻¹(1 - α))}. */
  public double betaDerivative(double alpha) {
    double z = -quantile(alpha);
    // ratio of densities, exp(-(z - μ)²/2 + z²/2) = exp(zμ - μ²/2), stable for large z
    return -Math.exp(z * mOverSigma - mOverSigma * mOverSigma / 2);
  }
}
