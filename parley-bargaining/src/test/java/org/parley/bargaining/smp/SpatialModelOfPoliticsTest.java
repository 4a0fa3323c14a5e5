package org.parley.bargaining.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.bargaining.BargainingProblem;
import org.parley.bargaining.Dimension;
import org.parley.bargaining.Forecast;
import org.parley.bargaining.ktab.KtabCsvReader;

class SpatialModelOfPoliticsTest {

  private static BargainingProblem threeDim() throws IOException {
    return KtabCsvReader.read(KtabReferenceLog.resource("ktab_dummyData_3Dim.csv")).problem();
  }

  @Test
  void forecastCarriesTrajectoryConvergenceAndMoves() throws IOException {
    BargainingProblem problem = threeDim();
    SmpRun run = new SpatialModelOfPolitics().run(problem);
    Forecast f = run.toForecast();
    assertThat(f.model()).isEqualTo("smp");
    assertThat(f.parameters())
        .containsEntry("VotingRule", "Prop")
        .containsEntry("seed", Long.toUnsignedString(SmpParameters.KTAB_DEFAULT_SEED));
    assertThat(f.trajectory()).hasSize(11);
    assertThat(f.convergence().converged()).isTrue();
    assertThat(f.convergence().rounds()).isEqualTo(10);
    assertThat(f.settlement()).containsExactly(run.probabilityWeighted(), within(0.0));
    // Each move's "to" is the actor's position in the next state, and "from" the one before.
    assertThat(f.moves()).isNotEmpty();
    for (Forecast.Move m : f.moves()) {
      int actor = problem.actors().indexOf(m.actor());
      assertThat(m.from())
          .isEqualTo(f.trajectory().get(m.round() - 1).positions()[actor][m.dimension()]);
      assertThat(m.to()).isEqualTo(f.trajectory().get(m.round()).positions()[actor][m.dimension()]);
      assertThat(m.expectedGain()).isGreaterThan(SpatialModelOfPolitics.MIN_GAIN);
      assertThat(problem.actors()).contains(m.cause());
    }
    // Actor S02 never moves in the reference log (KTAB 2017 log, bargaining.md §2.14).
    assertThat(f.moves()).noneMatch(m -> m.actor().equals("SActor-02"));
    // Every actor chose once per turn.
    for (SmpTurn t : run.turns()) {
      assertThat(t.choices()).extracting(Choice::actor).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }
    Forecast most =
        new SpatialModelOfPolitics(
                SmpParameters.defaults().withPointForecast(PointForecast.MOST_PROBABLE))
            .forecast(problem);
    assertThat(most.settlement()).containsExactly(run.mostProbable(), within(0.0));
  }

  @Test
  void resultsDoNotDependOnTheNumberOfThreads() throws Exception {
    BargainingProblem problem = SmpPropertiesTest.randomProblem(20240601L, 30, 3);
    for (StateTransitions stm : StateTransitions.values()) {
      SpatialModelOfPolitics model =
          new SpatialModelOfPolitics(
              SmpParameters.defaults().withStateTransitions(stm).withSeed(7));
      SmpRun one = new ForkJoinPool(1).submit(() -> model.run(problem)).get();
      SmpRun two = new ForkJoinPool(2).submit(() -> model.run(problem)).get();
      SmpRun common = model.run(problem);
      for (SmpRun other : List.of(two, common)) {
        assertThat(other.states()).hasSameSizeAs(one.states());
        for (int t = 0; t < one.states().size(); t++) {
          assertThat(other.states().get(t).positions())
              .isDeepEqualTo(one.states().get(t).positions());
          assertThat(other.states().get(t).positionProbabilities())
              .containsExactly(one.states().get(t).positionProbabilities());
        }
        assertThat(other.moves()).isEqualTo(one.moves());
      }
    }
  }

  static Stream<Arguments> everyOption() {
    SmpParameters d = SmpParameters.defaults();
    Stream.Builder<Arguments> b = Stream.builder();
    for (VictoryProbModel v : VictoryProbModel.values()) {
      b.add(Arguments.of(d.withVictoryProbModel(v)));
    }
    for (PceModel v : PceModel.values()) {
      b.add(Arguments.of(d.withPceModel(v)));
    }
    for (VotingRule v : VotingRule.values()) {
      b.add(Arguments.of(d.withVotingRule(v)));
    }
    for (BigRAdjust v : BigRAdjust.values()) {
      b.add(Arguments.of(d.withBigRAdjust(v)));
    }
    for (BigRRange v : BigRRange.values()) {
      b.add(Arguments.of(d.withBigRRange(v)));
    }
    for (ThirdPartyCommit v : ThirdPartyCommit.values()) {
      b.add(Arguments.of(d.withThirdPartyCommit(v)));
    }
    for (InterVecBrgn v : InterVecBrgn.values()) {
      b.add(Arguments.of(d.withInterVecBrgn(v)));
    }
    for (BargnModel v : BargnModel.values()) {
      b.add(Arguments.of(d.withBargnModel(v)));
      b.add(Arguments.of(d.withBargnModel(v).withKtabCompat(true)));
    }
    b.add(Arguments.of(d.withStateTransitions(StateTransitions.STOCHASTIC)));
    return b.build();
  }

