package org.parley.summit.simulation;

/**
 * The knobs of a Monte Carlo run.
 *
 * @param samples the number of samples, in {@code [1, MAX_SAMPLES]}
 * @param seed the seed every sample's random streams derive from
 * @param threads worker threads, in {@code [1, 1024]}; the result does not depend on it
 */
public record MonteCarloOptions(long samples, long seed, int threads) {
  /** The most samples one run may take. */
  public static final long MAX_SAMPLES = 100_000_000L;

  public MonteCarloOptions {
    if (samples < 1 || samples > MAX_SAMPLES) {
      throw new IllegalArgumentException(
          "samples is " + samples + "; it must be in [1, " + MAX_SAMPLES + "]");
    }
    if (threads < 1 || threads > 1024) {
      throw new IllegalArgumentException("threads is " + threads + "; it must be in [1, 1024]");
    }
  }

  /** 10,000 samples, seed 1, one thread per available core. */
  public static MonteCarloOptions defaults() {
    return new MonteCarloOptions(10_000, 1, Runtime.getRuntime().availableProcessors());
  }

  public MonteCarloOptions withSamples(long n) {
    return new MonteCarloOptions(n, seed, threads);
  }

  public MonteCarloOptions withSeed(long s) {
    return new MonteCarloOptions(samples, s, threads);
  }

  public MonteCarloOptions withThreads(int t) {
    return new MonteCarloOptions(samples, seed, t);
  }
}
