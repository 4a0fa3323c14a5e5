package org.parley.summit.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.model.Scenario;
import org.parley.model.io.BuiltInScenarios;
import org.parley.summit.SummitModel;
import org.parley.summit.SummitOptions;
import org.parley.summit.sensitivity.Factors;
import org.parley.summit.sensitivity.OutcomeEvent;
import org.parley.summit.sensitivity.SensitivityOptions;
import org.parley.summit.sensitivity.SummitResponse;
import org.parley.summit.sensitivity.Tornado;
import org.parley.summit.sensitivity.TornadoResult;

/** The Monte Carlo and the tornado on the real summit model and the built-in scenarios. */
class SummitMonteCarloTest {
  private static MonteCarloResult run(Scenario s, int threads) {
    return MonteCarlo.of(SummitModel.of(SummitOptions.defaults()))
        .run(s, new MonteCarloOptions(300, 2018, threads));
  }

  @ParameterizedTest
  @ValueSource(strings = {"singapore-2018", "libya-2003"})
  void sameSeedSameReportOnOneOrTwoThreadsAndProbabilitiesSumToOne(String name) {
    Scenario s = BuiltInScenarios.load(name).orElseThrow();
    MonteCarloResult one = run(s, 1);
    MonteCarloResult two = run(s, 2);
    assertThat(two).isEqualTo(one);
    assertThat(one.kinds().stream().mapToLong(Probability::count).sum()).isEqualTo(300);
    assertThat(one.kinds().stream().mapToDouble(Probability::estimate).sum())
        .isCloseTo(1.0, within(1e-12));
    one.outcomes()
        .forEach(
            o ->
                assertThat(o.probability().interval95().contains(o.probability().estimate()))
                    .isTrue());
    assertThat(one.expectedDeepestPhase()).isBetween(0.0, (double) s.phases().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"singapore-2018"})
  void tornadoOnTheSummitModelIsReproducible(String name) {
    Scenario s = BuiltInScenarios.load(name).orElseThrow();
    UncertainInputs inputs = UncertainInputs.of(s);
    SummitModel model = SummitModel.of(SummitOptions.defaults());
    OutcomeEvent event = OutcomeEvent.parse("REACHED(3)");
    Tornado tornado = new Tornado();
    TornadoResult a =
        tornado.run(
            Factors.of(inputs),
            SummitResponse.indicator(inputs, model::trial, event),
            event.label(),
            new SensitivityOptions(40, 1, 1));
    TornadoResult b =
        tornado.run(
            Factors.of(inputs),
            SummitResponse.indicator(inputs, model::trial, event),
            event.label(),
            new SensitivityOptions(40, 1, 2));
    assertThat(b).isEqualTo(a);
    assertThat(a.bars()).hasSize(s.uncertainty().size());
    for (int i = 1; i < a.bars().size(); i++) {
      assertThat(a.bars().get(i).swing()).isLessThanOrEqualTo(a.bars().get(i - 1).swing());
    }
  }
}
