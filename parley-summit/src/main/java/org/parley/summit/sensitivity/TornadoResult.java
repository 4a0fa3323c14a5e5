package org.parley.summit.sensitivity;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A tornado diagram's data (summit.md §2 G): the output's mean with every input at its median, and
 * per input the mean with that input at its low and high percentile.
 *
 * @param output what the means are of (an outcome label)
 * @param lowLevel the low percentile level (0.1)
 * @param highLevel the high percentile level (0.9)
 * @param samples trials per estimate, the same random streams for every estimate
 * @param seed the seed
 * @param base the mean with every input at its median
 * @param bars one per input, widest swing first
 */
public record TornadoResult(
    String output,
    double lowLevel,
    double highLevel,
    int samples,
    long seed,
    double base,
    List<Bar> bars) {
  public TornadoResult {
    requireNonNull(output, "output");
    bars = List.copyOf(bars);
  }

  /**
   * One input's bar.
   *
   * @param input the input's path
   * @param lowValue the input's value at the low percentile
   * @param highValue its value at the high percentile
   * @param atLow the output's mean with the input at {@code lowValue}, the others at their medians
   * @param atHigh the output's mean with the input at {@code highValue}
   * @param lowEffect {@code atLow − base}
   * @param highEffect {@code atHigh − base}
   * @param lowStandardError standard error of {@code lowEffect} (paired differences over the common
   *     random numbers)
   * @param highStandardError standard error of {@code highEffect}
   */
  public record Bar(
      String input,
      double lowValue,
      double highValue,
      double atLow,
      double atHigh,
      double lowEffect,
      double highEffect,
      double lowStandardError,
      double highStandardError) {
    public Bar {
      requireNonNull(input, "input");
    }

    /** {@code |atHigh − atLow|}: the bar's width. */
    public double swing() {
      return Math.abs(atHigh - atLow);
    }
  }
}
