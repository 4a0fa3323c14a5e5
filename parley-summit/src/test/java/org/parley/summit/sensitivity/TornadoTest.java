package org.parley.summit.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.junit.jupiter.api.Test;
import org.parley.model.Distribution;
import org.parley.model.Scenario;
import org.parley.model.io.BuiltInScenarios;
import org.parley.model.paths.ScenarioPaths;
import org.parley.summit.Trial;
import org.parley.summit.TrialOutcome;
import org.parley.summit.simulation.CancellationToken;
import org.parley.summit.simulation.Completion;
import org.parley.summit.simulation.InverseCdf;
import org.parley.summit.simulation.TrialModel;
import org.parley.summit.simulation.UncertainInputs;

class TornadoTest {
  private static final Scenario SINGAPORE = BuiltInScenarios.load("singapore-2018").orElseThrow();
  private static final String CHINA = "assurances.china-guarantee.strength";

  /** Completes with probability σ (the China guarantee's strength); reads no other input. */
  private static final TrialModel STRENGTH_ONLY =
      (s, rng) ->
          rng.nextDouble() < ScenarioPaths.get(s, CHINA)
              ? new Trial(new TrialOutcome.Complete(), 4, 4, 126, false, false)
              : new Trial(new TrialOutcome.StalledAt(1), 1, 1, 6, false, true);

  private static TornadoResult tornado(TrialModel model, int samples, int threads) {
    UncertainInputs inputs = UncertainInputs.of(SINGAPORE);
    return new Tornado()
        .run(
            Factors.of(inputs),
            SummitResponse.indicator(inputs, model, OutcomeEvent.COMPLETE),
            "COMPLETE",
            new SensitivityOptions(samples, 4, threads));
  }

  @Test
  void anInputTheModelIgnoresHasABarOfExactlyZero() {
    TornadoResult t = tornado(STRENGTH_ONLY, 2000, 2);
    assertThat(t.bars()).hasSize(SINGAPORE.uncertainty().size());
    assertThat(t.bars().get(0).input()).isEqualTo(CHINA);
    for (TornadoResult.Bar b : t.bars().subList(1, t.bars().size())) {
      assertThat(b.lowEffect()).as(b.input()).isEqualTo(0.0);
      assertThat(b.highEffect()).as(b.input()).isEqualTo(0.0);
      assertThat(b.lowStandardError()).as(b.input()).isEqualTo(0.0);
      assertThat(b.swing()).isEqualTo(0.0);
    }
  }

  @Test
  void theDrivingInputsBarMatchesItsClosedForm() {
    TornadoResult t = tornado(STRENGTH_ONLY, 4000, 2);
    // σ ~ Beta(2, 4) (singapore-2018.yaml): P(COMPLETE | σ) = σ, so the bar ends are the 10th and
    // 90th percentiles of Beta(2, 4) and the base its median (Hipparchus 3.1 BetaDistribution).
    BetaDistribution beta = new BetaDistribution(2, 4);
    TornadoResult.Bar bar = t.bars().get(0);
    assertThat(bar.lowValue()).isCloseTo(beta.inverseCumulativeProbability(0.1), within(1e-9));
    assertThat(bar.highValue()).isCloseTo(beta.inverseCumulativeProbability(0.9), within(1e-9));
    assertThat(t.base())
        .isCloseTo(beta.inverseCumulativeProbability(0.5), within(4 * Math.sqrt(0.25 / 4000)));
    // Common random numbers: the same uniform decides every setting, so the effect is monotone
    // sample by sample and its standard error is that of P(σ_lo <= u < σ_med).
    assertThat(bar.lowEffect()).isLessThan(0);
    assertThat(bar.highEffect()).isGreaterThan(0);
    double expectedHigh = bar.highValue() - beta.inverseCumulativeProbability(0.5);
    assertThat(bar.highEffect())
        .isCloseTo(expectedHigh, within(4 * bar.highStandardError() + 1e-9));
    assertThat(bar.highStandardError()).isLessThan(Math.sqrt(0.25 / 4000));
  }

  @Test
  void linearResponseGivesExactBars() {
    // Y = 2 x1 − 3 x2 with x1 ~ U(0, 10), x2 ~ Triangular(0, 5, 10); deterministic: the bars are
    // 2 (q1(p) − 5) and −3 (q2(p) − 5) at p = 0.1, 0.9 (closed-form quantiles).
    Factors f =
        new Factors(
            List.of("x1", "x2"),
            List.of(
                InverseCdf.of(new Distribution.Uniform(0, 10)),
                InverseCdf.of(new Distribution.Triangular(0, 5, 10))));
    TornadoResult t =
        new Tornado()
            .run(f, (x, rng) -> 2 * x[0] - 3 * x[1], "y", new SensitivityOptions(10, 1, 1));
    assertThat(t.base()).isCloseTo(2 * 5 - 3 * 5, within(1e-12));
    TornadoResult.Bar x2 = t.bars().get(0);
    TornadoResult.Bar x1 = t.bars().get(1);
    assertThat(x2.input()).isEqualTo("x2");
    double q2lo = Math.sqrt(0.1 * 10 * 5); // triangular: F(x) = x²/50 below the mode
    assertThat(x2.lowEffect()).isCloseTo(-3 * (q2lo - 5), within(1e-9));
    assertThat(x2.highEffect()).isCloseTo(-3 * (10 - q2lo - 5), within(1e-9));
    assertThat(x1.lowEffect()).isCloseTo(2 * (1 - 5), within(1e-9));
    assertThat(x1.highEffect()).isCloseTo(2 * (9 - 5), within(1e-9));
    assertThat(x2.swing()).isGreaterThan(x1.swing());
  }

  @Property(tries = 5)
  void sameSeedSameTornadoOnOneOrTwoThreads(@ForAll @IntRange(min = 2, max = 500) int samples) {
    TrialModel noisy =
        (s, rng) ->
            rng.nextDouble()
                    < ScenarioPaths.get(s, CHINA)
                        * ScenarioPaths.get(s, "verification.false_alarm")
                        * 10
                ? new Trial(new TrialOutcome.Complete(), 4, 4, 126, false, false)
                : new Trial(new TrialOutcome.NoDeal(), 0, 0, 0, false, true);
    assertThat(tornado(noisy, samples, 2)).isEqualTo(tornado(noisy, samples, 1));
  }

  @Test
  void cancellingReturnsNothingPartial() {
    CancellationToken cancel = new CancellationToken();
    AtomicLong calls = new AtomicLong();
    UncertainInputs inputs = UncertainInputs.of(SINGAPORE);
    Response r =
        (x, rng) -> {
          if (calls.incrementAndGet() == 100) {
            cancel.cancel();
          }
          return 1;
        };
    Completion<TornadoResult> c =
        new Tornado()
            .run(
                Factors.of(inputs),
                r,
                "COMPLETE",
                new SensitivityOptions(1_000_000, 1, 2),
                (d, n) -> {},
                cancel);
    assertThat(c).isInstanceOf(Completion.Cancelled.class);
  }

  @Test
  void rejectsPercentilesOnTheWrongSideOfTheMedian() {
    assertThatThrownBy(() -> new Tornado(0.6, 0.9)).hasMessageContaining("0.6");
  }
}
