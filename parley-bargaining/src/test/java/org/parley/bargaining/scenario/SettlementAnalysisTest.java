package org.parley.bargaining.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.bargaining.CompromiseModel;
import org.parley.bargaining.WeightedMedian;
import org.parley.model.Phase;
import org.parley.model.Scenario;
import org.parley.model.io.BuiltInScenarios;

class SettlementAnalysisTest {
  private final Scenario singapore = BuiltInScenarios.load("singapore-2018").orElseThrow();

  @Test
  void compromiseOnDenuclearisationIsTheCapabilitySalienceWeightedMean() {
    // Closed form (bargaining.md §4.1) on the scenario's inputs: sum c s x / sum c s with
    // US (1.0, 0.9, 100), DPRK (0.45, 1.0, 20), ROK (0.4, 0.7, 80), China (0.7, 0.6, 60), Japan
    // (0.3, 0.8, 100).
    double num =
        1.0 * 0.9 * 100 + 0.45 * 1.0 * 20 + 0.4 * 0.7 * 80 + 0.7 * 0.6 * 60 + 0.3 * 0.8 * 100;
    double den = 1.0 * 0.9 + 0.45 * 1.0 + 0.4 * 0.7 + 0.7 * 0.6 + 0.3 * 0.8;
    var result = SettlementAnalysis.run(singapore, new CompromiseModel());
    assertThat(result.settlement().get("denuclearisation")).isCloseTo(num / den, within(1e-9));
  }

  @Test
  void theIssueProblemLeavesOutActorsWithoutPositions() {
    var p = ScenarioBargaining.issueProblem(singapore, singapore.issue("sanctions").orElseThrow());
    assertThat(p.actors()).containsExactly("US", "DPRK", "ROK", "China", "Japan");
    assertThat(p.statusQuo()).hasValueSatisfying(sq -> assertThat(sq).containsExactly(0.0));
  }

  @Test
  void fullProblemHasEveryIssueAsADimension() {
    var p = ScenarioBargaining.fullProblem(singapore);
    assertThat(p.dimensionCount()).isEqualTo(5);
    assertThat(p.actors()).doesNotContain("IAEA");
  }

  @Test
  void ladderStopsAtTheFirstUnmetThresholdAndNamesTheShortfall() {
    Map<String, Double> settlement =
        Map.of(
            "denuclearisation",
            50.0,
            "sanctions",
            45.0,
            "security",
            70.0,
            "exercises",
            55.0,
            "testing",
            90.0);
    LadderReading r = LadderReading.of(singapore, settlement);
    assertThat(r.agreed()).extracting(Phase::id).containsExactly("freeze-for-freeze", "halt");
    assertThat(r.blocked()).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo("roll-back"));
    assertThat(r.shortfalls())
        .extracting(LadderReading.Shortfall::issue)
        .containsExactly("denuclearisation", "sanctions");
  }

  @Test
  void noPhaseReachedIsNoDeal() {
    Map<String, Double> settlement =
        Map.of(
            "denuclearisation",
            0.0,
            "sanctions",
            0.0,
            "security",
            0.0,
            "exercises",
            0.0,
            "testing",
            0.0);
    assertThat(LadderReading.of(singapore, settlement).noDeal()).isTrue();
  }

  @Test
  void everyModelGivesASettlementInsideEachScale() {
    for (var m :
        SettlementAnalysis.run(singapore, List.of(new CompromiseModel(), new WeightedMedian()))) {
      m.settlement().forEach((issue, y) -> assertThat(y).isBetween(0.0, 100.0));
    }
  }

  @Test
  void salienceSharesSumToAtMostOneAndKeepTheirRatios() {
    var full = ScenarioBargaining.fullProblem(singapore);
    var shares = ScenarioBargaining.fullProblemAsShares(singapore);
    for (int i = 0; i < shares.actorCount(); i++) {
      double sum = 0;
      for (int d = 0; d < shares.dimensionCount(); d++) {
        sum += shares.salience(i, d);
        assertThat(shares.salience(i, d) * full.salience(i, 0))
            .isCloseTo(full.salience(i, d) * shares.salience(i, 0), within(1e-12));
      }
      assertThat(sum).isLessThanOrEqualTo(1 + 1e-12);
    }
  }
}
