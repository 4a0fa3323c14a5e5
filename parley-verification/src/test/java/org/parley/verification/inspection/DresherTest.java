package org.parley.verification.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.parley.games.Rational;

class DresherTest {
  private static final List<DresherSolver> SOLVERS = List.of(new DresherRecursion(), new DresherClosedForm());

  private static Rational r(String s) {
    return Rational.parse(s);
  }

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
  void referenceValuesAndStageProbabilities(int n, int m, String b, String v, String inspect, String violate) {
    DresherGame game = new DresherGame(n, m, r(b));
    for (DresherSolver solver : SOLVERS) {
      DresherSolution s = solver.solve(game);
      assertThat(s.value()).as(solver.getClass().getSimpleName()).isEqualTo(r(v));
      assertThat(s.inspectNow()).isEqualTo(r(inspect));
      assertThat(s.violateNow()).isEqualTo(r(violate));
      assertThat(s.regret()).isEqualTo(Rational.ZERO);
    }
  }

  @Test
  void referenceValueWithPenaltyThree() {
    // Source: values.md, Dresher row n=4, m=1, b=3: v = 3/7 (closed form C(3,1)/(3 + 4)).
    for (DresherSolver solver : SOLVERS) {
      assertThat(solver.solve(DresherGame.of(4, 1, 3)).value()).isEqualTo(Rational.of(3, 7));
    }
  }

  @Test
  void boundaries() {
    // Source: verification.md §1 boundaries v(n,0) = 1, v(n,m) = 0 for m >= n.
    for (DresherSolver solver : SOLVERS) {
      assertThat(solver.solve(DresherGame.of(5, 0, 1)).value()).isEqualTo(Rational.ONE);
      assertThat(solver.solve(DresherGame.of(5, 5, 1)).value()).isEqualTo(Rational.ZERO);
      assertThat(solver.solve(DresherGame.of(3, 7, 1)).value()).isEqualTo(Rational.ZERO);
    }
  }

  @Test
  void rejectsBadParameters() {
    assertThatThrownBy(() -> DresherGame.of(0, 1, 1)).hasMessageContaining("periods is 0");
    assertThatThrownBy(() -> DresherGame.of(3, -1, 1)).hasMessageContaining("inspections is -1");
    assertThatThrownBy(() -> DresherGame.of(3, 1, 0)).hasMessageContaining("penalty is 0");
  }

  @Property(tries = 200)
  void recursionAndClosedFormAgreeExactly(
      @ForAll @IntRange(min = 1, max = 25) int n,
      @ForAll @IntRange(min = 0, max = 26) int m,
      @ForAll @IntRange(min = 1, max = 12) int bNum,
      @ForAll @IntRange(min = 1, max = 5) int bDen) {
    DresherGame game = new DresherGame(n, m, Rational.of(bNum, bDen));
    DresherSolution rec = new DresherRecursion().solve(game);
    DresherSolution closed = new DresherClosedForm().solve(game);
    assertThat(closed).isEqualTo(rec);
    assertThat(rec.regret()).isEqualTo(Rational.ZERO);
  }

  @Property(tries = 200)
  void valueDecreasesInInspectionsAndPenalty(
      @ForAll @IntRange(min = 2, max = 25) int n,
      @ForAll @IntRange(min = 0, max = 23) int m,
      @ForAll @IntRange(min = 1, max = 12) int bNum,
      @ForAll @IntRange(min = 1, max = 5) int bDen) {
    Rational b = Rational.of(bNum, bDen);
    DresherSolver solver = new DresherClosedForm();
    Rational v = solver.solve(new DresherGame(n, m, b)).value();
    Rational moreInspections = solver.solve(new DresherGame(n, m + 1, b)).value();
    Rational morePenalty = solver.solve(new DresherGame(n, m, b.add(Rational.ONE))).value();
    assertThat(moreInspections).isLessThanOrEqualTo(v);
    assertThat(morePenalty).isLessThanOrEqualTo(v);
    if (m + 1 < n) {
      assertThat(moreInspections).isLessThan(v); // strictly while inspections are scarce
    }
  }

  @Test
  void zeroSumLeadershipChangesNothingButTheInspecteeStaysLegal() {
    // Zero-sum (a = -b): leadership payoff -v(n,m) equals the value; a violation happens only
    // after the inspections run out, with probability v(n,m) (von Stengel 2016 §5).
    DresherLeadership.Result r = new DresherLeadership().solve(DresherGame.of(4, 2, 1));
    assertThat(r.inspecteePayoff()).isEqualTo(Rational.of(3, 11));
    assertThat(r.simultaneousInspectorPayoff()).isEqualTo(Rational.of(-3, 11));
    assertThat(r.leaderInspectorPayoff()).isEqualTo(Rational.of(-3, 11));
    assertThat(r.leaderViolationProbability()).isEqualTo(Rational.of(3, 11));
    assertThat(r.simultaneousViolateNow()).isEqualTo(Rational.of(5, 33));
  }

  @Property(tries = 200)
  void leadershipNeverWorseForTheInspector(
      @ForAll @IntRange(min = 1, max = 15) int n,
      @ForAll @IntRange(min = 0, max = 16) int m,
      @ForAll @IntRange(min = 1, max = 8) int b,
      @ForAll @IntRange(min = 0, max = 99) int aPercent) {
    // the inspector's detected-violation loss a between -b (zero-sum) and 1 (exclusive)
    Rational a = Rational.of(-b).add(Rational.of(b + 1).multiply(Rational.of(aPercent, 100)));
    DresherLeadership.Result r = new DresherLeadership().solve(DresherGame.of(n, m, b), a);
    assertThat(r.leadershipGain()).isGreaterThanOrEqualTo(Rational.ZERO);
    assertThat(r.inspecteePayoff()).isEqualTo(new DresherClosedForm().solve(DresherGame.of(n, m, b)).value());
  }
}
