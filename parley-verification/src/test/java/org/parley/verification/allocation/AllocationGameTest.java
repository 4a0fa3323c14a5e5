package org.parley.verification.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.parley.games.normal.LemkeHowson;
import org.parley.model.Phase;
import org.parley.model.Scenario;
import org.parley.model.io.BuiltInScenarios;

class AllocationGameTest {
  private static final double EPS = 1e-9;

  /** The 2018 scenario's regime with its "halt" phase payoffs (B = 25, C = 10, P = 40). */
  private static AllocationGame.Spec halt(boolean access) {
    // d = C = 10, b = B - C + P = 55, h = collapse·(B - C) = 0.5·15 = 7.5 (ScenarioAllocation)
    return AllocationGame.Spec.builder()
        .sites(10, 40)
        .effort(6)
        .detection(0.9, 0.5)
        .baseline(0.05)
        .falseAlarm(0.02)
        .inspector(1, 10, 1, 0.1)
        .inspectee(55, 10, 7.5)
        .undeclaredAccess(access)
        .grid(10)
        .build();
  }

  @Test
  void detectionFormula() {
    // P(s) = 1 - (1 - q0)(1 - p·min(1, x/S)) (AllocationGame class comment): all 6 inspections on
    // 10 declared sites: 1 - 0.95·(1 - 0.9·0.6) = 0.563; all on 40 undeclared: 1 - 0.95·(1 -
    // 0.5·0.15)
    // = 0.12125; none: the baseline 0.05.
    AllocationGame g = new AllocationGame(halt(true));
    assertThat(g.detectionDeclared(0)).isCloseTo(0.563, within(1e-15));
    assertThat(g.detectionUndeclared(1)).isCloseTo(0.12125, within(1e-15));
    assertThat(g.detectionUndeclared(0)).isCloseTo(0.05, within(1e-15));
    assertThat(g.detectionDeclared(1)).isCloseTo(0.05, within(1e-15));
    assertThat(new AllocationGame(halt(false)).detectionUndeclared(1))
        .isCloseTo(0.05, within(1e-15));
  }

  @Test
  void withoutAccessTheInspecteeCheatsWhereOnlyTheBaselineWatches() {
    // One row (all effort on declared sites). Inspectee: cheat undeclared -55·0.05 + 10·0.95 = 6.75
    // beats cheat declared (-26.6) and comply (-7.5·0.02 = -0.15). Inspector: -1·0.05 - 10·0.95 -
    // 0.1·6 = -10.15. Hand computation from the payoff scheme in the class comment.
    AllocationResult r = new AllocationGame(halt(false)).solve(new LemkeHowson());
    assertThat(r.cheatUndeclared()).isCloseTo(1, within(EPS));
    assertThat(r.undetectedCheating()).isCloseTo(0.95, within(EPS));
    assertThat(r.inspectorPayoff()).isCloseTo(-10.15, within(EPS));
    assertThat(r.detectionDeclared()).isCloseTo(0.563, within(EPS));
  }

  @Test
  void withAccessTheInspectorEqualisesDetection() {
    // Both detection probabilities are linear in the share s, so in equilibrium the inspector's
    // mean share x makes the inspectee indifferent between the two kinds of cheating:
    // 0.563 - 0.513x = 0.05 + 0.07125x → x = 0.513/0.58425 = 36/41, detection 4.615/41; the
    // inspectee's mix y on declared makes the inspector indifferent: 0.513y = 0.07125(1 - y) →
    // y = 5/41. Inspector payoff -c + (c - a)P - kE = -10 + 9·4.615/41 - 0.6. Hand derivation.
    AllocationResult r = new AllocationGame(halt(true)).solve(new LemkeHowson());
    assertThat(r.expectedUndeclaredShare()).isCloseTo(36.0 / 41, within(EPS));
    assertThat(r.detectionDeclared()).isCloseTo(4.615 / 41, within(EPS));
    assertThat(r.detectionUndeclared()).isCloseTo(4.615 / 41, within(EPS));
    assertThat(r.cheatDeclared()).isCloseTo(5.0 / 41, within(EPS));
    assertThat(r.cheatUndeclared()).isCloseTo(36.0 / 41, within(EPS));
    assertThat(r.inspectorPayoff()).isCloseTo(-10 + 9 * 4.615 / 41 - 0.6, within(EPS));
    assertThat(r.regret()).isLessThan(EPS);

    AccessValue value = AllocationGame.valueOfAccess(halt(true), new LemkeHowson());
    assertThat(value.inspectorPayoffGain())
        .isCloseTo(-10 + 9 * 4.615 / 41 - 0.6 + 10.15, within(EPS));
    assertThat(value.undetectedCheatingReduction()).isCloseTo(0.95 - (1 - 4.615 / 41), within(EPS));
  }

