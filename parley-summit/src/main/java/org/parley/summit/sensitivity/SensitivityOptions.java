package org.parley.summit.sensitivity;

/**
 * The knobs of a sensitivity run.
 *
 * @param samples for the tornado, trials per bar end (common to all bars); for Sobol indices, the
 *     base sample size {@code N} (the model is run {@code N (k + 2)} times for {@code k} factors)
 * @param seed the seed all random streams derive from
 * @param threads worker threads; the result does not depend on it
 */
public record SensitivityOptions(int samples, long seed, int threads) {
  /** The most samples one sensitivity run may take. */
  public static final int MAX_SAMPLES = 10_000_000;

  public SensitivityOptions {
    if (samples < 2 || samples > MAX_SAMPLES) {
      throw new IllegalArgumentException(
          "samples is " + samples + "; it must be in [2, " + MAX_SAMPLES + "]");
    }
    if (threads < 1 || threads > 1024) {
      throw new IllegalArgumentException("threads is " + threads + "; it must be in [1, 1024]");
    }
  }
}
