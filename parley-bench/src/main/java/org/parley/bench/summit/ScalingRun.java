package org.parley.bench.summit;

import java.util.Locale;
import org.parley.model.Scenario;
import org.parley.model.io.BuiltInScenarios;
import org.parley.summit.SummitModel;
import org.parley.summit.SummitOptions;
import org.parley.summit.Trial;
import org.parley.summit.TrialOutcome;
import org.parley.summit.simulation.MonteCarlo;
import org.parley.summit.simulation.MonteCarloOptions;
import org.parley.summit.simulation.TrialModel;

/**
 * Thread scaling of the Monte Carlo engine with a warmed JIT: runs {@code samples} samples on 1 and
 * 2 threads, {@code repeats} times in one JVM, for a CPU-bound toy trial model (the engine alone)
 * and for the summit model (a fresh {@code SummitModel} each run, as {@code parley analyze} does).
 *
 * <pre>
 * java -cp parley-bench/target/benchmarks.jar org.parley.bench.summit.ScalingRun [samples] [repeats]
 * </pre>
 */
public final class ScalingRun {
  private ScalingRun() {}

  public static void main(String[] args) {
    long samples = args.length > 0 ? Long.parseLong(args[0]) : 4000;
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    Scenario s = BuiltInScenarios.load(BuiltInScenarios.DEFAULT).orElseThrow();
    TrialModel toy =
        (sc, rng) -> {
          double x = 0;
          for (int i = 0; i < 20_000; i++) {
            x += Math.sin(rng.nextDouble());
          }
          return new Trial(
              x > 0 ? new TrialOutcome.Complete() : new TrialOutcome.NoDeal(),
              0,
              0,
              0,
              false,
              false);
        };
    for (int r = 0; r < repeats; r++) {
      for (int t = 1; t <= 2; t++) {
        long t0 = System.nanoTime();
        new MonteCarlo(toy).run(s, new MonteCarloOptions(samples, 1, t));
        long t1 = System.nanoTime();
        MonteCarlo.of(SummitModel.of(SummitOptions.defaults()))
            .run(s, new MonteCarloOptions(samples, 1, t));
        long t2 = System.nanoTime();
        System.out.printf(
            Locale.ROOT,
            "repeat %d, %d thread(s): toy %.0f ms, summit %.0f ms%n",
            r + 1,
            t,
            (t1 - t0) / 1e6,
            (t2 - t1) / 1e6);
      }
    }
  }
}
