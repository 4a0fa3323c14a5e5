package org.parley.verification.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.games.Rational;

/** What every {@link DresherSolver} must do; each implementation's test class inherits it. */
abstract class DresherSolverContract {
  abstract DresherSolver solver();

  // Source: reference/verification/values.md, "Dresher game" table (copied to
  // src/test/resources/org/parley/verification/reference-values.md), exact rationals.
  @ParameterizedTest(name = "v({0},{1}; b={2}) = {3}")
  @CsvSource({
    "2, 1, 1, 1/3, 1/3, 1/3",
    "3, 1, 1, 1/2, 1/4, 1/4",
    "4, 2, 1, 3/11, 4/11, 5/33",
    "10, 2, 1, 9/14, 5/28, 11/126",
    "3, 1, 2, 2/5, 1/5, 1/5",
  })
  void referenceValuesAndStageProbabilities(
      int n, int m, String b, String v, String inspect, String violate) {
    DresherSolution s = solver().solve(new DresherGame(n, m, Rational.parse(b)));
    assertThat(s.value()).isEqualTo(Rational.parse(v));
    assertThat(s.inspectNow()).isEqualTo(Rational.parse(inspect));
    assertThat(s.violateNow()).isEqualTo(Rational.parse(violate));
    assertThat(s.regret()).isEqualTo(Rational.ZERO);
  }

  @Test
  void referenceValueWithPenaltyThree() {
    // Source: values.md, Dresher row n=4, m=1, b=3: v = 3/7 (closed form C(3,1)/(3 + 4)).
    assertThat(solver().solve(DresherGame.of(4, 1, 3)).value()).isEqualTo(Rational.of(3, 7));
  }

  @Test
  void boundaries() {
    // Source: verification.md §1 boundaries v(n,0) = 1, v(n,m) = 0 for m >= n.
    assertThat(solver().solve(DresherGame.of(5, 0, 1)).value()).isEqualTo(Rational.ONE);
    assertThat(solver().solve(DresherGame.of(5, 5, 1)).value()).isEqualTo(Rational.ZERO);
    assertThat(solver().solve(DresherGame.of(3, 7, 1)).value()).isEqualTo(Rational.ZERO);
    assertThat(solver().solve(DresherGame.of(1, 0, 1)).violateNow()).isEqualTo(Rational.ONE);
  }

  @Test
  void stageProbabilitiesAreProbabilitiesAndRegretIsZero() {
    for (int n = 1; n <= 12; n++) {
      for (int m = 0; m <= n; m++) {
        DresherSolution s = solver().solve(new DresherGame(n, m, Rational.of(3, 2)));
        assertThat(s.inspectNow()).isBetween(Rational.ZERO, Rational.ONE);
        assertThat(s.violateNow()).isBetween(Rational.ZERO, Rational.ONE);
        assertThat(s.regret()).isEqualTo(Rational.ZERO);
      }
    }
  }
}
