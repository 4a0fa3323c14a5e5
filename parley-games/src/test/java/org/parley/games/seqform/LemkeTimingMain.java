package org.parley.games.seqform;

import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.io.EfgFormat;
import org.parley.games.solver.SolveOptions;

/**
 * Manual timing (not a test): {@code LemkeTimingMain FILE...} prints, per game, the median of 5
 * warm runs of Gambit's path (exact and double) and of the tracing-procedure path (double, plus
 * exact recovery), with pivots.
 */
final class LemkeTimingMain {
  private LemkeTimingMain() {}

  public static void main(String[] args) throws Exception {
    for (String file : args) {
      ExtensiveFormGame g = EfgFormat.read(Files.readString(Path.of(file)));
      String name = Path.of(file).getFileName().toString();
      for (boolean exact : new boolean[] {true, false}) {
        long[] ms = new long[5];
        long piv = 0;
        for (int rep = 0; rep < ms.length; rep++) {
          long t0 = System.nanoTime();
          var r = new SequenceFormLemke().solve(g, SolveOptions.defaults().withExact(exact));
          ms[rep] = (System.nanoTime() - t0) / 1000;
          piv = r.statistics().iterations();
        }
        java.util.Arrays.sort(ms);
        System.out.printf(
            "%s gambit-path %s median %.1f ms, %d pivots%n",
            name, exact ? "exact" : "double", ms[2] / 1000.0, piv);
      }
      long[] ms = new long[5];
      long piv = 0;
      for (int rep = 0; rep < ms.length; rep++) {
        long t0 = System.nanoTime();
        SequenceForm sf = SequenceForm.of(g);
        var r = new SequenceFormLemke().solve(sf);
        if (r instanceof SequenceFormResult.Equilibrium eq) {
          ExactRecovery.exactEquilibrium(
              g, BehaviourProfile.ofDoubles(new double[][][] {eq.behaviour1(), eq.behaviour2()}));
        }
        ms[rep] = (System.nanoTime() - t0) / 1000;
        piv = r.pivots();
      }
      java.util.Arrays.sort(ms);
      System.out.printf(
          "%s tracing-path double+recovery median %.1f ms, %d pivots%n", name, ms[2] / 1000.0, piv);
    }
  }
}