  @ParameterizedTest
  @MethodSource("everyOption")
  void everyOptionRunsToAValidState(SmpParameters parameters) throws IOException {
    BargainingProblem problem = threeDim();
    SmpRun run = new SpatialModelOfPolitics(parameters).run(problem);
    assertThat(run.turns().size()).isBetween(2, parameters.maxTurns());
    for (SmpState s : run.states()) {
      for (double r : s.riskAttitudes()) {
        double lo =
            parameters.bigRRange() == BigRRange.MIN
                ? 0
                : parameters.bigRRange() == BigRRange.MID ? -0.5 : -1;
        assertThat(r).isBetween(lo - 1e-12, 1 + 1e-12);
      }
      for (double[] x : s.positions()) {
        for (double v : x) {
          assertThat(v).isBetween(0.0, 100.0);
        }
      }
    }
    assertThat(run.converged())
        .isEqualTo(run.turns().get(run.turns().size() - 1).fractionalChange() < 0.02);
  }

  @Test
  void theTurnLimitEndsARunThatHasNotConverged() throws IOException {
    SmpRun run =
        new SpatialModelOfPolitics(SmpParameters.defaults().withMaxTurns(3)).run(threeDim());
    // The 3Dim reference log needs 10 turns (bargaining.md §2.14).
    assertThat(run.turns()).hasSize(3);
    assertThat(run.converged()).isFalse();
    assertThat(run.toForecast().convergence().detail()).contains("turn limit 3");
  }

  @Test
  void positionsAreMappedFromAndToTheDimensionScales() throws IOException {
    // The 3Dim table on scales [-50, 150] (twice as wide, shifted) gives the same run, rescaled.
    BargainingProblem p = threeDim();
    double[][] x = p.positions();
    for (double[] row : x) {
      for (int d = 0; d < row.length; d++) {
        row[d] = -50 + 2 * row[d];
      }
    }
    List<Dimension> dims =
        p.dimensions().stream().map(d -> new Dimension(d.id(), -50, 150)).toList();
    BargainingProblem scaled =
        new BargainingProblem(p.actors(), p.capabilities(), dims, x, p.saliences(), null);
    SmpRun a = new SpatialModelOfPolitics().run(p);
    SmpRun b = new SpatialModelOfPolitics().run(scaled);
    assertThat(b.states()).hasSameSizeAs(a.states());
    double[] wa = a.probabilityWeighted();
    double[] wb = b.probabilityWeighted();
    for (int d = 0; d < 3; d++) {
      assertThat(wb[d]).isCloseTo(-50 + 2 * wa[d], within(1e-9));
    }
  }

  @Test
  void degenerateProblemsRunWithoutFailing() {
    List<Dimension> one = List.of(new Dimension("x", 0, 100));
    // Everyone at one point: all positions equally likely, so risk attitudes 0; nobody moves.
    BargainingProblem same =
        new BargainingProblem(
            List.of("a", "b", "c"),
            new double[] {1, 2, 3},
            one,
            new double[][] {{40}, {40}, {40}},
            new double[][] {{0.5}, {0.7}, {0.9}},
            null);
    SmpRun run = new SpatialModelOfPolitics().run(same);
    assertThat(run.turns()).hasSize(2);
    assertThat(run.finalState().riskAttitudes()).containsOnly(0.0);
    assertThat(run.moves()).isEmpty();
    assertThat(run.probabilityWeighted()).containsExactly(40.0);
    // Two actors, and an actor with no salience at all (indifferent; KTAB would divide by zero).
    BargainingProblem two =
        new BargainingProblem(
            List.of("a", "b", "z"),
            new double[] {1, 1, 5},
            one,
            new double[][] {{10}, {90}, {50}},
            new double[][] {{0.8}, {0.4}, {0.0}},
            null);
    SmpRun r2 = new SpatialModelOfPolitics().run(two);
    for (SmpState st : r2.states()) {
      for (double[] x : st.positions()) {
        assertThat(x[0]).isBetween(10.0, 90.0);
      }
    }
    BargainingProblem pair =
        new BargainingProblem(
            List.of("a", "b"),
            new double[] {1, 3},
            one,
            new double[][] {{10}, {90}},
            new double[][] {{0.8}, {0.4}},
            null);
    assertThat(new SpatialModelOfPolitics().forecast(pair).settlement(0)).isBetween(10.0, 90.0);
  }

  @Test
  void anInterruptedRunIsCancelled() throws IOException {
    BargainingProblem problem = threeDim();
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> new SpatialModelOfPolitics().run(problem))
          .isInstanceOf(java.util.concurrent.CancellationException.class)
          .hasMessageContaining("turn 1");
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void saliencesSummingOverOneAreRejected() {
    BargainingProblem p =
        new BargainingProblem(
            List.of("a", "b", "c"),
            new double[] {1, 1, 1},
            List.of(new Dimension("x", 0, 1), new Dimension("y", 0, 1)),
            new double[][] {{0, 0}, {1, 1}, {0.5, 0.5}},
            new double[][] {{0.6, 0.6}, {0.5, 0.5}, {0.5, 0.5}},
            null);
    assertThatThrownBy(() -> new SpatialModelOfPolitics().forecast(p))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("actor 'a'")
        .hasMessageContaining("at most 1");
  }

  @Test
  void parametersValidateAndParseKtabNames() {
    assertThatThrownBy(() -> SmpParameters.defaults().withMaxTurns(1))
        .hasMessageContaining("maxTurns is 1");
    assertThat(VotingRule.ofIndex(2)).isEqualTo(VotingRule.PROP);
    assertThat(BargnModel.parse("PWCompInterp")).isEqualTo(BargnModel.PW_COMP_INTERP);
    assertThat(InterVecBrgn.parse("s2pmax")).isEqualTo(InterVecBrgn.S2PMAX);
    assertThatThrownBy(() -> PceModel.ofIndex(3)).hasMessageContaining("[0, 2]");
  }
}
