package org.parley.verification.sampling;

import static java.util.Objects.requireNonNull;

import org.parley.games.Rational;

/** The answer to "how large a sample meets this detection goal?": a size, or none exists. */
public sealed interface SampleSize {
  /**
   * The smallest sample meeting the goal.
   *
   * @param size the sample size {@code n}
   * @param detection its exact detection probability
   * @param approximation the approximation {@code N(1 - β^(1/r))} (a real number, for comparison)
   */
  record Reached(int size, Rational detection, double approximation) implements SampleSize {
    public Reached {
      requireNonNull(detection, "detection");
    }
  }

  /**
   * No sample meets the goal (nothing is falsified, so nothing can be found).
   *
   * @param reason why
   */
  record Unreachable(String reason) implements SampleSize {
    public Unreachable {
      requireNonNull(reason, "reason");
    }
  }
}