  @Test
  void perfectVerificationDetersAPositivePenalty() {
    // summit.md §4: with detection 1 and α = 0 an opportunistic complier does not cheat if the
    // penalty is positive. Enough inspectors to cover every site of both kinds (E = S_D + S_U).
    AllocationGame.Spec spec =
        AllocationGame.Spec.builder()
            .sites(2, 2)
            .effort(4)
            .detection(1, 1)
            .inspectee(5, 3, 1)
            .undeclaredAccess(true)
            .grid(4)
            .build();
    AllocationResult r = new AllocationGame(spec).solve(new LemkeHowson());
    assertThat(r.cheating()).isCloseTo(0, within(EPS));
    assertThat(r.undetectedCheating()).isCloseTo(0, within(EPS));
  }

  @Test
  void rejectsBadSpecsNamingTheValue() {
    assertThatThrownBy(
            () -> new AllocationGame.Spec(0, 1, 1, 0.5, 0.5, 0, 0, 1, 10, 1, 0, 1, 1, 1, true, 2))
        .hasMessageContaining("declared sites is 0");
    assertThatThrownBy(
            () -> new AllocationGame.Spec(1, 1, 1, 1.5, 0.5, 0, 0, 1, 10, 1, 0, 1, 1, 1, true, 2))
        .hasMessageContaining("detection at declared sites is 1.5");
    assertThatThrownBy(
            () -> new AllocationGame.Spec(1, 1, 1, 0.5, 0.5, 0, 0, 10, 10, 1, 0, 1, 1, 1, true, 2))
        .hasMessageContaining("0 <= a < c");
  }

  @Test
  void runsOnTheBuiltIn2018Scenario() {
    // The bundled singapore-2018 scenario (parley-model's resources): every phase solves with a
    // certified equilibrium; phases with undeclared access are compared with declared-only access.
    Scenario s = BuiltInScenarios.load(BuiltInScenarios.DEFAULT).orElseThrow();
    for (Phase phase : s.phases()) {
      AllocationResult r =
          new AllocationGame(ScenarioAllocation.spec(s, phase, 10)).solve(new LemkeHowson());
      assertThat(r.regret()).as(phase.id()).isLessThan(1e-7);
      assertThat(r.comply() + r.cheatDeclared() + r.cheatUndeclared()).isCloseTo(1, within(1e-9));
      assertThat(Arrays.stream(r.allocation()).sum()).isCloseTo(1, within(1e-9));
      AccessValue v =
          AllocationGame.valueOfAccess(
              ScenarioAllocation.specWithEffort(s, phase, 10), new LemkeHowson());
      assertThat(v.withAccess().regret()).isLessThan(1e-7);
      assertThat(v.withoutAccess().regret()).isLessThan(1e-7);
    }
  }

  @Property(tries = 60)
  void moreEffortNeverLowersDetectionAtAGivenAllocation(
      @ForAll @IntRange(min = 1, max = 20) int declared,
      @ForAll @IntRange(min = 1, max = 40) int undeclared,
      @ForAll @DoubleRange(min = 0, max = 30) double effort,
      @ForAll @DoubleRange(min = 0, max = 1) double share,
      @ForAll @DoubleRange(min = 0, max = 1) double pD,
      @ForAll @DoubleRange(min = 0, max = 1) double pU,
      @ForAll @DoubleRange(min = 0, max = 1) double q0) {
    AllocationGame.Spec spec =
        new AllocationGame.Spec(
            declared, undeclared, effort, pD, pU, q0, 0.01, 1, 10, 1, 0, 10, 1, 1, true, 10);
    AllocationGame less = new AllocationGame(spec);
    AllocationGame more = new AllocationGame(spec.withInspectionsPerPeriod(effort + 1));
    assertThat(more.detectionDeclared(share)).isGreaterThanOrEqualTo(less.detectionDeclared(share));
    assertThat(more.detectionUndeclared(share))
        .isGreaterThanOrEqualTo(less.detectionUndeclared(share));
  }

  @Property(tries = 40)
  void equilibriumIsCertifiedAndMoreEffortWithAccessNeverRaisesUndetectedCheating(
      @ForAll @IntRange(min = 1, max = 12) int declared,
      @ForAll @IntRange(min = 1, max = 30) int undeclared,
      @ForAll @IntRange(min = 1, max = 12) int effort,
      @ForAll @DoubleRange(min = 0.05, max = 1) double pD,
      @ForAll @DoubleRange(min = 0.05, max = 1) double pU,
      @ForAll @DoubleRange(min = 0, max = 0.5) double q0,
      @ForAll @DoubleRange(min = 0.5, max = 50) double b,
      @ForAll @DoubleRange(min = 0.5, max = 20) double d) {
    AllocationGame.Spec spec =
        new AllocationGame.Spec(
            declared, undeclared, effort, pD, pU, q0, 0.02, 1, 10, 1, 0.1, b, d, 1, true, 6);
    AllocationResult less = new AllocationGame(spec).solve(new LemkeHowson());
    AllocationResult more =
        new AllocationGame(spec.withInspectionsPerPeriod(effort + 1)).solve(new LemkeHowson());
    assertThat(less.regret()).isLessThan(1e-7);
    assertThat(more.regret()).isLessThan(1e-7);
    // summit.md §4: more inspection effort with undeclared access never raises undetected cheating
    assertThat(more.undetectedCheating()).isLessThanOrEqualTo(less.undetectedCheating() + 1e-9);
  }
}
