package org.parley.summit.sensitivity;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.parley.summit.simulation.CancellationToken;
import org.parley.summit.simulation.Completion;
import org.parley.summit.simulation.ParallelTasks;
import org.parley.summit.simulation.ProgressListener;
import org.parley.summit.simulation.SeedStreams;

/**
 * First-order and total Sobol indices by the Saltelli design with Jansen's estimators (A. Saltelli,
 * P. Annoni, I. Azzini, F. Campolongo, M. Ratto, S. Tarantola 2010, "Variance based sensitivity
 * analysis of model output. Design and estimator for the total sensitivity index", Computer Physics
 * Communications 181:259–270, Table 2, estimators (f) and (j); M. J. W. Jansen 1999, Computer
 * Physics Communications 117:35–43).
 *
 * <p>Two independent {@code N × k} sample matrices {@code A} and {@code B} are drawn by inverse CDF
 * from uniforms; {@code A_B^(i)} is {@code A} with column {@code i} taken from {@code B}. With
 * {@code V} the variance of {@code f} over the {@code 2N} rows of {@code A} and {@code B}:
 *
 * <pre>
 *   V_i  = V − 1/(2N) Σ_j (f(B)_j − f(A_B^(i))_j)²      S_i  = V_i / V
 *   V_Ti =     1/(2N) Σ_j (f(A)_j − f(A_B^(i))_j)²      S_Ti = V_Ti / V
 * </pre>
 *
 * A stochastic model's own randomness is treated as one more factor that is never swapped: row
 * {@code j} of {@code A} and of every {@code A_B^(i)} draws from the same stream, row {@code j} of
 * {@code B} from another. The indices are then shares of the output's whole variance, noise
 * included; for an indicator output that noise is large, so first-order indices are small and the
 * remainder {@code 1 − Σ S_i} includes it.
 *
 * <p>Cost: {@code N (k + 2)} evaluations; memory {@code O(N (k + 2))} doubles. Plain pseudo-random
 * sampling; estimates are reproducible from the seed on any thread count.
 */
public final class SaltelliJansen {
  private static final long A_INPUTS = 11;
  private static final long B_INPUTS = 12;
  private static final long A_TRIAL = 13;
  private static final long B_TRIAL = 14;

  /** Runs to the end. */
  public SobolIndices run(
      Factors factors, Response response, String output, SensitivityOptions options) {
    return run(factors, response, output, options, ProgressListener.NONE, new CancellationToken())
        .orElseThrow();
  }

  /** Runs, reporting progress in evaluations, stopping without a result if cancelled. */
  public Completion<SobolIndices> run(
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
    int n = options.samples();
    int parts = k + 2;
    double[] f = new double[Math.multiplyExact(parts, n)];
    SeedStreams streams = new SeedStreams(options.seed());
    long total = (long) parts * n;
    Completion<List<Object>> done =
        ParallelTasks.run(
            total,
            options.threads(),
            () -> null,
            (state, t) -> {
              int j = (int) (t / parts);
              int p = (int) (t % parts);
              double[] x = row(factors, streams.stream(p == 1 ? B_INPUTS : A_INPUTS, j));
              if (p >= 2) {
                int i = p - 2;
                x[i] = row(factors, streams.stream(B_INPUTS, j))[i];
              }
              f[p * n + j] = response.evaluate(x, streams.stream(p == 1 ? B_TRIAL : A_TRIAL, j));
            },
            progress,
            cancel);
    if (done instanceof Completion.Cancelled<List<Object>> c) {
      return new Completion.Cancelled<>(c.completed(), c.total());
    }
    double mean = 0;
    for (int j = 0; j < 2 * n; j++) {
      mean += f[j];
    }
    mean /= 2 * n;
    double v = 0;
    for (int j = 0; j < 2 * n; j++) {
      double d = f[j] - mean;
      v += d * d;
    }
    v /= 2 * n - 1;
    List<SobolIndices.Index> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      int ab = (2 + i) * n;
      double first = 0;
      double tot = 0;
      for (int j = 0; j < n; j++) {
        double db = f[n + j] - f[ab + j];
        double da = f[j] - f[ab + j];
        first += db * db;
        tot += da * da;
      }
      double vi = v - first / (2.0 * n);
      double vti = tot / (2.0 * n);
      out.add(
          new SobolIndices.Index(
              factors.names().get(i), v == 0 ? 0 : vi / v, v == 0 ? 0 : vti / v));
    }
    return new Completion.Done<>(new SobolIndices(output, n, total, options.seed(), mean, v, out));
  }

  /** One row of a sample matrix: a uniform per factor from {@code rng}, through its inverse CDF. */
  private static double[] row(Factors factors, RandomGenerator rng) {
    double[] x = new double[factors.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = factors.quantiles().get(i).applyAsDouble(rng.nextDouble());
    }
    return x;
  }
}
