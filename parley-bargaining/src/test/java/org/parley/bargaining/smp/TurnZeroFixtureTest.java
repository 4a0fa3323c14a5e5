package org.parley.bargaining.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.bargaining.BargainingProblem;
import org.parley.bargaining.ktab.KtabCsvReader;

/**
 * The turn-0 fixtures of bargaining.md §2.14 (KTAB 2017 reference log of {@code dummyData_3Dim},
 * default parameters) and the final-state figures of §9. Tolerances are half a unit in the last
 * printed decimal.
 */
class TurnZeroFixtureTest {
  private static final double HALF_3DP = 0.0005 + 1e-12;
  private static final double HALF_4DP = 0.00005 + 1e-12;

  private static BargainingProblem problem;
  private static SpatialModelOfPolitics.Engine engine;
  private static SpatialModelOfPolitics.Engine.Analysis turn0;

  @BeforeAll
  static void load() throws IOException {
    problem = KtabCsvReader.read(KtabReferenceLog.resource("ktab_dummyData_3Dim.csv")).problem();
    engine = new SpatialModelOfPolitics.Engine(SmpParameters.defaults(), problem);
    turn0 = engine.new Analysis(engine.normalizedInput());
  }

  /** bargaining.md §2.14, risk-neutral utility matrix U0[i][j] (KTAB log, 3 decimals). */
  private static final double[][] U0 = {
    {1.000, 0.903, 0.639, 0.870, 0.929, 0.882, 0.890},
    {0.675, 1.000, 0.635, 0.825, 0.858, 0.767, 0.746},
    {0.556, 0.636, 1.000, 0.603, 0.573, 0.485, 0.465},
    {0.642, 0.802, 0.570, 1.000, 0.896, 0.800, 0.811},
    {0.805, 0.862, 0.622, 0.839, 1.000, 0.913, 0.872},
    {0.766, 0.665, 0.453, 0.807, 0.890, 1.000, 0.935},
    {0.813, 0.725, 0.422, 0.816, 0.866, 0.913, 1.000},
  };

  @Test
  void riskNeutralUtilities() {
    for (int i = 0; i < 7; i++) {
      for (int j = 0; j < 7; j++) {
        assertThat(SpatialModelOfPolitics.utility(turn0.dist[i][j], 0))
            .as("U0[%d][%d]", i, j)
            .isCloseTo(U0[i][j], within(HALF_3DP));
      }
    }
  }

  @Test
  void riskNeutralPceAndRiskAttitudes() {
    // bargaining.md §2.14: p "computed independently", R from KTAB's log (Mid range).
    double[] p = {0.0018, 0.0209, 0.0021, 0.1078, 0.7054, 0.1276, 0.0345};
    double[] r = {-0.500, -0.459, -0.499, -0.274, 1.000, -0.232, -0.430};
    for (int i = 0; i < 7; i++) {
      assertThat(turn0.riskNeutralProb[i]).as("p[%d]", i).isCloseTo(p[i], within(HALF_4DP));
      assertThat(turn0.risk[i]).as("R[%d]", i).isCloseTo(r[i], within(HALF_3DP));
    }
  }

  @Test
  void riskAwareAndPerspectiveRows() {
    // bargaining.md §2.14: risk-aware matrix row 0, and actor 0's perspective matrix row 1 (KTAB
    // log).
    double[] own0 = {1.0000, 0.8593, 0.5233, 0.8136, 0.8958, 0.8297, 0.8410};
    double[] persp01 = {0.5681, 1.0000, 0.5220, 0.7546, 0.7989, 0.6806, 0.6544};
    for (int j = 0; j < 7; j++) {
      assertThat(turn0.own[0][j]).as("own[0][%d]", j).isCloseTo(own0[j], within(HALF_4DP));
      assertThat(turn0.perspective(0, 1, j))
          .as("U^0[1][%d]", j)
          .isCloseTo(persp01[j], within(HALF_4DP));
    }
  }

  @Test
  void stateZeroPositionProbabilities() {
    // bargaining.md §2.14 (= first column of the KTAB log's probability history).
    double[] p = {0.0047, 0.0302, 0.0054, 0.1492, 0.6001, 0.1447, 0.0656};
    for (int i = 0; i < 7; i++) {
      assertThat(turn0.actorProb[i]).as("p[%d]", i).isCloseTo(p[i], within(HALF_4DP));
    }
  }

  @Test
  void bestTargetsAndGains() {
    // bargaining.md §2.14: 0->6 0.095, 1->0 0.281, 2->6 0.471, 3->0 0.284, 4->0 0.012, 5->1 0.299,
    // 6->1 0.029.
    int[] target = {6, 0, 6, 0, 0, 1, 1};
    double[] gain = {0.095, 0.281, 0.471, 0.284, 0.012, 0.299, 0.029};
    for (int i = 0; i < 7; i++) {
      double[] best = turn0.bestChallenge(i);
      assertThat(best).as("best challenge of %d", i).isNotNull();
      assertThat((int) best[0]).as("target of %d", i).isEqualTo(target[i]);
      assertThat(best[2]).as("gain of %d", i).isCloseTo(gain[i], within(HALF_3DP));
    }
  }

