package org.parley.bargaining.eum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of bargaining.md §8 (EUM) on random issues, at fixed seeds. */
class ExpectedUtilityModelPropertiesTest {
  record Issue(double[] c, double[] x, double[] s) {}

  @Provide
  Arbitrary<Issue> issues() {
    return Arbitraries.integers()
        .between(2, 9)
        .flatMap(
            n ->
                Combinators.combine(
                        Arbitraries.doubles().between(0.01, 1).array(double[].class).ofSize(n),
                        Arbitraries.doubles().between(0, 100).array(double[].class).ofSize(n),
                        Arbitraries.doubles().between(0, 1).array(double[].class).ofSize(n))
                    .as(Issue::new));
  }

  private static EumOptions[] variants() {
    return new EumOptions[] {
      EumOptions.scholzCode(),
      EumOptions.paperLiteral(),
      EumOptions.paperLiteral().withQt(0.5, 0.5),
      EumOptions.scholzCode().withRiskRange(EumOptions.RiskRange.POSITIONS)
    };
  }

  @Property(tries = 60, seed = "20261125")
  void exponentsInRangeAndPositionsStayInsideTheInitialRange(@ForAll("issues") Issue is) {
    double lo = java.util.Arrays.stream(is.x()).min().orElseThrow();
    double hi = java.util.Arrays.stream(is.x()).max().orElseThrow();
    for (EumOptions o : variants()) {
      EumTrajectory t = new ExpectedUtilityModel(o).run(is.c(), is.x(), is.s());
      for (EumTrajectory.Round r : t.rounds()) {
        for (double e : r.riskExponents()) {
          assertThat(e).isBetween(0.5 - 1e-12, 2 + 1e-12);
        }
        for (double p : r.positions()) {
          assertThat(p).isBetween(lo, hi);
        }
        assertThat(r.mean()).isBetween(lo - 1e-9, hi + 1e-9);
      }
    }
  }

  @Property(tries = 60, seed = "20261126")
  void contestProbabilitiesAreComplementary(@ForAll("issues") Issue is) {
    ExpectedUtilityModel.Run run =
        new ExpectedUtilityModel(EumOptions.paperLiteral()).new Run(is.c(), is.x(), is.s());
    for (int i = 0; i < is.x().length; i++) {
      for (int j = 0; j < is.x().length; j++) {
        if (is.x()[i] != is.x()[j]) {
          assertThat(run.probability(i, j) + run.probability(j, i)).isCloseTo(1.0, within(1e-9));
        }
      }
    }
  }

  @Property(tries = 40, seed = "20261127")
  void loneActorForecastIsItsPosition(@ForAll @IntRange(min = 0, max = 100) int x) {
    for (EumOptions o : variants()) {
      EumTrajectory t =
          new ExpectedUtilityModel(o).run(new double[] {0.3}, new double[] {x}, new double[] {0.7});
      assertThat(t.last().mean()).isEqualTo(x);
      assertThat(t.last().median()).isEqualTo(x);
    }
  }

  @Property(tries = 40, seed = "20261128")
  void relabellingActorsChangesNothing(@ForAll("issues") Issue is) {
    int n = is.x().length;
    double[] c = new double[n];
    double[] x = new double[n];
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = is.c()[n - 1 - i];
      x[i] = is.x()[n - 1 - i];
      s[i] = is.s()[n - 1 - i];
    }
    for (EumOptions o : variants()) {
      EumTrajectory a = new ExpectedUtilityModel(o).run(is.c(), is.x(), is.s());
      EumTrajectory b = new ExpectedUtilityModel(o).run(c, x, s);
      assertThat(b.last().mean()).isCloseTo(a.last().mean(), within(1e-6));
      double[] pa = a.last().positions();
      double[] pb = b.last().positions();
      for (int i = 0; i < n; i++) {
        assertThat(pb[n - 1 - i]).isCloseTo(pa[i], within(1e-6));
      }
    }
  }

  @Property(tries = 40, seed = "20261129")
  void shiftingEveryPositionShiftsTheForecast(
      @ForAll("issues") Issue is, @ForAll @IntRange(min = -50, max = 50) int shift) {
    double[] x = is.x().clone();
    for (int i = 0; i < x.length; i++) {
      x[i] += shift;
    }
    for (EumOptions o : variants()) {
      EumTrajectory a = new ExpectedUtilityModel(o).run(is.c(), is.x(), is.s());
      EumTrajectory b = new ExpectedUtilityModel(o).run(is.c(), x, is.s());
      assertThat(b.last().mean()).isCloseTo(a.last().mean() + shift, within(1e-6));
      assertThat(b.last().median()).isCloseTo(a.last().median() + shift, within(1e-6));
    }
  }
}
