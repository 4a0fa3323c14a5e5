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
 * The exact and floating-point LP on parley-bench's {@code zs:200} game (200×200, payoffs uniform
 * in [-1000, 1000], {@code SplittableRandom(200)}, the generator of GameBenchmarks.load): both end
 * certified, the exact one with regret exactly 0, and both give the same value. Slow (seconds):
 * excluded from the default run; its timing lives in parley-bench (GameBenchmarks,
 * docs/performance/lp.md).
 */
@Tag("slow")
class ZeroSumLpLargeGameTest {
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
    SolverResult<MixedProfile> exact =
        new ZeroSumLp().solve(g, SolveOptions.defaults().withExact(true));
    SolverResult<MixedProfile> fp =
        new ZeroSumLp().solve(g, SolveOptions.defaults().withExact(false));
    assertThat(exact.equilibria()).hasSize(1);
    assertThat(fp.equilibria()).hasSize(1);
    assertThat(exact.equilibria().get(0).certificate().holds(0)).isTrue();
    assertThat(fp.equilibria().get(0).certificate().holds(1e-6)).isTrue();
    assertThat(fp.equilibria().get(0).payoffs().get(0))
        .isCloseTo(
            exact.equilibria().get(0).payoffs().get(0),
            org.assertj.core.api.Assertions.within(1e-6));
  }
}
