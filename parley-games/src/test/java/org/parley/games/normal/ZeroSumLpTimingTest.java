package org.parley.games.normal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/**
 * Timing of the exact and floating-point LP on parley-bench's {@code zs:200} game (200×200, payoffs
 * uniform in [-1000, 1000], {@code SplittableRandom(200)} — the generator of GameBenchmarks.load);
 * figures go to docs/performance-lp.md. Slow: excluded from the default run.
 */
@Tag("slow")
class ZeroSumLpTimingTest {
  @Test
  void zeroSum200x200() {
    int n = 200;
    SplittableRandom rng = new SplittableRandom(n);
    long[][] a = new long[n][n];
    long[][] b = new long[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = rng.nextInt(-1000, 1001);
        b[i][j] = -a[i][j];
      }
    }
    NormalFormGame g = NormalFormGame.bimatrix("zs:200", a, b);
    for (int rep = 0; rep < 3; rep++) {
      for (boolean exact : new boolean[] {true, false}) {
        long t0 = System.nanoTime();
        SolverResult<MixedProfile> r = new ZeroSumLp().solve(g, SolveOptions.defaults().withExact(exact));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("zs:200 exact=" + exact + " ms=" + ms + " " + r.statistics());
        assertThat(r.equilibria()).hasSize(1);
        assertThat(r.equilibria().get(0).certificate().holds(1e-6)).isTrue();
      }
    }
  }
}
