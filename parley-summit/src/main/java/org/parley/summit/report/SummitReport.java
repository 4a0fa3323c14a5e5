package org.parley.summit.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.parley.bargaining.scenario.SettlementAnalysis.ModelSettlement;
import org.parley.model.Scenario;
import org.parley.summit.SummitBaseline;
import org.parley.summit.sensitivity.SobolIndices;
import org.parley.summit.sensitivity.TornadoResult;
import org.parley.summit.simulation.MonteCarloResult;

/**
 * Everything one analysis found, ready to render as text, JSON or HTML. Nothing in it depends on
 * the thread count or the clock, so the same request gives the same report.
 *
 * @param scenario the scenario analysed
 * @param request what was asked
 * @param baseline stages A–E at the point values
 * @param comparison other forecasters' settlements
 * @param monteCarlo stage F
 * @param tornado stage G, if asked
 * @param sobol variance-based indices, if asked
 */
public record SummitReport(
    Scenario scenario,
    AnalysisRequest request,
    SummitBaseline baseline,
    List<ModelSettlement> comparison,
    MonteCarloResult monteCarlo,
    Optional<TornadoResult> tornado,
    Optional<SobolIndices> sobol) {
  /** The report layout's version, written into the JSON ({@code docs/report.schema.json}). */
  public static final String FORMAT = "parley-report/1";

  public SummitReport {
    requireNonNull(scenario, "scenario");
    requireNonNull(request, "request");
    requireNonNull(baseline, "baseline");
    comparison = List.copyOf(comparison);
    requireNonNull(monteCarlo, "monteCarlo");
    requireNonNull(tornado, "tornado");
    requireNonNull(sobol, "sobol");
  }
}