  @Test
  void challengeEstimatesAndBargainZeroSix() {
    // bargaining.md §2.14: by 0: P = 0.7643, gain to 0 +0.0947, gain to 6 -0.1548;
    // by 6: P = 0.7660, gain to 0 +0.0925, gain to 6 -0.1514.
    double[] by0 = turn0.estimate(0, 0, 6, 0, 6);
    double[] by6 = turn0.estimate(6, 0, 6, 0, 6);
    assertThat(by0).containsExactly(new double[] {0.7643, 0.0947, -0.1548}, within(HALF_4DP));
    assertThat(by6).containsExactly(new double[] {0.7660, 0.0925, -0.1514}, within(HALF_4DP));
    // Bargain 0->6 from 0's view: 0 adopts (75.610, 24.780, 71.950), 6 adopts (75.610, 24.790,
    // 71.950).
    double[][] b = engine.interpolate(turn0.x, 0, 6, by0[0]);
    assertThat(engine.toScale(b[0]))
        .containsExactly(new double[] {75.610, 24.780, 71.950}, within(1e-9));
    assertThat(engine.toScale(b[1]))
        .containsExactly(new double[] {75.610, 24.790, 71.950}, within(1e-9));
  }

  @Test
  void challengesRecordedInTheRun() {
    SmpRun run = new SpatialModelOfPolitics().run(problem);
    List<Challenge> first = run.turns().get(0).challenges();
    assertThat(first).extracting(Challenge::target).containsExactly(6, 0, 6, 0, 0, 1, 1);
    Challenge c06 = first.get(0);
    assertThat(c06.probability()).isCloseTo(0.7643, within(HALF_4DP));
    assertThat(c06.gainToTarget()).isCloseTo(-0.1548, within(HALF_4DP));
    assertThat(c06.probabilityByTarget()).isCloseTo(0.7660, within(HALF_4DP));
    assertThat(c06.gainToInitiatorByTarget()).isCloseTo(0.0925, within(HALF_4DP));
    assertThat(c06.gainToTargetByTarget()).isCloseTo(-0.1514, within(HALF_4DP));
    assertThat(c06.initiatorAdopts())
        .containsExactly(new double[] {75.610, 24.780, 71.950}, within(1e-9));
  }

  @Test
  void finalStatePointForecasts() throws IOException {
    // bargaining.md §9: 3Dim most probable (79.9, 34.4, 75.2) p = 0.4009, probability-weighted
    // (78.09, 35.64, 72.19).
    SmpRun run = new SpatialModelOfPolitics().run(problem);
    assertThat(run.mostProbable())
        .containsExactly(new double[] {79.9, 34.4, 75.2}, within(0.05 + 1e-9));
    assertThat(run.finalState().positionProbabilities()[5]).isCloseTo(0.4009, within(HALF_4DP));
    // §9's probability-weighted figure matches the printed (0.1-rounded) positions and 4-decimal
    // probabilities of the log, truncated to 2 decimals; from those, it is only good to about 0.05.
    assertThat(run.probabilityWeighted())
        .containsExactly(new double[] {78.09, 35.64, 72.19}, within(0.05));
    // The certificate: the weighted point is the mean of the distinct positions under their
    // probabilities.
    SmpState last = run.finalState();
    double[] weighted = new double[3];
    double total = 0;
    for (int i = 0; i < 7; i++) {
      if (last.distinctOf()[i] == i) {
        total += last.positionProbabilities()[i];
        for (int d = 0; d < 3; d++) {
          weighted[d] += last.positionProbabilities()[i] * last.position(i, d);
        }
      }
    }
    assertThat(total).isCloseTo(1.0, within(1e-12));
    assertThat(run.probabilityWeighted()).containsExactly(weighted, within(1e-9));

    // bargaining.md §9: SOE-Pol-Comp most probable (38.8, 30.7) p = 0.2330, probability-weighted
    // (39.73, 32.78).
    BargainingProblem soe =
        KtabCsvReader.read(KtabReferenceLog.resource("ktab_SOE-Pol-Comp.csv")).problem();
    SmpRun soeRun = new SpatialModelOfPolitics().run(soe);
    assertThat(soeRun.mostProbable())
        .containsExactly(new double[] {38.8, 30.7}, within(0.05 + 1e-9));
    assertThat(soeRun.probabilityWeighted())
        .containsExactly(new double[] {39.73, 32.78}, within(0.005 + 1e-9));
    int mof = soe.actors().indexOf("MOF");
    assertThat(soeRun.finalState().positionProbabilities()[mof])
        .isCloseTo(0.2330, within(HALF_4DP));
  }
}
