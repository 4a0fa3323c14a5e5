package org.parley.bench.summit;

import java.io.PrintStream;
import java.util.Locale;
import org.parley.model.Scenario;
import org.parley.model.io.BuiltInScenarios;
import org.parley.summit.SummitModel;
import org.parley.summit.SummitOptions;
import org.parley.summit.simulation.MonteCarlo;
import org.parley.summit.simulation.MonteCarloOptions;
import org.parley.summit.simulation.MonteCarloResult;
import org.parley.summit.simulation.Probability;

/**
 * A whole-process Monte Carlo run, for timing from the shell what {@code parley analyze --samples
 * N} spends in stage F (JVM start, scenario load, the run, a short summary) while the CLI does not
 * yet take {@code --samples}:
 *
 * <pre>
 * java -cp parley-bench/target/benchmarks.jar org.parley.bench.summit.AnalyzeRun --samples 10000 --threads 2
 * </pre>
 *
 * Options: {@code --samples N} (10000), {@code --threads T} (available cores), {@code --seed S}
 * (1), {@code --scenario NAME} (singapore-2018).
 */
public final class AnalyzeRun {
  private AnalyzeRun() {}

  public static void main(String[] args) {
    long samples = 10_000;
    int threads = Runtime.getRuntime().availableProcessors();
    long seed = 1;
    String name = BuiltInScenarios.DEFAULT;
    for (int i = 0; i < args.length; i++) {
      String v = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--samples" -> samples = Long.parseLong(require(v, args[i]));
        case "--threads" -> threads = Integer.parseInt(require(v, args[i]));
        case "--seed" -> seed = Long.parseLong(require(v, args[i]));
        case "--scenario" -> name = require(v, args[i]);
        default ->
            throw new IllegalArgumentException(
                "unknown option '"
                    + args[i]
                    + "' (expected --samples, --threads, --seed, --scenario)");
      }
      i++;
    }
    final String scenarioName = name;
    Scenario s =
        BuiltInScenarios.load(name)
            .orElseThrow(
                () -> new IllegalArgumentException("no built-in scenario '" + scenarioName + "'"));
    long t0 = System.nanoTime();
    MonteCarloResult r =
        MonteCarlo.of(SummitModel.of(SummitOptions.defaults()))
            .run(s, new MonteCarloOptions(samples, seed, threads));
    long t1 = System.nanoTime();
    PrintStream out = System.out;
    out.printf(
        Locale.ROOT,
        "%s: %d samples, seed %d, %d threads, Monte Carlo %.0f ms%n",
        s.id(),
        samples,
        seed,
        threads,
        (t1 - t0) / 1e6);
    for (Probability p : r.kinds()) {
      out.printf(
          Locale.ROOT,
          "  %-10s %.4f  [%.4f, %.4f]%n",
          p.label(),
          p.estimate(),
          p.interval95().lo(),
          p.interval95().hi());
    }
    out.printf(
        Locale.ROOT,
        "  expected deepest phase %.3f; median months to collapse %.2f%n",
        r.expectedDeepestPhase(),
        r.monthsToCollapse().median());
  }

  private static String require(String v, String option) {
    if (v == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return v;
  }
}
