package org.parley.games.seqform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.ReducedNormalForm;
import org.parley.games.io.EfgFormat;
import org.parley.games.solver.SolveOptions;

/**
 * Differential tests: what the sequence-form solvers find must be an equilibrium of the reduced
 * normal form too (an independent best-response computation over pure reduced strategies), with the
 * same payoffs; on zero-sum games Lemke and LP must agree on the value.
 */
class SequenceFormDifferentialTest {

  /** Kuhn's mixed representation of a behaviour profile on the reduced normal form. */
  static MixedProfile toMixed(ReducedNormalForm rnf, BehaviourProfile b) {
    NormalFormGame g = rnf.game();
    double[][] m = new double[g.numPlayers()][];
    for (int i = 0; i < g.numPlayers(); i++) {
      m[i] = new double[g.numStrategies(i)];
      double sum = 0;
      for (int s = 0; s < m[i].length; s++) {
        int[] st = rnf.strategy(i, s);
        double p = 1;
        for (int h = 0; h < st.length; h++) {
          if (st[h] >= 0) {
            p *= b.probability(i, h, st[h]);
          }
        }
        m[i][s] = p;
        sum += p;
      }
      for (int s = 0; s < m[i].length; s++) {
        m[i][s] /= sum;
      }
    }
    return MixedProfile.ofDoubles(m);
  }

  private static void assertEquilibriumOfReducedForm(ExtensiveFormGame g, BehaviourProfile b) {
    ReducedNormalForm rnf = ReducedNormalForm.of(g);
    MixedProfile m = toMixed(rnf, b);
    double[] regrets = rnf.game().regrets(m);
    assertThat(regrets[0]).as("player 1 regret on the reduced normal form").isLessThan(1e-7);
    assertThat(regrets[1]).as("player 2 regret on the reduced normal form").isLessThan(1e-7);
    assertThat(rnf.game().expectedPayoffs(m)).containsExactly(g.expectedPayoffs(b), within(1e-9));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "doc__poker.efg",
        "openspiel__kuhn_poker.efg",
        "catalog__books__watson2013__fig29_1.efg",
        "contrib__bayes1a.efg",
        "contrib__cent2.efg",
        "catalog__journals__ijgt__selten1975__fig2.efg",
        "tests__zerosum_efg_from_sequence_form_STOC94_paper.efg",
        "own__nonterminal.efg",
        "contrib__caro2_relabeled.efg"
      })
  void lemkeEquilibriumIsAnEquilibriumOfTheReducedNormalForm(String file) {
    ExtensiveFormGame g = ReferenceData.efg(file);
    BehaviourProfile b =
        new SequenceFormLemke().solve(g, SolveOptions.defaults()).equilibria().get(0).profile();
    assertEquilibriumOfReducedForm(g, b);
    if (g.isConstantSum()) {
      BehaviourProfile lp =
          new SequenceFormLp().solve(g, SolveOptions.defaults()).equilibria().get(0).profile();
      assertEquilibriumOfReducedForm(g, lp);
      assertThat(g.expectedPayoffs(lp)[0]).isCloseTo(g.expectedPayoffs(b)[0], within(1e-9));
    }
  }

  private static final Pattern PAYOFFS = Pattern.compile("\\{ *(-?[0-9./]+)[ ,]+(-?[0-9./]+) *\\}");

  /** The tree of {@code file} with every outcome's payoffs replaced by seeded random integers. */
  static ExtensiveFormGame randomPayoffs(String file, long seed, boolean zeroSum) throws Exception {
    Random rnd = new Random(seed);
    Matcher m = PAYOFFS.matcher(ReferenceData.text("games/" + file));
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      int a = rnd.nextInt(21) - 10;
      int b = zeroSum ? -a : rnd.nextInt(21) - 10;
      m.appendReplacement(sb, "{ " + a + " " + b + " }");
    }
    m.appendTail(sb);
    return EfgFormat.read(sb.toString());
  }

  private static final List<String> TREES =
      List.of(
          "openspiel__kuhn_poker.efg",
          "contrib__bayes1a.efg",
          "contrib__cent2.efg",
          "contrib__montyhal.efg",
          "catalog__books__watson2013__fig29_1.efg");

  @Property(tries = 25, seed = "20261125")
  void lemkeSolvesRandomGeneralSumGamesOnReferenceTrees(
      @ForAll @IntRange(min = 0, max = 4) int tree, @ForAll long seed) throws Exception {
    ExtensiveFormGame g = randomPayoffs(TREES.get(tree), seed, false);
    var eq = new SequenceFormLemke().solve(g, SolveOptions.defaults()).equilibria().get(0);
    assertThat(eq.certificate().maxRegret()).isLessThan(1e-7);
    if (!TREES.get(tree).equals("contrib__montyhal.efg")) { // its reduced form is large
      assertEquilibriumOfReducedForm(g, eq.profile());
    }
  }

  @Property(tries = 25, seed = "20261125")
  void lemkeAndLpAgreeOnTheValueOfRandomZeroSumGames(
      @ForAll @IntRange(min = 0, max = 4) int tree, @ForAll long seed) throws Exception {
    ExtensiveFormGame g = randomPayoffs(TREES.get(tree), seed, true);
    var lemke = new SequenceFormLemke().solve(g, SolveOptions.defaults()).equilibria().get(0);
    var lp = new SequenceFormLp().solve(g, SolveOptions.defaults()).equilibria().get(0);
    assertThat(lemke.certificate().maxRegret()).isLessThan(1e-7);
    assertThat(lp.certificate().maxRegret()).isLessThan(1e-7);
    assertThat(lemke.payoffs().get(0)).isCloseTo(lp.payoffs().get(0), within(1e-7));
  }
}
