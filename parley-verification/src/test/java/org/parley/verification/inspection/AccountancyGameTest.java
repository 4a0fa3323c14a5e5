package org.parley.verification.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountancyGameTest {
  // Source: values.md, "α–β game" table (doubles, root-finding tolerance 1e-12); the table
  // prints 10 decimals, so each value is checked to half a unit in the last place.
  @ParameterizedTest(name = "M/σ = {0}")
  @CsvSource({
    "3.0, 0.0000072823, 0.0909097531, 0.0000224826, -0.0002137133, -0.0000072823",
    "2.0, 0.0004265879, 0.0909478716, 0.0010404031, -0.0099785735, -0.0004265879",
  })
  void referenceEquilibria(
      double mOverSigma,
      double alpha,
      double detection,
      double t,
      double simultaneous,
      double leader) {
    AccountancySolution s =
        new AccountancyGameSolver().solve(new AccountancyGame(mOverSigma, 1, 10, 1, 10, 1, 1));
    assertThat(s.alpha()).isCloseTo(alpha, within(5e-11));
    // 1 - β* moves by |β'(α*)| per unit of α* (about 4900 at M/σ = 3), so the table's stated
    // root-finding tolerance of 1e-12 on α* allows |β'(α*)|·1e-12 on top of the rounding. Our
    // own α* is checked tightly through the indifference condition 1 - β* = (d + hα*)/(b + d).
    double slope = Math.abs(s.game().betaDerivative(s.alpha()));
    assertThat(s.detection()).isCloseTo(detection, within(5e-11 + slope * 1e-12));
    assertThat(s.detection()).isCloseTo((1 + s.alpha()) / 11, within(s.residual() / 11 + 1e-16));
    assertThat(s.violation()).isCloseTo(t, within(5e-11));
    assertThat(s.inspectorSimultaneous()).isCloseTo(simultaneous, within(5e-11));
    assertThat(s.inspectorLeader()).isCloseTo(leader, within(5e-11));
    assertThat(s.residual()).isLessThan(1e-12);
  }

  @ParameterizedTest
  @CsvSource({"0.05, 3.29, 0.9500301853", "0.05, 2.0, 0.6387600313"})
  void detectionProbabilityOfTheTest(double alpha, double mOverSigma, double expected) {
    // Source: values.md, "Detection probability of the one-sided MUF test".
    assertThat(AccountancyGame.detectionProbability(mOverSigma, alpha))
        .isCloseTo(expected, within(5e-11));
  }

  @Test
  void rejectsBadParameters() {
    assertThatThrownBy(() -> new AccountancyGame(3, 10, 1, 1, 10, 1, 1))
        .hasMessageContaining("0 < a < c");
    assertThatThrownBy(() -> new AccountancyGame(-1, 1, 10, 1, 10, 1, 1))
        .hasMessageContaining("m-over-sigma is -1.0");
    assertThatThrownBy(() -> new AccountancyGame(3, 1, 10, 1, 1, 1, 2))
        .hasMessageContaining("h < b");
    assertThatThrownBy(() -> AccountancyGame.detectionProbability(3, 1.5))
        .hasMessageContaining("alpha is 1.5");
  }

  @Property(tries = 100)
  void moreMaterialOrLooserTestNeverLowersDetection(
      @ForAll @DoubleRange(min = 0.1, max = 5) @Scale(4) double mOverSigma,
      @ForAll @DoubleRange(min = 0.001, max = 0.5) @Scale(4) double alpha) {
    double p = AccountancyGame.detectionProbability(mOverSigma, alpha);
    assertThat(AccountancyGame.detectionProbability(mOverSigma + 0.1, alpha))
        .isGreaterThanOrEqualTo(p);
    assertThat(AccountancyGame.detectionProbability(mOverSigma, Math.min(1, alpha * 1.5)))
        .isGreaterThanOrEqualTo(p);
  }

  @Property(tries = 50)
  void leadershipNeverWorseAndIndifferenceHolds(
      @ForAll @DoubleRange(min = 0.5, max = 5) double mOverSigma,
      @ForAll @DoubleRange(min = 1.5, max = 50) double b,
      @ForAll @DoubleRange(min = 0.1, max = 5) double d) {
    AccountancySolution s =
        new AccountancyGameSolver().solve(new AccountancyGame(mOverSigma, 1, 10, 1, b, d, 1));
    assertThat(s.inspectorLeader()).isGreaterThanOrEqualTo(s.inspectorSimultaneous() - 1e-15);
    assertThat(s.residual()).isLessThan(1e-12);
    assertThat(s.alpha()).isBetween(0.0, 1.0);
    assertThat(s.violation()).isBetween(0.0, 1.0);
  }
}
