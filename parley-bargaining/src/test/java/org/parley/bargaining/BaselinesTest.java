package org.parley.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.bargaining.NashBargaining.Disagreement;
import org.parley.bargaining.NashBargaining.Utility;

/**
 * Reference values for the compromise model, the weighted median and the Nash bargaining solution.
 */
class BaselinesTest {
  private final BargainingProblem ec = TestData.emission().problem();

  private static BargainingProblem line(double[] c, double[] x, double[] s, Double statusQuo) {
    int n = x.length;
    double[][] pos = new double[n][];
    double[][] sal = new double[n][];
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      pos[i] = new double[] {x[i]};
      sal[i] = new double[] {s[i]};
      ids.add("a" + i);
    }
    return new BargainingProblem(
        ids,
        c,
        List.of(new Dimension("x", 0, 100)),
        pos,
        sal,
        statusQuo == null ? null : new double[] {statusQuo});
  }

  @Test
  void emissionStandardsWeightedMeanAndMedian() {
    // bargaining.md §3.11 / §4: weighted mean 7.390, weighted median (Condorcet winner) 7,
    // weights c*s summing to 0.677.
    assertThat(new CompromiseModel().forecast(ec).settlement(0)).isCloseTo(7.390, within(5e-4));
    assertThat(new WeightedMedian().forecast(ec).settlement(0)).isEqualTo(7.0);
    double sum = 0;
    for (double w : WeightScheme.CAPABILITY_SALIENCE.weights(ec, 0)) {
      sum += w;
    }
    assertThat(sum).isCloseTo(0.677, within(1e-9));
    // The far-disagreement NBS with quadratic utilities and c*s weights is the compromise model
    // (§4.2).
    NashBargaining far =
        new NashBargaining(
            Utility.QUADRATIC, WeightScheme.CAPABILITY_SALIENCE, new Disagreement.Far());
    assertThat(far.forecast(ec).settlement(0)).isCloseTo(7.390, within(5e-4));
  }

  @Test
  void weightVariants() {
    // Closed forms: capability-only weights, mean = sum c x / sum c = (0.08*4+0.08*7+...)/1.01.
    double cx =
        0.08 * 4 + 0.08 * 7 + 0.03 * 4 + 0.16 * 4 + 0.16 * 10 + 0.16 * 10 + 0.16 * 10 + 0.05 * 7
            + 0.05 * 4 + 0.08 * 7;
    assertThat(new CompromiseModel(WeightScheme.CAPABILITY).forecast(ec).settlement(0))
        .isCloseTo(cx / 1.01, within(1e-12));
    // Equal weights: the plain mean (4*4 + 3*7 + 3*10) / 10 = 6.7.
    assertThat(new CompromiseModel(WeightScheme.EQUAL).forecast(ec).settlement(0))
        .isCloseTo(6.7, within(1e-12));
    // Zero weights everywhere fall back to the unweighted mean (§4.1).
    BargainingProblem zero =
        line(new double[] {1, 1}, new double[] {10, 30}, new double[] {0, 0}, null);
    assertThat(new CompromiseModel().forecast(zero).settlement(0)).isEqualTo(20.0);
  }

  @Test
  void twoActorNashClosedForms() {
    // §4.2: two actors, w = (1,1), quadratic, d far: the midpoint; w = (2,1): one third of the way.
    BargainingProblem equal =
        line(new double[] {1, 1}, new double[] {20, 80}, new double[] {1, 1}, null);
    NashBargaining farQ =
        new NashBargaining(Utility.QUADRATIC, WeightScheme.CAPABILITY, new Disagreement.Far());
    assertThat(farQ.forecast(equal).settlement(0)).isCloseTo(50, within(1e-12));
    BargainingProblem twoOne =
        line(new double[] {2, 1}, new double[] {20, 80}, new double[] {1, 1}, null);
    assertThat(farQ.forecast(twoOne).settlement(0)).isCloseTo(40, within(1e-12));
    // The same limits reached numerically with a disagreement point 1e5 away; the distances to d
    // differ by the spread (60), so the error is of order spread^2 / distance = 0.036.
    NashBargaining distant = farQ.withDisagreement(new Disagreement.Point(new double[] {-1e5}));
    assertThat(distant.forecast(equal).settlement(0)).isCloseTo(50, within(0.05));
    assertThat(distant.forecast(twoOne).settlement(0)).isCloseTo(40, within(0.05));
    NashBargaining farther = farQ.withDisagreement(new Disagreement.Point(new double[] {-1e8}));
    assertThat(farther.forecast(equal).settlement(0)).isCloseTo(50, within(1e-4));
    // Symmetric finite case: x = (20, 80), d = 50 with w = (1,1): by symmetry the midpoint... but
    // d=50
    // lies between them, so nothing is feasible for both: no agreement, outcome = d.
    NashBargaining atD = farQ.withDisagreement(new Disagreement.Point(new double[] {50}));
    assertThat(atD.forecast(equal).settlement(0)).isEqualTo(50.0);
    assertThat(atD.forecast(equal).convergence().detail()).contains("no agreement");
  }

  @Test
  void finiteDisagreementPointClosedForm() {
    // x = (0, 10), d = 20, w = (1,1), quadratic: maximise ln(400 - x^2) + ln(100 - (x-10)^2) on
    // (0, 20). First-order condition x/(400-x^2) = (10-x)/(100-(x-10)^2), i.e. (closed form by
    // hand)
    // x(100 - (x-10)^2) = (10-x)(400-x^2), which simplifies to 2x^3 - 30x^2 - 200x + 4000 = 0 ...
    // checked here through the residual of the first-order condition rather than a printed root.
    BargainingProblem p =
        line(new double[] {1, 1}, new double[] {0, 10}, new double[] {1, 1}, 20.0);
    double x =
        new NashBargaining(Utility.QUADRATIC, WeightScheme.CAPABILITY, new Disagreement.StatusQuo())
            .forecast(p)
            .settlement(0);
    double foc = -x / (400 - x * x) - (x - 10) / (100 - (x - 10) * (x - 10));
    assertThat(foc).isCloseTo(0, within(1e-9));
    assertThat(x).isBetween(0.0, 10.0);
    // Linear utilities: ln(20 - x) + ln(10 - (10 - x)) = ln(20-x) + ln(x) on (0, 10]: max at x = 10
    // (derivative 1/x - 1/(20-x) > 0 for x < 10, and for x > 10 the second term is ln(20 - x)... so
    // ln(20-x) + ln(20-x) decreases): x* = 10.
    double lin =
        new NashBargaining(Utility.LINEAR, WeightScheme.CAPABILITY, new Disagreement.StatusQuo())
            .forecast(p)
            .settlement(0);
    assertThat(lin).isCloseTo(10, within(1e-6));
  }

  @Test
  void twoDimensionalNashApproachesTheFarLimit() {
    List<String> ids = List.of("a", "b", "c");
    double[][] pos = {{10, 90}, {60, 20}, {80, 70}};
    double[][] sal = {{0.5, 0.5}, {0.8, 0.2}, {0.3, 0.6}};
    List<Dimension> dims = List.of(new Dimension("x", 0, 100), new Dimension("y", 0, 100));
    BargainingProblem p = new BargainingProblem(ids, new double[] {1, 2, 3}, dims, pos, sal, null);
    double[] far =
        new NashBargaining(Utility.QUADRATIC, WeightScheme.CAPABILITY, new Disagreement.Far())
            .forecast(p)
            .settlement();
    // Closed form of the limit (class Javadoc): weights c_i s_id / sum_k s_ik.
    double wx0 = 1 * 0.5 / 1.0, wx1 = 2 * 0.8 / 1.0, wx2 = 3 * 0.3 / 0.9;
    assertThat(far[0])
        .isCloseTo((wx0 * 10 + wx1 * 60 + wx2 * 80) / (wx0 + wx1 + wx2), within(1e-9));
    double[] numeric =
        new NashBargaining(
                Utility.QUADRATIC,
                WeightScheme.CAPABILITY,
                new Disagreement.Point(new double[] {-1e4, -1e4}))
            .forecast(p)
            .settlement();
    assertThat(numeric).containsExactly(far, within(0.5));
  }

  @Test
  void powerWeightedMeanSpansTheMeans() {
    // Closed forms: exponents (1,1) are the compromise model, (0,0) the unweighted mean, (1,0) the
    // capability-weighted mean.
    assertThat(new PowerWeightedMean(1, 1).forecast(ec).settlement(0))
        .isCloseTo(new CompromiseModel().forecast(ec).settlement(0), within(1e-12));
    assertThat(new PowerWeightedMean(0, 0).forecast(ec).settlement(0))
        .isCloseTo(6.7, within(1e-12));
    assertThat(new PowerWeightedMean(1, 0).forecast(ec).settlement(0))
        .isCloseTo(
            new CompromiseModel(WeightScheme.CAPABILITY).forecast(ec).settlement(0), within(1e-12));
  }

  @Test
  void blendIsTheWeightedSumOfItsComponents() {
    CalibratedBlend b =
        new CalibratedBlend(
            List.of(new CompromiseModel(), new WeightedMedian()), new double[] {0.25, 0.75});
    // 0.25 * 7.38996 + 0.75 * 7 (weighted mean and median of the EC example, §3.11).
    double mean = new CompromiseModel().forecast(ec).settlement(0);
    assertThat(b.forecast(ec).settlement(0)).isCloseTo(0.25 * mean + 0.75 * 7, within(1e-12));
    // Least-absolute-error fit: outcomes equal to component 1 give all weight to it.
    double[][] f = {{1, 10}, {2, 20}, {3, 30}, {4, 5}};
    double[] y = {10, 20, 30, 5};
    assertThat(CalibratedBlend.fitWeights(f, y)).containsExactly(new double[] {0, 1}, within(1e-9));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new CalibratedBlend(List.of(new CompromiseModel()), new double[] {0.5}))
        .hasMessageContaining("sum to 0.5");
  }

  @Test
  void registryKnowsEveryModel() {
    assertThat(Forecasters.names())
        .containsExactly("eum", "smp", "compromise", "nbs", "median", "blend", "power-mean");
    for (String n : Forecasters.names()) {
      assertThat(Forecasters.byName(n)).get().extracting(Forecaster::name).isEqualTo(n);
    }
    assertThat(Forecasters.byName("oracle")).isEmpty();
  }
}
