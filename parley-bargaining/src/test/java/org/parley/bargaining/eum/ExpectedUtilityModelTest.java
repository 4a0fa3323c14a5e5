package org.parley.bargaining.eum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.bargaining.BargainingProblem;
import org.parley.bargaining.Dimension;
import org.parley.bargaining.Forecast;
import org.parley.bargaining.TestData;

/**
 * Reference values of the EC emission-standards example (BDM 1994 p. 78; Scholz, Calbert &amp;
 * Smith 2011), as given in bargaining.md §3.11.
 */
class ExpectedUtilityModelTest {
  private final TestData.Emission ec = TestData.emission();

  private EumTrajectory run(EumOptions o) {
    return new ExpectedUtilityModel(o).run(ec.c(), ec.x(), ec.s());
  }

  private static double[] means(EumTrajectory t) {
    return t.rounds().stream().mapToDouble(EumTrajectory.Round::mean).toArray();
  }

  @Test
  void handCheckableValuesOfThePaperForm() {
    // bargaining.md §3.11: P(Belgium beats Netherlands) = 1.287/2.031 = 0.6337 (paper form, §3.3);
    // E_Belgium(U_Belgium,Netherlands) with r = 1, Q = 1: 0.8 (0.634 - 0.366) + 0.2 = 0.414.
    ExpectedUtilityModel m = new ExpectedUtilityModel(EumOptions.paperLiteral());
    ExpectedUtilityModel.Run run = m.new Run(ec.c(), ec.x(), ec.s());
    int be = ec.actors().indexOf("Belgium");
    int nl = ec.actors().indexOf("Netherlands");
    assertThat(run.probability(be, nl)).isCloseTo(1.287 / 2.031, within(1e-4));
    assertThat(run.probability(be, nl) + run.probability(nl, be)).isCloseTo(1.0, within(1e-12));
    assertThat(run.expectedUtility(be, nl, 1.0)).isCloseTo(0.414, within(1e-3));
  }

  @Test
  void scholzCodeVariantReproducesTheIndependentTrajectory() {
    EumTrajectory t = run(EumOptions.scholzCode());
    // bargaining.md §3.11, "computed independently, variant (S)": mean position by round.
    double[] expected = {
      7.390, 7.461, 7.553, 7.590, 7.358, 7.349, 7.415, 7.510, 7.572, 7.325, 7.242
    };
    assertThat(means(t)).containsExactly(expected, within(1e-3));
    // Round-1 risk exponents (S), same section, in the order of the input table.
    double[] r1 = {1.4057, 0.7542, 0.5089, 1.4057, 1.0465, 1.0465, 1.9649, 0.5000, 2.0000, 1.1121};
    assertThat(t.rounds().get(1).riskExponents()).containsExactly(r1, within(1e-4));
    // Positions after round 1: BE 8.42, LU 7.0, IE 4.0, others unchanged.
    double[] p1 = t.rounds().get(1).positions();
    assertThat(p1[ec.actors().indexOf("Belgium")]).isCloseTo(8.42, within(5e-3));
    assertThat(p1[ec.actors().indexOf("Luxembourg")]).isEqualTo(7.0);
    assertThat(p1[ec.actors().indexOf("Ireland")]).isEqualTo(4.0);
    // Belgium in rounds 2-10: 9.61, 9.96, 4.8, 5.52, 7.47, 8.82, 9.67, 4.14, 4.29 (same section).
    double[] be = {9.61, 9.96, 4.8, 5.52, 7.47, 8.82, 9.67, 4.14, 4.29};
    int b = ec.actors().indexOf("Belgium");
    for (int k = 0; k < be.length; k++) {
      assertThat(t.rounds().get(k + 2).positions()[b])
          .as("Belgium round %d", k + 2)
          .isCloseTo(be[k], within(5e-3));
    }
    assertThat(t.converged()).isFalse();
  }

  @Test
  void scholzCodeVariantMatchesThePublishedCurveInSevenOfTenRounds() {
    // Scholz et al. 2011, mean position per round ("Original" curve, read from the plot to one
    // decimal as given in bargaining.md §3.11); rounds 5 and 10 are read as "~7.3" and "~7.2".
    double[] published = {7.40, 7.50, 7.59, 7.31, 7.3, 7.40, 7.50, 7.60, 7.31, 7.2};
    double[] ours = means(run(EumOptions.scholzCode()));
    int matches = 0;
    for (int k = 0; k < published.length; k++) {
      double rounded = Math.round(ours[k + 1] * 10) / 10.0;
      if (Math.abs(rounded - Math.round(published[k] * 10) / 10.0) < 1e-9) {
        matches++;
      }
      assertThat(Math.abs(ours[k + 1] - published[k])).as("round %d", k + 1).isLessThan(0.15);
    }
    assertThat(matches).isGreaterThanOrEqualTo(7);
  }

  @Test
  void paperLiteralVariantReproducesTheIndependentTrajectory() {
    EumTrajectory t = run(EumOptions.paperLiteral());
    // bargaining.md §3.11, "computed independently, variant (P)": round-1 danger and exponents.
    double[] danger = {
      3.1649, 3.7634, 7.5412, 3.1649, 3.6900, 3.6900, 0.0350, 6.1908, 1.7062, 1.3359
    };
    double[] r = {1.1172, 1.0044, 0.5000, 1.1172, 1.0176, 1.0176, 2.0000, 0.6483, 1.4537, 1.5569};
    assertThat(t.rounds().get(1).danger()).containsExactly(danger, within(1e-4));
    assertThat(t.rounds().get(1).riskExponents()).containsExactly(r, within(1e-4));
    double[] mean = {7.390, 6.999, 6.689, 7.081, 7.052, 7.035, 7.024, 7.016, 7.012, 7.008, 7.006};
    assertThat(means(t)).containsExactly(mean, within(1e-3));
    // "median 7 throughout"
    assertThat(t.rounds()).allSatisfy(round -> assertThat(round.median()).isEqualTo(7.0));
  }

