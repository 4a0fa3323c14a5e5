package org.parley.verification.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.parley.games.Rational;

class InspectionGameTest {
  private final InspectionGameSolver solver = new InspectionGameSolver();

  private static Rational r(String s) {
    return Rational.parse(s);
  }

  private static InspectionGame game(
      String alpha,
      String beta,
      String a,
      String c,
      String e,
      String k,
      String b,
      String d,
      String h) {
    return InspectionGame.builder()
        .alpha(r(alpha))
        .beta(r(beta))
        .a(r(a))
        .c(r(c))
        .e(r(e))
        .k(r(k))
        .b(r(b))
        .d(r(d))
        .h(r(h))
        .build();
  }

  @Test
  void referenceRowWithoutFalseAlarms() {
    // Source: values.md, "2×2 game with errors" row 1 (α=0, β=1/10, a=1, c=10, e=1, k=1, b=10,
    // d=1, h=1): p* = 10/99, t* = 10/81, inspector Nash -100/81, leadership -10/99, inspectee 0.
    InspectionGameSolution s = solver.solve(game("0", "1/10", "1", "10", "1", "1", "10", "1", "1"));
    assertThat(s.equilibrium()).isInstanceOf(InspectionEquilibrium.Mixed.class);
    assertThat(s.equilibrium().inspection()).isEqualTo(r("10/99"));
    assertThat(s.equilibrium().violation()).isEqualTo(r("10/81"));
    assertThat(s.equilibrium().inspectorPayoff()).isEqualTo(r("-100/81"));
    assertThat(s.equilibrium().inspecteePayoff()).isEqualTo(Rational.ZERO);
    assertThat(s.leadership()).isInstanceOf(InspectorLeadership.Deterrence.class);
    assertThat(s.leadership().inspectorPayoff()).isEqualTo(r("-10/99"));
    assertThat(s.regret()).isEqualTo(Rational.ZERO);
  }

  @Test
  void referenceRowWithFalseAlarms() {
    // Source: values.md, "2×2 game with errors" row 2 (α=1/20, β=1/10, a=1, c=10, e=1, k=0,
    // b=10, d=1, h=1): p* = 20/197, t* = 1/163, Nash -10/163, leadership -1/197, inspectee -1/197.
    InspectionGameSolution s =
        solver.solve(game("1/20", "1/10", "1", "10", "1", "0", "10", "1", "1"));
    assertThat(s.equilibrium().inspection()).isEqualTo(r("20/197"));
    assertThat(s.equilibrium().violation()).isEqualTo(r("1/163"));
    assertThat(s.equilibrium().inspectorPayoff()).isEqualTo(r("-10/163"));
    assertThat(s.equilibrium().inspecteePayoff()).isEqualTo(r("-1/197"));
    assertThat(s.leadership().inspectorPayoff()).isEqualTo(r("-1/197"));
    assertThat(s.regret()).isEqualTo(Rational.ZERO);
  }

  @Test
  void deterrenceThresholds() {
    // Source: values.md, "Deterrence thresholds (α = 0)": b=1,d=1 → 1/2; b=10,d=1 → 1/11;
    // b=1,d=9 → 9/10 (closed form d/(b+d)).
    assertThat(game("0", "1/10", "1", "10", "1", "0", "1", "1", "1").deterrenceThreshold())
        .isEqualTo(r("1/2"));
    assertThat(game("0", "1/10", "1", "10", "1", "0", "10", "1", "1").deterrenceThreshold())
        .isEqualTo(r("1/11"));
    assertThat(game("0", "1/10", "1", "10", "1", "0", "1", "9", "1").deterrenceThreshold())
        .isEqualTo(r("9/10"));
    // with false alarms: (d + hα)/(b + d) = (1 + 2·1/10)/2 = 3/5 (verification.md §2)
    assertThat(game("1/10", "1/10", "1", "10", "1", "0", "1", "1", "2").deterrenceThreshold())
        .isEqualTo(r("3/5"));
  }

