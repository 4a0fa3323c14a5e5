package org.parley.summit.dynamics;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.parley.model.Scenario;
import org.parley.model.Stakes;
import org.parley.summit.SummitOptions;
import org.parley.summit.TestScenarios;
import org.parley.summit.credibility.CredibilityAnalysis;
import org.parley.summit.compliance.*;

class WideScratchTest {
  @net.jqwik.api.Disabled @Property(tries = 3000)
  void wideOff(
      @ForAll @DoubleRange(min = 0, max = 1) double s1,
      @ForAll @DoubleRange(min = 0, max = 1) double s3,
      @ForAll @DoubleRange(min = 0, max = 1) double more,
      @ForAll @DoubleRange(min = 0, max = 300) double regimeValue,
      @ForAll @DoubleRange(min = 0, max = 100) double penalty,
      @ForAll @DoubleRange(min = 0, max = 1) double detectionUndeclared,
      @ForAll @DoubleRange(min = 0, max = 0.3) double falseAlarm,
      @ForAll @DoubleRange(min = 0, max = 30) double effort) {
    Scenario base = TestScenarios.withVerification(
        TestScenarios.withStakes(TestScenarios.singapore(), new Stakes(regimeValue, penalty, 1000)),
        v -> TestScenarios.regime(v, effort, v.detectionDeclared(), detectionUndeclared, v.baselineDetection(), falseAlarm));
    double s3b = Math.min(1, s3 + more);
    SummitOptions o = SummitOptions.defaults();
    Scenario a = TestScenarios.withStrengths(base, s1, 0.3, s3);
    Scenario b = TestScenarios.withStrengths(base, s1, 0.3, s3b);
    OutcomeDistribution weak = new Dynamics(a, 4, CredibilityAnalysis.of(a, o), o).distribution();
    OutcomeDistribution strong = new Dynamics(b, 4, CredibilityAnalysis.of(b, o), o).distribution();
    for (int j = 1; j <= 4; j++) {
      assertThat(strong.reach(j)).as("phase %d", j).isGreaterThanOrEqualTo(weak.reach(j) - 1e-12);
    }
  }

  @Property(tries = 5000)
  void effortWide(
      @ForAll @DoubleRange(min = 0.01, max = 60) double effort,
      @ForAll @DoubleRange(min = 0, max = 60) double more,
      @ForAll @DoubleRange(min = 0.0, max = 1) double belief,
      @ForAll @DoubleRange(min = 0.0, max = 1) double detectionUndeclared,
      @ForAll @DoubleRange(min = 0.0, max = 1) double detectionDeclared,
      @ForAll @DoubleRange(min = 0.0, max = 0.3) double falseAlarm,
      @ForAll @DoubleRange(min = 0.0, max = 0.5) double rho,
      @ForAll @DoubleRange(min = 0.0, max = 100) double penalty) {
    Scenario s0 = TestScenarios.withStakes(TestScenarios.singapore(), new Stakes(100, penalty, 1000));
    SummitOptions o = SummitOptions.defaults();
    for (int phase = 3; phase <= 4; phase++) {
      Scenario lo = TestScenarios.withVerification(s0, v -> TestScenarios.regime(v, effort, detectionDeclared, detectionUndeclared, v.baselineDetection(), falseAlarm));
      Scenario hi = TestScenarios.withVerification(s0, v -> TestScenarios.regime(v, effort + more, detectionDeclared, detectionUndeclared, v.baselineDetection(), falseAlarm));
      var a = ComplianceGame.solve(ComplianceSpec.of(lo, phase, belief, rho, o));
      var b = ComplianceGame.solve(ComplianceSpec.of(hi, phase, belief, rho, o));
      assertThat(b.undetectedCheating()).isLessThanOrEqualTo(a.undetectedCheating() + 1e-9);
    }
  }
}
