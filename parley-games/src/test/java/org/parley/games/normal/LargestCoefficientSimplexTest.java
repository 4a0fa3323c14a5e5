package org.parley.games.normal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.SolveOptions;

/** Invariants of {@link LargestCoefficientSimplex} and of {@link ZeroSumLp} built on it. */
class LargestCoefficientSimplexTest {
  @Test
  void solvesATextbookLp() {
    // max 3x + 2y s.t. x + y ≤ 4, x + 3y ≤ 6, x ≤ 3 (Chvátal 1983, ch. 2 style): optimum x=3, y=1,
    // value 11; duals π = (2, 0, 1) solve πA = c on the tight rows 1 and 3 (hand computation)
    Rational[][] a = {{r(1), r(1)}, {r(1), r(3)}, {r(1), r(0)}};
    Rational[] b = {r(4), r(6), r(3)};
    Rational[] c = {r(3), r(2)};
    LargestCoefficientSimplex.ExactSolution s =
        LargestCoefficientSimplex.solveExact(a, b, c, 0, Long.MAX_VALUE);
    assertThat(s.primal()).containsExactly(r(3), r(1));
    assertThat(s.dual()).containsExactly(r(2), r(0), r(1));
    LargestCoefficientSimplex.DoubleSolution d =
        LargestCoefficientSimplex.solveDouble(
            new double[][] {{1, 1}, {1, 3}, {1, 0}},
            new double[] {4, 6, 3},
            new double[] {3, 2},
            0,
            Long.MAX_VALUE);
    assertThat(d.primal()).containsExactly(new double[] {3, 1}, within(1e-12));
    assertThat(d.dual()).containsExactly(new double[] {2, 0, 1}, within(1e-12));
  }

  @Property(tries = 60, seed = "20261125")
  void exactLpGivesExactlyOptimalStrategiesAndDoubleAgrees(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 7) int m,
      @ForAll @IntRange(min = 1, max = 7) int n) {
    NormalFormGame g = RandomGames.bimatrix(new SplittableRandom(seed), m, n, 5, true);
    Equilibrium<MixedProfile> exact =
        new ZeroSumLp().solve(g, SolveOptions.defaults().withExact(true)).equilibria().get(0);
    // strong duality: the exact profile has exactly zero regret for both players
    assertThat(exact.certificate().exactRegrets()).isPresent();
    assertThat(exact.certificate().holds(0)).isTrue();
    Equilibrium<MixedProfile> dbl =
        new ZeroSumLp().solve(g, SolveOptions.defaults()).equilibria().get(0);
    assertThat(dbl.certificate().holds(1e-9)).isTrue();
    // all optimal pairs share the value (von Neumann)
    assertThat(dbl.payoffs().get(0)).isCloseTo(exact.payoffs().get(0), within(1e-9));
  }

  @Property(tries = 40, seed = "20261126")
  void floatingPointGuideReachesTheExactRunsBasis(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 12) int m,
      @ForAll @IntRange(min = 2, max = 12) int n) {
    // the large-game path of ZeroSumLp relies on the emulation following the exact path
    NormalFormGame g = RandomGames.bimatrix(new SplittableRandom(seed), m, n, 20, true);
    Rational mu = ZeroSumLp.leastOutcomePayoff(g).subtract(Rational.ONE);
    Rational[][] a = new Rational[n + 1][m + 1];
    double[][] ad = new double[n + 1][m + 1];
    for (int k = 0; k < n; k++) {
      for (int j = 0; j < m; j++) {
        a[k][j] = mu.subtract(g.payoff(j + m * k, 0));
        ad[k][j] = a[k][j].doubleValue();
      }
      a[k][m] = r(1);
      ad[k][m] = 1;
    }
    for (int j = 0; j < m; j++) {
      a[n][j] = r(1);
      ad[n][j] = 1;
    }
    a[n][m] = r(0);
    Rational[] b = new Rational[n + 1];
    java.util.Arrays.fill(b, r(0));
    b[n] = r(1);
    Rational[] c = new Rational[m + 1];
    java.util.Arrays.fill(c, r(0));
    c[m] = r(1);
    double[] bd = new double[n + 1];
    bd[n] = 1;
    double[] cd = new double[m + 1];
    cd[m] = 1;
    LargestCoefficientSimplex.ExactSolution e =
        LargestCoefficientSimplex.solveExact(a, b, c, 1, Long.MAX_VALUE);
    LargestCoefficientSimplex.DoubleSolution d =
        LargestCoefficientSimplex.solveDouble(
            ad,
            bd,
            cd,
            1,
            Long.MAX_VALUE,
            true,
            LargestCoefficientSimplex.commonDenominator(a, b).doubleValue());
    assertThat(d.basis()).containsExactly(e.basis());
    assertThat(d.pivots()).isEqualTo(e.pivots());
  }

  private static Rational r(long v) {
    return Rational.of(v);
  }
}
