package org.parley.summit;

import static java.util.Objects.requireNonNull;

/**
 * The knobs of a summit analysis (stages A–E of summit.md). Immutable; start from {@link
 * #defaults()} and change one knob with a {@code withX} copy.
 *
 * @param forecaster the stage-A forecaster's registered name ({@code eum}, {@code smp}, …; see
 *     {@code org.parley.bargaining.Forecasters})
 * @param gridSteps {@code G >= 1}: the inspector allocates a share {@code 0, 1/G, …, 1} of its
 *     effort to undeclared sites (phases with undeclared access only)
 * @param epsilon the largest regret a compliance equilibrium may have to count as certified
 * @param renegePriorA {@code a} of the Beta prior on a guarantor breaking an agreement
 * @param renegePriorB {@code b} of the Beta prior on a guarantor keeping an agreement
 */
public record SummitOptions(
    String forecaster, int gridSteps, double epsilon, double renegePriorA, double renegePriorB) {
  public SummitOptions {
    requireNonNull(forecaster, "forecaster");
    if (forecaster.isBlank()) {
      throw new IllegalArgumentException(
          "forecaster name is blank; it must be a registered forecaster name");
    }
    if (gridSteps < 1 || gridSteps > 1000) {
      throw new IllegalArgumentException("gridSteps is " + gridSteps + "; it must be in [1, 1000]");
    }
    if (!(epsilon > 0) || Double.isInfinite(epsilon)) {
      throw new IllegalArgumentException(
          "epsilon is " + epsilon + "; it must be a finite number > 0");
    }
    if (!(renegePriorA > 0) || Double.isInfinite(renegePriorA)) {
      throw new IllegalArgumentException(
          "renegePriorA is " + renegePriorA + "; it must be a finite number > 0");
    }
    if (!(renegePriorB > 0) || Double.isInfinite(renegePriorB)) {
      throw new IllegalArgumentException(
          "renegePriorB is " + renegePriorB + "; it must be a finite number > 0");
    }
  }

  /** Forecaster {@code eum}, grid of 10 steps, {@code ε = 1e-6}, Beta(1, 1) reneging prior. */
  public static SummitOptions defaults() {
    return new SummitOptions("eum", 10, 1e-6, 1, 1);
  }

  public SummitOptions withForecaster(String name) {
    return new SummitOptions(name, gridSteps, epsilon, renegePriorA, renegePriorB);
  }

  public SummitOptions withGridSteps(int steps) {
    return new SummitOptions(forecaster, steps, epsilon, renegePriorA, renegePriorB);
  }

  public SummitOptions withEpsilon(double eps) {
    return new SummitOptions(forecaster, gridSteps, eps, renegePriorA, renegePriorB);
  }

  public SummitOptions withRenegePrior(double a, double b) {
    return new SummitOptions(forecaster, gridSteps, epsilon, a, b);
  }
}
