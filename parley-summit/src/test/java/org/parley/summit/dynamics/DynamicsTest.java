package org.parley.summit.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.parley.model.Scenario;
import org.parley.model.Stakes;
import org.parley.summit.SummitOptions;
import org.parley.summit.TestScenarios;
import org.parley.summit.Trial;
import org.parley.summit.TrialOutcome;
import org.parley.summit.credibility.CredibilityAnalysis;

class DynamicsTest {
  private static final SummitOptions OPTIONS = SummitOptions.defaults();

  private static Dynamics dynamics(Scenario s, int agreed) {
    return new Dynamics(s, agreed, CredibilityAnalysis.of(s, OPTIONS), OPTIONS);
  }

  private static RandomGenerator rng(long seed) {
    return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
  }

  @Test
  void exactDistributionSumsToOneAndMatchesSampling() {
    Scenario s = TestScenarios.withStakes(TestScenarios.singapore(), new Stakes(40, 40, 1000));
    Dynamics d = dynamics(s, 4);
    OutcomeDistribution exact = d.distribution();
    assertThat(exact.total()).isCloseTo(1, within(1e-12));
    int n = 20_000;
    RandomGenerator rng = rng(7);
    Map<String, Integer> counts = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      counts.merge(d.sample(rng).outcome().label(), 1, Integer::sum);
    }
    assertThat(exact.probabilities().keySet()).containsAll(counts.keySet());
    exact
        .probabilities()
        .forEach(
            (label, p) -> {
              double freq = counts.getOrDefault(label, 0) / (double) n;
              double sd = Math.sqrt(p * (1 - p) / n);
              // 5 standard errors at a fixed seed: fails on a real mismatch of the two computations
              assertThat(freq).as(label).isCloseTo(p, within(5 * sd + 1e-9));
            });
    assertThat(exact.probabilities()).containsKey("COMPLETE");
    assertThat(exact.probabilities()).containsKey("HOLLOW");
  }

  @Test
  void sameStreamSameTrials() {
    Dynamics d = dynamics(TestScenarios.singapore(), 3);
    RandomGenerator a = rng(11);
    RandomGenerator b = rng(11);
    for (int i = 0; i < 500; i++) {
      assertThat(d.sample(a)).isEqualTo(dynamics(TestScenarios.singapore(), 3).sample(b));
    }
  }

  @Property(tries = 150)
  void moreAssuranceStrengthNeverLowersTheChanceOfADeeperPhase(
      @ForAll @DoubleRange(min = 0, max = 1) double s1,
      @ForAll @DoubleRange(min = 0, max = 1) double s2,
      @ForAll @DoubleRange(min = 0, max = 1) double s3,
      @ForAll @DoubleRange(min = 0, max = 1) double more,
      @ForAll @DoubleRange(min = 0, max = 300) double regimeValue,
      @ForAll @DoubleRange(min = 0, max = 100) double penalty,
      @ForAll @DoubleRange(min = 0, max = 1) double detectionUndeclared,
      @ForAll @DoubleRange(min = 0, max = 0.3) double falseAlarm,
      @ForAll @DoubleRange(min = 0, max = 30) double effort) {
    // summit.md §4, with every phase of the 2018 ladder agreed and its stakes and verification
    // regime varied widely: raising the third assurance (China) by `more` (capped at 1).
    Scenario base =
        TestScenarios.withVerification(
            TestScenarios.withStakes(
                TestScenarios.singapore(), new Stakes(regimeValue, penalty, 1000)),
            v ->
                TestScenarios.regime(
                    v,
                    effort,
                    v.detectionDeclared(),
                    detectionUndeclared,
                    v.baselineDetection(),
                    falseAlarm));
    OutcomeDistribution weak =
        dynamics(TestScenarios.withStrengths(base, s1, s2, s3), 4).distribution();
    OutcomeDistribution strong =
        dynamics(TestScenarios.withStrengths(base, s1, s2, Math.min(1, s3 + more)), 4)
            .distribution();
    for (int j = 1; j <= 4; j++) {
      assertThat(strong.reach(j)).as("phase %d", j).isGreaterThanOrEqualTo(weak.reach(j) - 1e-12);
    }
    assertThat(strong.expectedDeepestPhase())
        .isGreaterThanOrEqualTo(weak.expectedDeepestPhase() - 1e-12);
  }

  @Test
  void assuranceStrengthCanOpenADeeperPhase() {
    // So that the property above can fail: at the scenario's strengths the complier stops before
    // roll-back (ρ_3·V = 15.47 > B − C = 15); a ratified-treaty-like third assurance opens it.
    OutcomeDistribution weak = dynamics(TestScenarios.singapore(), 4).distribution();
    OutcomeDistribution strong =
        dynamics(TestScenarios.withStrengths(TestScenarios.singapore(), 0.15, 0.3, 0.9), 4)
            .distribution();
    assertThat(weak.reach(3)).isZero();
    assertThat(strong.reach(3)).isPositive();
  }

  @Test
  void theComplierStopsWhenRegimeRiskOutweighsTheNetBenefit() {
    // Roll-back: B − C = 45 − 30 = 15 and ρ_3 = 0.8 (1 − κ) 0.5 = 0.1547 (scenario values), so V =
    // 100
    // gives ρ_3·V = 15.47 > 15: the complier stops after halt.
    Dynamics d = dynamics(TestScenarios.singapore(), 4);
    assertThat(d.stopsBefore(1)).isFalse();
    assertThat(d.stopsBefore(2)).isFalse();
    assertThat(d.stopsBefore(3)).isTrue();
    Dynamics lower =
        dynamics(TestScenarios.withStakes(TestScenarios.singapore(), new Stakes(96, 40, 1000)), 4);
    assertThat(lower.stopsBefore(3)).isFalse();
    OutcomeDistribution dist = d.distribution();
    assertThat(dist.reach(3)).isZero();
    assertThat(dist.probability("STALLED_AT(2)")).isPositive();
  }

  @Test
  void noAgreedPhaseMeansNoDeal() {
    Dynamics d = dynamics(TestScenarios.singapore(), 0);
    assertThat(d.distribution().probabilities()).containsOnlyKeys("NO_DEAL");
    Trial t = d.sample(rng(1));
    assertThat(t.outcome()).isEqualTo(new TrialOutcome.NoDeal());
    assertThat(t.deepestPhase()).isZero();
  }

  @Test
  void fullAssuranceMeansNoReneging() {
    Scenario s = TestScenarios.withStrengths(TestScenarios.singapore(), 1, 0.3, 0.35);
    OutcomeDistribution dist = dynamics(s, 4).distribution();
    assertThat(dist.probabilities().keySet()).noneMatch(l -> l.contains("GUARANTOR_RENEGED"));
    assertThat(dist.total()).isCloseTo(1, within(1e-12));
  }

  @Test
  void collapseMonthsLieWithinTheirPhase() {
    Scenario s = TestScenarios.withStakes(TestScenarios.singapore(), new Stakes(40, 40, 1000));
    Dynamics d = dynamics(s, 4);
    RandomGenerator rng = rng(3);
    double[] start = {0, 6, 18, 54};
    double[] duration = {6, 12, 36, 72};
    for (int i = 0; i < 5000; i++) {
      Trial t = d.sample(rng);
      if (t.outcome() instanceof TrialOutcome.CollapsedAt c) {
        assertThat(c.month()).isBetween(0.0, duration[c.phase() - 1]);
        assertThat(t.months()).isCloseTo(start[c.phase() - 1] + c.month(), within(1e-9));
        assertThat(t.deepestPhase()).isEqualTo(c.phase());
      } else if (t.outcome() instanceof TrialOutcome.Complete
          || t.outcome() instanceof TrialOutcome.Hollow) {
        assertThat(t.months()).isEqualTo(126.0);
        assertThat(t.hiddenViolation()).isEqualTo(t.outcome() instanceof TrialOutcome.Hollow);
      }
    }
  }

  @Test
  void monthOfAnEventIsTheEndOfItsPeriod() {
    // p = 1 − (1 − p₁)^n with p₁ = 0.5, n = 4: u = 0.4 < 0.5 falls in period 1, u = 0.7 in period 2
    double p = 1 - Math.pow(0.5, 4);
    assertThat(Dynamics.month(0.4, p, 4, 12)).isEqualTo(3.0);
    assertThat(Dynamics.month(0.7, p, 4, 12)).isEqualTo(6.0);
    assertThat(Dynamics.month(0.93, p, 4, 12)).isEqualTo(12.0);
  }

  @Test
  void quietPathUpdatesTheBelief() {
    Dynamics d = dynamics(TestScenarios.singapore(), 4);
    List<org.parley.summit.compliance.PhaseEquilibrium> path = d.quietPath();
    assertThat(path).hasSize(4);
    // after a quiet halt phase, in which the opportunistic type cheats undetected with 1 − 0.185,
    // the belief that it is opportunistic falls (the sincere type is always quiet but for alarms)
    assertThat(path.get(2).spec().belief()).isLessThan(path.get(1).spec().belief());
    // phase 1: both types comply and no inspections, so nothing is learnt
    assertThat(path.get(1).spec().belief()).isCloseTo(path.get(0).spec().belief(), within(1e-15));
  }
}
