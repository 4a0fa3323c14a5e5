package org.parley.summit.sensitivity;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.summit.simulation.CancellationToken;
import org.parley.summit.simulation.Completion;
import org.parley.summit.simulation.ParallelTasks;
import org.parley.summit.simulation.ProgressListener;
import org.parley.summit.simulation.SeedStreams;

/**
 * One-at-a-time sensitivity as a tornado diagram (summit.md §2 G; the design is that of Howard
 * 1988, "Decision analysis: practice and promise", Management Science 34(6), and of Clemen,
 * <i>Making Hard Decisions</i>, ch. 5): every input at its median; then each input in turn at its
 * {@code lowLevel} and {@code highLevel} percentiles (10th, 90th) with the others at their medians.
 *
 * <p>Each of the {@code 2k + 1} settings is estimated as the mean of {@code samples} evaluations,
 * and evaluation {@code j} of every setting draws from the same random stream {@code (TRIAL, j)}:
 * common random numbers (Law, <i>Simulation Modeling and Analysis</i>, 5th ed., §11.2). A bar then
 * measures the input's effect, not sampling noise; an input the model ignores gets a bar of exactly
 * zero. Standard errors are those of the paired differences.
 *
 * <p>Cost: {@code (2k + 1) · samples} evaluations; memory {@code O((2k + 1) · samples)} doubles.
 */
public final class Tornado {
  private final double lowLevel;
  private final double highLevel;

  /** The usual 10th / 90th percentile tornado. */
  public Tornado() {
    this(0.1, 0.9);
  }

  /** A tornado at the given percentile levels, {@code 0 ≤ low < 0.5 < high ≤ 1}. */
  public Tornado(double lowLevel, double highLevel) {
    if (!(lowLevel >= 0 && lowLevel < 0.5 && highLevel > 0.5 && highLevel <= 1)) {
      throw new IllegalArgumentException(
          "percentile levels "
              + lowLevel
              + " and "
              + highLevel
              + " must satisfy 0 <= low < 0.5 < high <= 1");
    }
    this.lowLevel = lowLevel;
    this.highLevel = highLevel;
  }

  /** Runs to the end. */
  public TornadoResult run(
      Factors factors, Response response, String output, SensitivityOptions options) {
    return run(factors, response, output, options, ProgressListener.NONE, new CancellationToken())
        .orElseThrow();
  }

  /** Runs, reporting progress in evaluations, stopping without a result if cancelled. */
  public Completion<TornadoResult> run(
      Factors factors,
      Response response,
      String output,
      SensitivityOptions options,
      ProgressListener progress,
      CancellationToken cancel) {
    requireNonNull(factors, "factors");
    requireNonNull(response, "response");
    requireNonNull(output, "output");
    requireNonNull(options, "options");
    int k = factors.size();
    int settings = 2 * k + 1;
    int n = options.samples();
    double[] median = factors.at(0.5);
    double[] low = factors.at(lowLevel);
    double[] high = factors.at(highLevel);
    double[][] points = new double[settings][];
    points[0] = median;
    for (int i = 0; i < k; i++) {
      points[1 + 2 * i] = median.clone();
      points[1 + 2 * i][i] = low[i];
      points[2 + 2 * i] = median.clone();
      points[2 + 2 * i][i] = high[i];
    }
    double[] values = new double[Math.multiplyExact(settings, n)];
    SeedStreams streams = new SeedStreams(options.seed());
    Completion<List<Object>> done =
        ParallelTasks.run(
            (long) settings * n,
            options.threads(),
            () -> null,
            (state, t) -> {
              int j = (int) (t / settings);
              int c = (int) (t % settings);
              values[c * n + j] =
                  response.evaluate(points[c].clone(), streams.stream(SeedStreams.TRIAL, j));
            },
            progress,
            cancel);
    if (done instanceof Completion.Cancelled<List<Object>> c) {
      return new Completion.Cancelled<>(c.completed(), c.total());
    }
    double base = mean(values, 0, n);
    List<TornadoResult.Bar> bars = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      int lo = (1 + 2 * i) * n;
      int hi = (2 + 2 * i) * n;
      double atLow = mean(values, lo, n);
      double atHigh = mean(values, hi, n);
      bars.add(
          new TornadoResult.Bar(
              factors.names().get(i),
              low[i],
              high[i],
              atLow,
              atHigh,
              atLow - base,
              atHigh - base,
              pairedStandardError(values, lo, 0, n),
              pairedStandardError(values, hi, 0, n)));
    }
    List<TornadoResult.Bar> sorted = new ArrayList<>(bars);
    sorted.sort(
        Comparator.comparingDouble(TornadoResult.Bar::swing)
            .reversed()); // stable: ties keep input order
    return new Completion.Done<>(
        new TornadoResult(output, lowLevel, highLevel, n, options.seed(), base, sorted));
  }

  private static double mean(double[] v, int from, int n) {
    double s = 0;
    for (int j = 0; j < n; j++) {
      s += v[from + j];
    }
    return s / n;
  }

  private static double pairedStandardError(double[] v, int a, int b, int n) {
    double m = 0;
    for (int j = 0; j < n; j++) {
      m += v[a + j] - v[b + j];
    }
    m /= n;
    double ss = 0;
    for (int j = 0; j < n; j++) {
      double d = v[a + j] - v[b + j] - m;
      ss += d * d;
    }
    return Math.sqrt(ss / (n - 1) / n);
  }
}
