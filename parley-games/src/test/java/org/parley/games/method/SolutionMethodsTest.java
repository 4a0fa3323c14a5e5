package org.parley.games.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.GameTooLargeException;
import org.parley.games.NormalFormGame;
import org.parley.games.TestData;

/** The registry of named methods: lookup, how each runs on each kind of game, and refusals. */
class SolutionMethodsTest {
  @Test
  void listsGambitsMethodsAndCfrInHelpOrder() {
    assertThat(SolutionMethods.names())
        .containsExactly("enumpure", "enummixed", "lcp", "lp", "logit", "simpdiv", "cfr");
    assertThat(SolutionMethods.named("lcp"))
        .get()
        .extracting(SolutionMethod::name)
        .isEqualTo("lcp");
    assertThat(SolutionMethods.named("gnm")).isEmpty();
    assertThat(SolutionMethods.defaultFor(2).name()).isEqualTo("lcp");
    assertThat(SolutionMethods.defaultFor(3).name()).isEqualTo("logit");
    assertThat(SolutionMethods.all()).allSatisfy(m -> assertThat(m.summary()).isNotBlank());
  }

  /** Every strategic-form method answers a zero-sum 2-player game with certified equilibria. */
  @ParameterizedTest
  @ValueSource(strings = {"enumpure", "enummixed", "lcp", "lp", "logit", "simpdiv"})
  void everyStrategicMethodCertifiesWhatItPrints(String name) {
    NormalFormGame g = TestData.nfg("contrib__zero.nfg");
    Solution s = SolutionMethods.named(name).orElseThrow().solve(g, MethodSettings.defaults());
    assertThat(s.method()).isEqualTo(name);
    assertThat(s.complete()).isTrue();
    assertThat(s.lines()).hasSameSizeAs(s.found()).allMatch(l -> l.startsWith("NE,"));
    assertThat(s.found())
        .allSatisfy(f -> assertThat(f.equilibrium().certificate().holds(1e-6)).isTrue());
  }

  @Test
  void exactMethodsPrintFractionsUnlessDecimalsAreAsked() {
    // Gambit 16.7.0, gambit-lp -q contrib__zero.nfg and gambit-lp -q -d 10 (shared/reference)
    NormalFormGame g = TestData.nfg("contrib__zero.nfg");
    SolutionMethod lp = SolutionMethods.named("lp").orElseThrow();
    assertThat(lp.solve(g, MethodSettings.defaults()).lines())
        .containsExactlyElementsOf(TestData.output("contrib__zero__lp__16.7.0.txt"));
    assertThat(lp.solve(g, MethodSettings.builder().decimals(10).build()).lines())
        .allMatch(l -> l.matches("NE(,\\d\\.\\d{10})+"));
  }

  @Test
  void treesGoToTheReducedStrategicFormWhereGambitSolvesThere() {
    // Gambit 16.7.0: gambit-enummixed -q doc__poker.efg prints NE,1/3,2/3,0,0,2/3,1/3 (reduced
    // strategic form: 4 strategies for player 1, 2 for player 2); gambit-lcp -q prints behaviour
    ExtensiveFormGame poker = TestData.efg("doc__poker.efg");
    assertThat(
            SolutionMethods.named("enummixed")
                .orElseThrow()
                .solve(poker, MethodSettings.defaults())
                .lines())
        .containsExactly("NE,1/3,2/3,0,0,2/3,1/3");
    SolutionMethod lcp = SolutionMethods.named("lcp").orElseThrow();
    assertThat(lcp.solve(poker, MethodSettings.defaults()).lines())
        .containsExactlyElementsOf(TestData.output("doc__poker__lcp__16.7.0.txt"));
    assertThat(lcp.solve(poker, MethodSettings.builder().strategic(true).build()).lines())
        .containsExactlyElementsOf(TestData.output("doc__poker__lcp-S__16.7.0.txt"));
  }

  @Test
  void cfrReachesKuhnPokersValueWithinItsTarget() {
    // Kuhn (1950): the first player's value is -1/18
    ExtensiveFormGame kuhn = TestData.efg("openspiel__kuhn_poker.efg");
    Solution s =
        SolutionMethods.named("cfr")
            .orElseThrow()
            .solve(kuhn, MethodSettings.builder().targetExploitability(1e-4).build());
    assertThat(s.complete()).isTrue();
    double exploitability = s.found().get(0).equilibrium().certificate().nashConv() / 2;
    assertThat(exploitability).isLessThanOrEqualTo(1e-4);
    assertThat(s.found().get(0).equilibrium().payoffs().get(0)).isCloseTo(-1.0 / 18, within(1e-4));
  }

  @Test
  void cfrStopsAtItsIterationLimitWithWhatItHas() {
    ExtensiveFormGame kuhn = TestData.efg("openspiel__kuhn_poker.efg");
    Solution s =
        SolutionMethods.named("cfr")
            .orElseThrow()
            .solve(kuhn, MethodSettings.builder().iterations(20).build());
    assertThat(s.complete()).isFalse();
    assertThat(s.result().statistics().iterations()).isEqualTo(20);
    assertThat(s.found()).hasSize(1);
  }

  @Test
  void refusalsAreIllegalArgumentsAndSizeIsItsOwnException() {
    NormalFormGame three = TestData.nfg("contrib__2x2x2.nfg");
    ExtensiveFormGame imperfect = TestData.efg("catalog__journals__geb__wichardt2008.efg");
    MethodSettings d = MethodSettings.defaults();
    for (String twoPlayer : List.of("enummixed", "lcp", "lp")) {
      assertThatThrownBy(() -> SolutionMethods.named(twoPlayer).orElseThrow().solve(three, d))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> SolutionMethods.named("cfr").orElseThrow().solve(three, d))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("extensive games");
    // imperfect recall is outside the methods' scope, not a size problem
    for (String m : List.of("enummixed", "simpdiv", "lcp", "enumpure")) {
      assertThatThrownBy(() -> SolutionMethods.named(m).orElseThrow().solve(imperfect, d))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("recall");
    }
    NormalFormGame coord = TestData.nfg("contrib__coord4.nfg");
    assertThatThrownBy(
            () ->
                SolutionMethods.named("lcp")
                    .orElseThrow()
                    .solve(coord, MethodSettings.builder().maxStrategies(3).build()))
        .isInstanceOf(GameTooLargeException.class)
        .hasMessageContaining("4 strategies");
    ExtensiveFormGame kuhn = TestData.efg("openspiel__kuhn_poker.efg");
    assertThatThrownBy(
            () ->
                SolutionMethods.named("enummixed")
                    .orElseThrow()
                    .solve(kuhn, MethodSettings.builder().maxStrategies(10).build()))
        .isInstanceOf(GameTooLargeException.class)
        .hasMessageContaining("reduced strategic form");
  }

  @Test
  void enummixedListsTheMaximalConvexSetsWhenAsked() {
    // Gambit 16.7.0, gambit-enummixed -q -c contrib__zero.nfg (shared/reference/games/out)
    NormalFormGame g = TestData.nfg("contrib__zero.nfg");
    SolutionMethod m = SolutionMethods.named("enummixed").orElseThrow();
    Solution s = m.solve(g, MethodSettings.builder().components(true).build());
    assertThat(s.lines())
        .containsExactlyElementsOf(TestData.output("contrib__zero__enummixed-c__16.7.0.txt"));
    assertThat(s.components()).hasSize(1);
    assertThat(m.solve(g, MethodSettings.defaults()).components()).isEmpty();
  }
}
