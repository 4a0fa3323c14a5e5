package org.parley.summit.sensitivity;

import java.util.random.RandomGenerator;

/**
 * A model output as a function of the input values {@code x} (one per factor) and, for a stochastic
 * model, the random draws it takes from {@code rng} — for the summit, the indicator that one trial
 * ends in a chosen outcome, whose mean is that outcome's probability. Must be thread-safe and
 * depend on nothing but its arguments.
 */
@FunctionalInterface
public interface Response {
  /** The output at {@code x}. */
  double evaluate(double[] x, RandomGenerator rng);
}
