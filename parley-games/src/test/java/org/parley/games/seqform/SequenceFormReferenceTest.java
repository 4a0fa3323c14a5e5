package org.parley.games.seqform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.ExtensiveFormSolver;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/**
 * Reference tests against Gambit's {@code lcp} and {@code lp} on {@code .efg} files (rows of {@code
 * index.tsv}; outputs in {@code out/}, Gambit 16.7.0 and 17.0.0a2): every answer is certified and,
 * for zero-sum games, has Gambit's value; where the equilibrium is unique it is Gambit's. That our
 * lines equal Gambit's on every row is checked in {@code SequenceFormLemkeGambitTest} and {@code
 * ZeroSumLpGambitTest}.
 */
class SequenceFormReferenceTest {
  /**
   * Games whose equilibrium is unique, so any correct method must print Gambit's line: one extreme
   * equilibrium listed by Gambit's {@code enummixed} on the reduced strategic form (index.tsv rows
   * {@code enummixed}, num_equilibria = 1) — realisation-equivalent behaviour is then unique at
   * reached information sets.
   */
  private static final Set<String> UNIQUE =
      Set.of("doc__poker.efg", "contrib__bayes1a.efg", "contrib__cent2.efg");

  static Stream<ReferenceData.Row> lcpRows() {
    return ReferenceData.rows("lcp").stream().filter(r -> r.file().endsWith(".efg"));
  }

  static Stream<ReferenceData.Row> lpRows() {
    return ReferenceData.rows("lp").stream().filter(r -> r.file().endsWith(".efg"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lcpRows")
  void lemkeFindsACertifiedEquilibrium(ReferenceData.Row row) {
    check(row, new SequenceFormLemke());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lpRows")
  void lpFindsACertifiedEquilibriumWithGambitsValue(ReferenceData.Row row) {
    check(row, new SequenceFormLp());
  }

  private static void check(ReferenceData.Row row, ExtensiveFormSolver solver) {
    ExtensiveFormGame g = ReferenceData.efg(row.file());
    if (row.exitCode() != 0 || row.numEquilibria() == 0) {
      // Gambit refuses (e.g. "Computing equilibria of games with imperfect recall is not
      // supported")
      assertThatThrownBy(() -> solver.solve(g, SolveOptions.defaults()))
          .isInstanceOf(IllegalArgumentException.class);
      return;
    }
    SolverResult<BehaviourProfile> r = solver.solve(g, SolveOptions.defaults());
    assertThat(r).isInstanceOf(SolverResult.Complete.class);
    assertThat(r.equilibria()).hasSize(1);
    Equilibrium<BehaviourProfile> eq = r.equilibria().get(0);
    assertThat(eq.certificate().maxRegret()).as("regret").isLessThan(1e-6);
    List<double[]> gambit = ReferenceData.equilibria(row.output());
    assertThat(gambit).hasSize(1);
    BehaviourProfile theirs = BehaviourProfile.ofDoubles(ReferenceData.behaviour(g, gambit.get(0)));
    // Gambit's own answer passes our certificate too (a check of the certificate itself)
    for (double x : g.regrets(theirs)) {
      assertThat(x).as("regret of Gambit's profile").isLessThan(1e-6);
    }
    double[] ours = g.expectedPayoffs(eq.profile());
    double[] their = g.expectedPayoffs(theirs);
    if (g.isConstantSum()) {
      // all equilibria of a zero-sum game share the value (von Neumann)
      assertThat(ours[0]).isCloseTo(their[0], within(1e-6));
    }
    if (UNIQUE.contains(row.file())) {
      assertThat(eq.profile().flatten()).containsExactly(gambit.get(0), within(1e-6));
    }
  }

  @Test
  void kuhnPokerValueIsMinusOneEighteenth() {
    // games.md §5 (and Kuhn 1950): the value of Kuhn poker for player 1 is -1/18
    ExtensiveFormGame g = ReferenceData.efg("openspiel__kuhn_poker.efg");
    for (ExtensiveFormSolver s : List.of(new SequenceFormLp(), new SequenceFormLemke())) {
      Equilibrium<BehaviourProfile> eq = s.solve(g, SolveOptions.defaults()).equilibria().get(0);
      assertThat(eq.payoffs().get(0)).as(s.name()).isCloseTo(-1.0 / 18, within(1e-9));
      assertThat(eq.certificate().maxRegret()).isLessThan(1e-9);
    }
  }

  @Test
  void exactModeGivesGambitsFractions() {
    // Gambit 16.7.0, out/doc__poker__lcp__16.7.0.txt: NE,1,0,1/3,2/3,2/3,1/3
    ExtensiveFormGame g = ReferenceData.efg("doc__poker.efg");
    Equilibrium<BehaviourProfile> eq =
        new SequenceFormLemke()
            .solve(g, SolveOptions.defaults().withExact(true))
            .equilibria()
            .get(0);
    assertThat(eq.profile().isExact()).isTrue();
    assertThat(eq.certificate().exactRegrets()).isPresent();
    assertThat(eq.certificate().holds(0)).isTrue();
    assertThat(
            java.util.Arrays.stream(eq.profile().flattenExact().orElseThrow())
                .map(Object::toString)
                .toList())
        .containsExactly("1", "0", "1/3", "2/3", "2/3", "1/3");
  }
}
