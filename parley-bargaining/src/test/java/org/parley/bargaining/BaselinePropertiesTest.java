package org.parley.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.parley.bargaining.NashBargaining.Disagreement;
import org.parley.bargaining.NashBargaining.Utility;

/** Invariants of the baseline forecasters (bargaining.md §4, §8), at fixed seeds. */
class BaselinePropertiesTest {
  record Line(double[] c, double[] x, double[] s) {
    BargainingProblem problem(double shift, boolean reversed) {
      int n = x.length;
      double[][] pos = new double[n][];
      double[][] sal = new double[n][];
      double[] cc = new double[n];
      List<String> ids = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        int i = reversed ? n - 1 - k : k;
        pos[k] = new double[] {x[i] + shift};
        sal[k] = new double[] {s[i]};
        cc[k] = c[i];
        ids.add("a" + i);
      }
      return new BargainingProblem(ids, cc, List.of(new Dimension("x", -200, 300)), pos, sal, null);
    }
  }

  @Provide
  Arbitrary<Line> lines() {
    return Arbitraries.integers()
        .between(1, 12)
        .flatMap(
            n ->
                Combinators.combine(
                        Arbitraries.doubles().between(0.01, 10).array(double[].class).ofSize(n),
                        Arbitraries.doubles().between(0, 100).array(double[].class).ofSize(n),
                        Arbitraries.doubles().between(0.05, 1).array(double[].class).ofSize(n))
                    .as(Line::new));
  }

  private static List<Forecaster> models() {
    List<Forecaster> m = new ArrayList<>();
    for (WeightScheme w : WeightScheme.values()) {
      m.add(new CompromiseModel(w));
      m.add(new WeightedMedian(w));
      m.add(new NashBargaining(Utility.QUADRATIC, w, new Disagreement.Far()));
      m.add(new NashBargaining(Utility.LINEAR, w, new Disagreement.Far()));
      m.add(new NashBargaining(Utility.QUADRATIC, w, new Disagreement.Point(new double[] {-150})));
    }
    return m;
  }

  @Property(tries = 80, seed = "4201")
  void forecastLiesInsideTheRangeOfPositions(@ForAll("lines") Line l) {
    double lo = java.util.Arrays.stream(l.x()).min().orElseThrow();
    double hi = java.util.Arrays.stream(l.x()).max().orElseThrow();
    for (Forecaster f : models()) {
      assertThat(f.forecast(l.problem(0, false)).settlement(0))
          .as(f.name())
          .isBetween(lo - 1e-7, hi + 1e-7);
    }
  }

  @Property(tries = 80, seed = "4202")
  void reorderingActorsChangesNothing(@ForAll("lines") Line l) {
    for (Forecaster f : models()) {
      assertThat(f.forecast(l.problem(0, true)).settlement(0))
          .as(f.name())
          .isCloseTo(f.forecast(l.problem(0, false)).settlement(0), within(1e-7));
    }
  }

  @Property(tries = 80, seed = "4203")
  void shiftingAllPositionsShiftsTheForecast(
      @ForAll("lines") Line l, @ForAll @DoubleRange(min = -100, max = 100) double shift) {
    for (WeightScheme w : WeightScheme.values()) {
      for (Forecaster f :
          List.<Forecaster>of(
              new CompromiseModel(w),
              new WeightedMedian(w),
              new NashBargaining(Utility.QUADRATIC, w, new Disagreement.Far()))) {
        assertThat(f.forecast(l.problem(shift, false)).settlement(0))
            .as(f.name())
            .isCloseTo(f.forecast(l.problem(0, false)).settlement(0) + shift, within(1e-7));
      }
    }
  }

  @Property(tries = 60, seed = "4204")
  void nashTendsToTheWeightedMeanAsTheDisagreementPointGoesFar(@ForAll("lines") Line l) {
    BargainingProblem p = l.problem(0, false);
    double mean = new CompromiseModel().forecast(p).settlement(0);
    double previousError = Double.POSITIVE_INFINITY;
    for (double distance : new double[] {1e3, 1e4, 1e5}) {
      double x =
          new NashBargaining(
                  Utility.QUADRATIC,
                  WeightScheme.CAPABILITY_SALIENCE,
                  new Disagreement.Point(new double[] {-distance}))
              .forecast(p)
              .settlement(0);
      double error = Math.abs(x - mean);
      // Error of the limit is O(spread^2 / distance) with spread <= 100.
      assertThat(error)
          .isLessThanOrEqualTo(Math.max(previousError, 1e-6) + 1e-9)
          .isLessThan(2e4 / distance);
      previousError = error;
    }
  }
}
