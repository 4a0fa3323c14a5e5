package org.parley.bench.smp;

import java.util.Locale;
import org.parley.bargaining.BargainingProblem;
import org.parley.bargaining.smp.SmpRun;
import org.parley.bargaining.smp.SpatialModelOfPolitics;

/**
 * Wall time of single SMP runs, the way bargaining.md §9 timed KTAB (one cold run per table, then
 * the best of a few warm ones): {@code java -cp ... org.parley.bench.smp.SmpTiming [NxD ...]}.
 * Prints states, wall and process CPU time, distinct final positions, the most probable final
 * position and its probability.
 */
public final class SmpTiming {
  private SmpTiming() {}

  /** CPU time of the whole process (all threads), or 0 where the JVM does not say. */
  private static long cpuNanos() {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  public static void main(String[] args) {
    String[] sizes = args.length > 0 ? args : new String[] {"7x3", "13x2", "27x6", "50x5", "160x1"};
    SpatialModelOfPolitics model = new SpatialModelOfPolitics();
    for (String size : sizes) {
      BargainingProblem p = SmpScenarios.table(size);
      long t0 = System.nanoTime();
      SmpRun run = model.run(p);
      double cold = (System.nanoTime() - t0) / 1e9;
      double best = Double.POSITIVE_INFINITY;
      double bestCpu = Double.POSITIVE_INFINITY;
      for (int k = 0; k < 5; k++) {
        long c1 = cpuNanos();
        long t1 = System.nanoTime();
        model.run(p);
        best = Math.min(best, (System.nanoTime() - t1) / 1e9);
        bestCpu = Math.min(bestCpu, (cpuNanos() - c1) / 1e9);
      }
      int distinct = 0;
      int[] of = run.finalState().distinctOf();
      int top = 0;
      double[] prob = run.finalState().positionProbabilities();
      for (int i = 0; i < of.length; i++) {
        if (of[i] == i) {
          distinct++;
        }
        if (prob[i] > prob[top]) {
          top = i;
        }
      }
      StringBuilder mp = new StringBuilder();
      for (double v : run.mostProbable()) {
        mp.append(String.format(Locale.ROOT, "%s%.1f", mp.length() == 0 ? "" : ", ", v));
      }
      System.out.printf(
          Locale.ROOT,
          "%-6s states %3d  cold %8.3f s  warm %8.3f s  warm cpu %8.3f s  distinct %3d  most probable (%s) p=%.4f%n",
          size,
          run.states().size(),
          cold,
          best,
          bestCpu,
          distinct,
          mp,
          prob[top]);
    }
  }
}