  @Test
  void cornerWhereInspectingDoesNotPay() {
    // k = 10 >= (c - a)(1 - β) = 9·9/10: the inspector never inspects and the inspectee violates;
    // payoffs (-c, d) = (-10, 1) (verification.md §2, corners).
    InspectionGameSolution s =
        solver.solve(game("0", "1/10", "1", "10", "1", "10", "10", "1", "1"));
    assertThat(s.equilibrium()).isInstanceOf(InspectionEquilibrium.NoInspection.class);
    assertThat(s.equilibrium().inspectorPayoff()).isEqualTo(Rational.of(-10));
    assertThat(s.equilibrium().inspecteePayoff()).isEqualTo(Rational.ONE);
    assertThat(s.regret()).isEqualTo(Rational.ZERO);
    // leading, the inspector deters with p* = 10/99 at cost 10·10/99 = 100/99 < 10
    assertThat(s.leadership()).isInstanceOf(InspectorLeadership.Deterrence.class);
    assertThat(s.leadership().inspectorPayoff()).isEqualTo(r("-100/99"));
  }

  @Test
  void cornerWhereEvenCertainInspectionDoesNotDeter() {
    // b = 1, d = 9, 1 - β = 1/2 < 9/10 = d/(b+d): inspect and violate. Inspector -a(1-β) - cβ - k
    // = -1/2 - 5 - 0 = -11/2; inspectee dβ - b(1-β) = 9/2 - 1/2 = 4 (verification.md §2).
    InspectionGameSolution s = solver.solve(game("0", "1/2", "1", "10", "1", "0", "1", "9", "1"));
    assertThat(s.equilibrium()).isInstanceOf(InspectionEquilibrium.UndeterredInspection.class);
    assertThat(s.equilibrium().inspectorPayoff()).isEqualTo(r("-11/2"));
    assertThat(s.equilibrium().inspecteePayoff()).isEqualTo(Rational.of(4));
    assertThat(s.regret()).isEqualTo(Rational.ZERO);
    assertThat(s.leadership())
        .isEqualTo(new InspectorLeadership.Tolerance(Rational.ONE, r("-11/2"), true));
  }

  @Test
  void rejectsBadParametersNamingThem() {
    assertThatThrownBy(() -> game("0", "1/10", "10", "10", "1", "0", "1", "1", "1"))
        .hasMessageContaining("0 < a < c");
    assertThatThrownBy(() -> game("3/2", "1/10", "1", "10", "1", "0", "1", "1", "1"))
        .hasMessageContaining("alpha is 3/2; it must be in [0, 1]");
    assertThatThrownBy(() -> game("0", "1/10", "1", "10", "1", "-1", "1", "1", "1"))
        .hasMessageContaining("k is -1");
    assertThatThrownBy(() -> InspectionGame.builder().build()).hasMessageContaining("beta");
  }

  @Property(tries = 300)
  void equilibriumIsCertifiedAndLeadershipNeverWorse(
      @ForAll @IntRange(min = 0, max = 10) int alpha,
      @ForAll @IntRange(min = 0, max = 10) int beta,
      @ForAll @IntRange(min = 1, max = 9) int a,
      @ForAll @IntRange(min = 1, max = 10) int cMinusA,
      @ForAll @IntRange(min = 1, max = 10) int e,
      @ForAll @IntRange(min = 0, max = 10) int k,
      @ForAll @IntRange(min = 1, max = 20) int b,
      @ForAll @IntRange(min = 1, max = 10) int d,
      @ForAll @IntRange(min = 1, max = 10) int h) {
    InspectionGame g =
        InspectionGame.builder()
            .alpha(Rational.of(alpha, 20))
            .beta(Rational.of(beta, 10))
            .a(Rational.of(a))
            .c(Rational.of(a + cMinusA))
            .e(Rational.of(e))
            .k(Rational.of(k, 2))
            .b(Rational.of(b))
            .d(Rational.of(d))
            .h(Rational.of(h))
            .build();
    InspectionGameSolution s = solver.solve(g);
    InspectionEquilibrium eq = s.equilibrium();
    assertThat(s.regret()).isEqualTo(Rational.ZERO);
    assertThat(eq.inspectorPayoff()).isEqualTo(g.inspectorPayoff(eq.inspection(), eq.violation()));
    assertThat(eq.inspecteePayoff()).isEqualTo(g.inspecteePayoff(eq.inspection(), eq.violation()));
    assertThat(s.leadership().inspectorPayoff()).isGreaterThanOrEqualTo(eq.inspectorPayoff());
    if (s.leadership() instanceof InspectorLeadership.Deterrence det) {
      // the announced p makes the inspectee (weakly) prefer legality
      assertThat(g.inspecteePayoff(det.inspection(), Rational.ZERO))
          .isGreaterThanOrEqualTo(g.inspecteePayoff(det.inspection(), Rational.ONE));
    }
  }
}
