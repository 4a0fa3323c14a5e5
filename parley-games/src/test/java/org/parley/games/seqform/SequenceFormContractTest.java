package org.parley.games.seqform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.Rational;
import org.parley.games.solver.ExtensiveFormSolver;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/** Contract of the sequence-form solvers and invariants of {@link SequenceForm}. */
class SequenceFormContractTest {
  private static final List<ExtensiveFormSolver> SOLVERS =
      List.of(new SequenceFormLemke(), new SequenceFormLp());

  @Test
  void rejectsGamesWithoutTwoPlayers() {
    // selten1975 fig 1 has three players (index.tsv: Gambit runs no lcp/lp on it)
    ExtensiveFormGame g = ReferenceData.efg("catalog__journals__ijgt__selten1975__fig1.efg");
    for (ExtensiveFormSolver s : SOLVERS) {
      assertThatThrownBy(() -> s.solve(g, SolveOptions.defaults()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("two-player");
    }
  }

  @Test
  void rejectsImperfectRecallLikeGambit() {
    // index.tsv, wichardt2008: "Computing equilibria of games with imperfect recall is not
    // supported."
    ExtensiveFormGame g = ReferenceData.efg("catalog__journals__geb__wichardt2008.efg");
    assertThatThrownBy(() -> SequenceForm.of(g))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("imperfect recall");
  }

  @Test
  void lpRejectsGeneralSumGames() {
    ExtensiveFormGame g = ReferenceData.efg("catalog__books__watson2013__fig29_1.efg");
    assertThatThrownBy(() -> new SequenceFormLp().solve(g, SolveOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zero-sum");
  }

  @Test
  void aPassedDeadlineStopsTheRun() {
    ExtensiveFormGame g = ReferenceData.efg("contrib__montyhal.efg"); // about 45 pivots
    SolverResult<BehaviourProfile> r =
        new SequenceFormLemke().solve(g, SolveOptions.defaults().withTimeout(Duration.ofNanos(1)));
    assertThat(r).isInstanceOf(SolverResult.Stopped.class);
    assertThat(((SolverResult.Stopped<BehaviourProfile>) r).reason())
        .isEqualTo(SolverResult.StopReason.TIMEOUT);
    assertThat(r.equilibria()).isEmpty();
  }

  @Test
  void resultsCarryStatistics() {
    ExtensiveFormGame g = ReferenceData.efg("openspiel__kuhn_poker.efg");
    for (ExtensiveFormSolver s : SOLVERS) {
      SolverResult<BehaviourProfile> r = s.solve(g, SolveOptions.defaults());
      assertThat(r.statistics().method()).isEqualTo(s.name());
      assertThat(r.statistics().iterationUnit()).isEqualTo("pivots");
      assertThat(r.statistics().iterations()).isPositive();
      assertThat(r.statistics().counters())
          .containsEntry("sequences1", 13L)
          .containsEntry("sequences2", 13L);
    }
  }

  @Test
  void sequenceFormOfKuhnPokerHasKnownSize() {
    // KMvS (1996) §2: Kuhn poker has 6 information sets and 13 sequences per player
    SequenceForm sf = SequenceForm.of(ReferenceData.efg("openspiel__kuhn_poker.efg"));
    assertThat(sf.numSequences(0)).isEqualTo(13);
    assertThat(sf.numSequences(1)).isEqualTo(13);
    assertThat(sf.numInfosets(0)).isEqualTo(6);
    assertThat(sf.isConstantSum(1e-12)).isTrue();
  }

  @Property(tries = 50, seed = "20261125")
  void behaviourToPlanGivesARealisationPlanAndBack(
      @ForAll("seeds") long seed, @ForAll @IntRange(min = 0, max = 1) int player) {
    SequenceForm sf = SequenceForm.of(ReferenceData.efg("contrib__montyhal.efg"));
    java.util.Random rnd = new java.util.Random(seed);
    double[][] beh = new double[sf.numInfosets(player)][];
    for (int h = 0; h < beh.length; h++) {
      beh[h] = new double[sf.numActions(player, h)];
      double sum = 0;
      for (int a = 0; a < beh[h].length; a++) {
        beh[h][a] = rnd.nextDouble() + 1e-3;
        sum += beh[h][a];
      }
      for (int a = 0; a < beh[h].length; a++) {
        beh[h][a] /= sum;
      }
    }
    double[] plan = sf.behaviourToPlan(player, beh);
    double[][] e = sf.constraintMatrix(player);
    double[] rhs = sf.constraintRhs(player);
    for (int r = 0; r < e.length; r++) {
      double s = 0;
      for (int k = 0; k < plan.length; k++) {
        s += e[r][k] * plan[k];
      }
      assertThat(s).isCloseTo(rhs[r], within(1e-12));
    }
    double[][] back = sf.planToBehaviour(player, plan, 0);
    for (int h = 0; h < beh.length; h++) {
      assertThat(back[h]).containsExactly(beh[h], within(1e-12));
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Long> seeds() {
    return net.jqwik.api.Arbitraries.longs();
  }

  @Test
  void lemkeSolvesLeducPoker() {
    // regression: the path reached z0 ≈ 4e-13 and then ended on a ray; Lemke's rule (let z0 leave
    // at the minimum ratio) ends it there. Certificate computed from scratch.
    ExtensiveFormGame g = ReferenceData.efg("openspiel__leduc_poker.efg");
    var r = new SequenceFormLemke().solve(g, SolveOptions.defaults());
    assertThat(r).isInstanceOf(SolverResult.Complete.class);
    assertThat(r.equilibria().get(0).certificate().maxRegret()).isLessThan(1e-9);
  }

  @Test
  @org.junit.jupiter.api.Tag("slow")
  void lemkeSolvesTheRandomPokerGame() {
    // 253/505 sequences; without periodic refactorisation the double-precision path drifts and ends
    // at a non-equilibrium (regret 0.92); the value must equal the LP's (zero-sum)
    ExtensiveFormGame g = ReferenceData.efg("gen__randpoker_T6_D6_s1_zs.efg");
    var lemke = new SequenceFormLemke().solve(g, SolveOptions.defaults()).equilibria().get(0);
    var lp = new SequenceFormLp().solve(g, SolveOptions.defaults()).equilibria().get(0);
    assertThat(lemke.certificate().maxRegret()).isLessThan(1e-9);
    assertThat(lp.certificate().maxRegret()).isLessThan(1e-9);
    assertThat(lemke.payoffs().get(0)).isCloseTo(lp.payoffs().get(0), within(1e-9));
  }

  @Test
  void everySolverHandlesTreesWithoutPersonalMoves() throws Exception {
    // games.md §3: a game with no personal moves has the empty profile (Gambit prints a bare "NE")
    ExtensiveFormGame g =
        org.parley.games.io.EfgFormat.read(
            "EFG 2 R \"chance only\" { \"A\" \"B\" }\n\"\"\n\nc \"\" 1 \"\" { \"h\" 1/2 \"t\" 1/2 } 0\n"
                + "t \"\" 1 \"o1\" { 1, -1 }\nt \"\" 2 \"o2\" { 2, -2 }\n");
    List<ExtensiveFormSolver> all =
        List.of(
            new SequenceFormLemke(),
            new SequenceFormLp(),
            new org.parley.games.cfr.CfrPlus(),
            new org.parley.games.logit.LogitTracing(),
            new org.parley.games.simpdiv.SimplicialSubdivision());
    for (ExtensiveFormSolver s : all) {
      SolverResult<BehaviourProfile> r = s.solve(g, SolveOptions.defaults());
      assertThat(r.equilibria()).as(s.name()).hasSize(1);
      assertThat(r.equilibria().get(0).profile().flatten()).as(s.name()).isEmpty();
      // expected payoff 1/2·1 + 1/2·2 = 3/2 for player A (closed form)
      assertThat(r.equilibria().get(0).payoffs().get(0)).as(s.name()).isCloseTo(1.5, within(1e-12));
    }
  }

  @Test
  void rationaliseFindsSmallFractions() {
    assertThat(ExactRecovery.rationalise(1.0 / 3, 1000, 1e-12)).contains(Rational.of(1, 3));
    assertThat(ExactRecovery.rationalise(-0.055555555555555525, 1000, 1e-12))
        .contains(Rational.of(-1, 18));
    assertThat(ExactRecovery.rationalise(Math.PI, 100, 1e-9)).isEmpty();
  }
}