  @Test
  void thePublishedCapitulationTypoChangesNothingInTheExample() {
    // bargaining.md §3.8(S)2: "in the emission example fixing it changes nothing in 10 rounds".
    assertThat(means(run(EumOptions.scholzCode().withPublishedCapitulation(true))))
        .containsExactly(means(run(EumOptions.scholzCode())), within(1e-12));
  }

  @Test
  void forecastCarriesTrajectoryMovesAndParameters() {
    Forecast f = new ExpectedUtilityModel().forecast(ec.problem());
    assertThat(f.model()).isEqualTo("eum");
    assertThat(f.trajectory()).hasSize(11);
    assertThat(f.settlement(0)).isCloseTo(7.242, within(1e-3));
    assertThat(f.moves()).isNotEmpty();
    Forecast.Move first = f.moves().get(0);
    assertThat(first.round()).isEqualTo(1);
    assertThat(f.moves())
        .anySatisfy(
            m -> {
              assertThat(m.actor()).isEqualTo("Belgium");
              assertThat(m.round()).isEqualTo(1);
              assertThat(m.to()).isCloseTo(8.42, within(5e-3));
              assertThat(m.expectedGain()).isPositive();
            });
    assertThat(f.parameters())
        .containsEntry("probability", "all-pairs")
        .containsEntry("outcome", "mean");
    assertThat(f.convergence().converged()).isFalse();
    assertThat(f.convergence().rounds()).isEqualTo(10);
  }

  @Test
  void medianOutcomeAndMultiDimensionRunPerDimension() {
    ExpectedUtilityModel median =
        new ExpectedUtilityModel(EumOptions.scholzCode().withOutcome(EumOptions.Outcome.MEDIAN));
    // The (S) run's final weighted median is 7 (round 10, positions listed in §3.11's run).
    assertThat(median.forecast(ec.problem()).settlement(0)).isEqualTo(7.0);
    // Two identical dimensions give the one-dimensional answer on each.
    int n = ec.x().length;
    double[][] pos = new double[n][];
    double[][] sal = new double[n][];
    for (int i = 0; i < n; i++) {
      pos[i] = new double[] {ec.x()[i], ec.x()[i]};
      sal[i] = new double[] {ec.s()[i], ec.s()[i]};
    }
    BargainingProblem two =
        new BargainingProblem(
            ec.actors(),
            ec.c(),
            List.of(new Dimension("a", 0, 20), new Dimension("b", 0, 20)),
            pos,
            sal,
            null);
    Forecast f = new ExpectedUtilityModel().forecast(two);
    assertThat(f.settlement()).containsExactly(new double[] {7.242, 7.242}, within(1e-3));
    assertThat(f.trajectory().get(3).positions()[1])
        .containsExactly(new double[] {9.962, 9.962}, within(1e-3));
  }

  @Test
  void earlyStoppingAtAFixedPoint() {
    // All actors at one position: nobody can move; the run stops at once, converged.
    EumTrajectory t =
        new ExpectedUtilityModel()
            .run(new double[] {1, 1, 1}, new double[] {5, 5, 5}, new double[] {0.5, 0.5, 0.5});
    assertThat(t.converged()).isTrue();
    assertThat(t.last().mean()).isEqualTo(5.0);
    // The epsilon rule stops the (P) run before 10 rounds: late on its mean moves by 0.008
    // or less (§3.11) while dx is about 1, under 0.01*dx; the median stays at 7.
    EumTrajectory p = run(EumOptions.paperLiteral().withEpsilon(1e-2));
    assertThat(p.converged()).isTrue();
    assertThat(p.rounds().size()).isLessThan(11);
    assertThat(Arrays.stream(p.last().positions()).min().orElseThrow()).isGreaterThanOrEqualTo(4.0);
  }

  @Test
  void movesExplainEveryChangeOfPosition() {
    // Certificate: between rounds r-1 and r an actor's position changes exactly when it accepted an
    // offer in round r, and then to that offer's position; offers follow the classification rules.
    for (EumOptions o : new EumOptions[] {EumOptions.scholzCode(), EumOptions.paperLiteral()}) {
      EumTrajectory t = run(o);
      for (int r = 1; r < t.rounds().size(); r++) {
        double[] before = t.rounds().get(r - 1).positions();
        double[] after = t.rounds().get(r).positions();
        for (int a = 0; a < before.length; a++) {
          final int round = r;
          final int actor = a;
          var offer =
              t.moves().stream()
                  .filter(m -> m.round() == round && m.receiver() == actor)
                  .findFirst();
          if (offer.isPresent()) {
            assertThat(offer.get().from()).isEqualTo(before[a]);
            assertThat(after[a]).isEqualTo(offer.get().to());
            var m = offer.get();
            switch (m.type()) {
              case CONFRONTATION ->
                  assertThat(m.proposerGain()).isGreaterThan(m.receiverGain()).isPositive();
              case COMPROMISE ->
                  assertThat(m.proposerGain()).isGreaterThan(Math.abs(m.receiverGain()));
              case CAPITULATION ->
                  assertThat(m.proposerGain()).isPositive().isLessThan(Math.abs(m.receiverGain()));
            }
          } else {
            assertThat(after[a]).isEqualTo(before[a]);
          }
        }
      }
    }
  }
}
