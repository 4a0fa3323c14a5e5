package org.parley.summit;

import static java.util.Objects.requireNonNull;

import org.parley.bargaining.Forecaster;
import org.parley.bargaining.Forecasters;
import org.parley.bargaining.scenario.SettlementAnalysis;
import org.parley.bargaining.scenario.SettlementAnalysis.ModelSettlement;
import org.parley.model.Scenario;
import org.parley.summit.credibility.Credibility;
import org.parley.summit.credibility.CredibilityAnalysis;
import org.parley.summit.dynamics.Dynamics;

/**
 * The deterministic summit pipeline (summit.md §2 A–E): settlement, agreed phases, credibility, the
 * compliance equilibria and the exact outcome distribution at the scenario's point values.
 *
 * <pre>{@code
 * Scenario s = BuiltInScenarios.load("singapore-2018").orElseThrow();
 * SummitBaseline b = SummitAnalysis.analyze(s, SummitOptions.defaults());
 * b.credibility().h();          // 0.8 under the commentaries' class
 * b.equilibria().get(0).regret();
 * }</pre>
 */
public final class SummitAnalysis {
  private SummitAnalysis() {}

  /** Runs stages A–E on {@code scenario}. */
  public static SummitBaseline analyze(Scenario scenario, SummitOptions options) {
    requireNonNull(scenario, "scenario");
    requireNonNull(options, "options");
    ModelSettlement settlement = settle(scenario, options);
    Credibility credibility = CredibilityAnalysis.of(scenario, options);
    int agreed = settlement.ladder().agreed().size();
    Dynamics dynamics = new Dynamics(scenario, agreed, credibility, options);
    int stopped = 0;
    for (int j = 1; j <= agreed; j++) {
      if (dynamics.stopsBefore(j)) {
        stopped = j;
        break;
      }
    }
    return new SummitBaseline(
        scenario,
        options,
        settlement,
        settlement.ladder(),
        settlement.ladder().agreed(),
        credibility,
        dynamics.quietPath(),
        stopped,
        dynamics.distribution());
  }

  /** Stage A with the forecaster named in the options. */
  public static ModelSettlement settle(Scenario scenario, SummitOptions options) {
    return SettlementAnalysis.run(scenario, forecaster(options.forecaster()));
  }

  /** A new forecaster by name. */
  public static Forecaster forecaster(String name) {
    return Forecasters.byName(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "forecaster '"
                        + name
                        + "' is not registered; expected one of "
                        + Forecasters.names()));
  }
}
