package org.parley.bargaining.scenario;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.bargaining.Forecast;
import org.parley.bargaining.Forecaster;
import org.parley.model.Issue;
import org.parley.model.Scenario;

/**
 * Runs forecasters on each issue of a scenario and reads each model's settlement against the
 * agreement ladder: the baseline answer to "what can the meeting achieve?".
 */
public final class SettlementAnalysis {
  private SettlementAnalysis() {}

  /**
   * One model's answer.
   *
   * @param model the forecaster's name
   * @param perIssue the forecast of each issue, by issue id, in scenario order
   * @param ladder what the settlement reaches
   */
  public record ModelSettlement(
      String model, Map<String, Forecast> perIssue, LadderReading ladder) {
    public ModelSettlement {
      requireNonNull(model, "model");
      perIssue = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perIssue));
      requireNonNull(ladder, "ladder");
    }

    /** The settlement on each issue, by issue id. */
    public Map<String, Double> settlement() {
      Map<String, Double> out = new LinkedHashMap<>();
      perIssue.forEach((k, f) -> out.put(k, f.settlement(0)));
      return out;
    }
  }

  /** Each forecaster applied to each issue of {@code scenario} separately. */
  public static List<ModelSettlement> run(Scenario scenario, List<Forecaster> forecasters) {
    return forecasters.stream().map(f -> run(scenario, f)).toList();
  }

  /** One forecaster applied to each issue of {@code scenario} separately. */
  public static ModelSettlement run(Scenario scenario, Forecaster forecaster) {
    Map<String, Forecast> perIssue = new LinkedHashMap<>();
    Map<String, Double> settlement = new LinkedHashMap<>();
    for (Issue issue : scenario.issues()) {
      Forecast f = forecaster.forecast(ScenarioBargaining.issueProblem(scenario, issue));
      perIssue.put(issue.id(), f);
      settlement.put(issue.id(), f.settlement(0));
    }
    return new ModelSettlement(forecaster.name(), perIssue, LadderReading.of(scenario, settlement));
  }
}
