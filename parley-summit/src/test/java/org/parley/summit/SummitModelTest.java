package org.parley.summit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.parley.model.Phase;
import org.parley.model.Scenario;
import org.parley.summit.compliance.PhaseEquilibrium;

class SummitModelTest {
  private static final SummitOptions OPTIONS = SummitOptions.defaults();

  @Test
  void baselineOfThe2018Scenario() {
    SummitBaseline b = SummitAnalysis.analyze(TestScenarios.singapore(), OPTIONS);
    assertThat(b.settlement().model()).isEqualTo("eum");
    assertThat(b.credibility().hazards())
        .extracting(h -> h.classId())
        .containsExactly("commentaries", "all-reversals");
    assertThat(b.equilibria())
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.certified(OPTIONS.epsilon())).isTrue());
    assertThat(b.equilibria()).hasSameSizeAs(b.agreedPhases());
    // roll-back: ρ_3·V = 0.8·(1 − κ)·0.5·100 = 15.47 > B − C = 15 (scenario values), so when the
    // settlement agrees it, the complier stops before it
    if (b.agreedPhases().size() >= 3) {
      assertThat(b.stoppedBefore()).isEqualTo(3);
      assertThat(b.outcomes().reach(3)).isZero();
    }
    assertThat(b.outcomes().total()).isCloseTo(1, within(1e-12));
    for (PhaseEquilibrium e : b.equilibria()) {
      assertThat(e.sincere().comply()).isEqualTo(1.0);
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("org.parley.model.io.BuiltInScenarios#names")
  void everyBundledScenarioGivesACertifiedBaseline(String name) {
    Scenario s = org.parley.model.io.BuiltInScenarios.load(name).orElseThrow();
    SummitBaseline b = SummitAnalysis.analyze(s, OPTIONS);
    assertThat(b.outcomes().total()).isCloseTo(1, within(1e-12));
    assertThat(b.equilibria())
        .hasSameSizeAs(b.agreedPhases())
        .allSatisfy(e -> assertThat(e.certified(OPTIONS.epsilon())).isTrue());
    assertThat(b.credibility().hazards()).hasSameSizeAs(s.precedents().classes());
    assertThat(b.credibility().phaseRisks()).hasSameSizeAs(s.phases());
  }

  @Test
  void unknownForecasterIsRejectedWithItsName() {
    assertThatThrownBy(() -> SummitModel.of(OPTIONS.withForecaster("oracle")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'oracle'");
  }

  @Test
  void unreachableThresholdsMeanNoDeal() {
    Scenario s0 = TestScenarios.singapore();
    Phase p = s0.phases().get(0);
    Map<String, Double> impossible = new HashMap<>(p.thresholds());
    impossible.put("testing", 1000.0);
    Phase blocked =
        new Phase(
            p.id(),
            p.name(),
            impossible,
            p.implemented(),
            p.steps(),
            p.durationMonths(),
            p.access(),
            p.deterrentGivenUp(),
            p.complierBenefit(),
            p.complierCost());
    List<Phase> phases = new java.util.ArrayList<>(s0.phases());
    phases.set(0, blocked);
    Scenario s = TestScenarios.withPhases(s0, phases);
    Trial t =
        SummitModel.trial(s, OPTIONS, RandomGeneratorFactory.of("L64X128MixRandom").create(5));
    assertThat(t.outcome()).isInstanceOf(TrialOutcome.NoDeal.class);
    assertThat(SummitAnalysis.analyze(s, OPTIONS).noDeal()).isTrue();
  }

  @Test
  void trialsAreDeterministicAndThreadSafe() {
    SummitModel shared = SummitModel.of(OPTIONS);
    Scenario s = TestScenarios.singapore();
    List<Trial> sequential =
        IntStream.range(0, 400)
            .mapToObj(
                i ->
                    SummitModel.of(OPTIONS)
                        .trial(s, RandomGeneratorFactory.of("L64X128MixRandom").create(i)))
            .toList();
    List<Trial> parallel =
        IntStream.range(0, 400)
            .parallel()
            .mapToObj(i -> shared.trial(s, RandomGeneratorFactory.of("L64X128MixRandom").create(i)))
            .toList();
    assertThat(parallel).isEqualTo(sequential);
  }

  @Test
  void trialsFollowTheExactDistribution() {
    Scenario s = TestScenarios.singapore();
    SummitBaseline b = SummitAnalysis.analyze(s, OPTIONS);
    SummitModel model = SummitModel.of(OPTIONS);
    var rng = RandomGeneratorFactory.of("L64X128MixRandom").create(2018);
    int n = 10_000;
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < n; i++) {
      counts.merge(model.trial(s, rng).outcome().label(), 1, Integer::sum);
    }
    b.outcomes()
        .probabilities()
        .forEach(
            (label, p) -> {
              double sd = Math.sqrt(p * (1 - p) / n);
              assertThat(counts.getOrDefault(label, 0) / (double) n)
                  .as(label)
                  .isCloseTo(p, within(5 * sd + 1e-9));
            });
  }
}
