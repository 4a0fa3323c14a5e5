package org.parley.games.normal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.SolveOptions;

/**
 * Differential tests on seeded random games: independent methods must agree. Vertex enumeration
 * finds every extreme equilibrium, so it must contain every equilibrium Lemke–Howson reaches and
 * every pure equilibrium; on zero-sum games the LP value equals the value of every enumerated
 * equilibrium (all equilibria of a zero-sum game share the value: von Neumann 1928).
 */
class DifferentialTest {
  private static final SolveOptions EXACT = SolveOptions.defaults().withExact(true);

  @Property(tries = 40)
  void enumerationContainsLemkeHowsonAndPureEquilibria(
      @ForAll @IntRange(min = 1, max = 5) int m,
      @ForAll @IntRange(min = 1, max = 5) int n,
      @ForAll long seed) {
    NormalFormGame g = RandomGames.bimatrix(new java.util.SplittableRandom(seed), m, n, 4, false);
    Set<MixedProfile> all = profiles(new VertexEnumeration().solve(g, EXACT).equilibria());
    assertThat(all).isNotEmpty(); // Nash (1951): every finite game has an equilibrium
    assertThat(all)
        .containsAll(profiles(new PureStrategyEnumeration().solve(g, EXACT).equilibria()));
    // with small integer payoffs games are often degenerate; Lemke-Howson's ends are still
    // equilibria, and extreme ones when the game is non-degenerate
    for (Equilibrium<MixedProfile> e : new LemkeHowson().solve(g, EXACT).equilibria()) {
      assertThat(e.certificate().holds(0)).isTrue();
    }
  }

  @Property(tries = 40)
  void nonDegenerateGamesAgreeExactly(
      @ForAll @IntRange(min = 2, max = 6) int m, @ForAll long seed) {
    // payoffs from a wide range make degeneracy very unlikely
    NormalFormGame g =
        RandomGames.bimatrix(new java.util.SplittableRandom(seed), m, m, 1_000_000, false);
    Set<MixedProfile> all = profiles(new VertexEnumeration().solve(g, EXACT).equilibria());
    Set<MixedProfile> lh = profiles(new LemkeHowson().solve(g, EXACT).equilibria());
    assertThat(all).containsAll(lh);
    assertThat(all.size() % 2)
        .as("non-degenerate games have an odd number of equilibria (Shapley 1974)")
        .isEqualTo(1);
  }

  @Property(tries = 40)
  void lpValueEqualsEnumerationValueOnZeroSumGames(
      @ForAll @IntRange(min = 1, max = 6) int m,
      @ForAll @IntRange(min = 1, max = 6) int n,
      @ForAll long seed) {
    NormalFormGame g = RandomGames.bimatrix(new java.util.SplittableRandom(seed), m, n, 9, true);
    Equilibrium<MixedProfile> lp = new ZeroSumLp().solve(g, EXACT).equilibria().get(0);
    assertThat(lp.certificate().holds(0)).isTrue();
    Rational value = value(g, lp.profile());
    for (Equilibrium<MixedProfile> e : new VertexEnumeration().solve(g, EXACT).equilibria()) {
      assertThat(value(g, e.profile())).isEqualTo(value);
    }
  }

  @Property(tries = 30)
  void floatingPointLemkeHowsonHasSmallRegret(
      @ForAll @IntRange(min = 2, max = 30) int m, @ForAll long seed) {
    NormalFormGame g =
        RandomGames.bimatrix(new java.util.SplittableRandom(seed), m, m + 3, 1000, false);
    for (Equilibrium<MixedProfile> e :
        new LemkeHowson().solve(g, SolveOptions.defaults().withMaxEquilibria(1)).equilibria()) {
      assertThat(e.certificate().maxRegret()).isLessThanOrEqualTo(1e-8);
    }
  }

  private static Rational value(NormalFormGame g, MixedProfile p) {
    Rational v = Rational.ZERO;
    for (int i = 0; i < g.numStrategies(0); i++) {
      for (int j = 0; j < g.numStrategies(1); j++) {
        v =
            v.add(
                p.exactProbability(0, i)
                    .orElseThrow()
                    .multiply(p.exactProbability(1, j).orElseThrow())
                    .multiply(g.payoff(g.profileIndex(i, j), 0)));
      }
    }
    return v;
  }

  private static Set<MixedProfile> profiles(List<Equilibrium<MixedProfile>> eqs) {
    Set<MixedProfile> s = new HashSet<>();
    eqs.forEach(e -> s.add(e.profile()));
    return s;
  }
}
