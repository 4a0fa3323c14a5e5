package org.parley.summit.simulation;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Independent, reproducible random streams derived from one seed: stream {@code (purpose, i)} is
 * seeded by a SplitMix64 hash of the seed, the purpose and the index (Steele, Lea and Flood 2014,
 * "Fast splittable pseudorandom number generators", OOPSLA; the finaliser is Stafford's Mix13), and
 * is itself a SplitMix64 generator ({@link SplittableRandom}). Sample {@code i} of a run therefore
 * draws the same numbers whichever thread runs it and whatever ran before it.
 */
public final class SeedStreams {
  /** Stream purposes; distinct purposes give unrelated streams for the same index. */
  public static final long INPUTS = 1;

  /** The stream a trial of the model draws from. */
  public static final long TRIAL = 2;

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private final long seed;

  /** Streams derived from {@code seed}. */
  public SeedStreams(long seed) {
    this.seed = seed;
  }

  /** The seed everything derives from. */
  public long seed() {
    return seed;
  }

  /** A fresh generator for stream {@code purpose}, index {@code index}. */
  public RandomGenerator stream(long purpose, long index) {
    return new SplittableRandom(seedOf(purpose, index));
  }

  /** The 64-bit seed of stream {@code (purpose, index)}. */
  public long seedOf(long purpose, long index) {
    long h = mix64(seed + GOLDEN_GAMMA * (purpose + 1));
    return mix64(h + GOLDEN_GAMMA * (index + 1));
  }

  /** Stafford's Mix13, the SplitMix64 output function. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
