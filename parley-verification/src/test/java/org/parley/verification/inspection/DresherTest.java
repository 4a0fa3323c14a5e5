package org.parley.verification.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.parley.games.Rational;

/**
 * Dresher properties across solvers, and leadership (the solver contract is in {@link
 * DresherSolverContract}).
 */
class DresherTest {
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
    assertThat(r.inspecteePayoff())
        .isEqualTo(new DresherClosedForm().solve(DresherGame.of(n, m, b)).value());
  }
}
