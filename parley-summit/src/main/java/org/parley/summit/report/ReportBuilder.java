package org.parley.summit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.bargaining.Forecaster;
import org.parley.bargaining.Forecasters;
import org.parley.bargaining.scenario.SettlementAnalysis;
import org.parley.bargaining.scenario.SettlementAnalysis.ModelSettlement;
import org.parley.model.Scenario;
import org.parley.summit.SummitAnalysis;
import org.parley.summit.SummitBaseline;
import org.parley.summit.SummitModel;
import org.parley.summit.SummitOptions;
import org.parley.summit.sensitivity.Factors;
import org.parley.summit.sensitivity.OutcomeEvent;
import org.parley.summit.sensitivity.SaltelliJansen;
import org.parley.summit.sensitivity.SensitivityOptions;
import org.parley.summit.sensitivity.SobolIndices;
import org.parley.summit.sensitivity.SummitResponse;
import org.parley.summit.sensitivity.Tornado;
import org.parley.summit.sensitivity.TornadoResult;
import org.parley.summit.simulation.CancellationToken;
import org.parley.summit.simulation.Completion;
import org.parley.summit.simulation.MonteCarlo;
import org.parley.summit.simulation.MonteCarloOptions;
import org.parley.summit.simulation.MonteCarloResult;
import org.parley.summit.simulation.ProgressListener;
import org.parley.summit.simulation.UncertainInputs;

/**
 * Runs one whole analysis (stages A–G) and gathers the report: the baseline at the point values,
 * the comparison forecasters, Monte Carlo, and the tornado and Sobol indices when asked. Progress
 * is reported over all stages as one count; cancelling returns nothing partial.
 */
public final class ReportBuilder {
  private ReportBuilder() {}

  /** The work units a request takes, for a progress bar. */
  public static long units(Scenario scenario, AnalysisRequest r) {
    int k = scenario.uncertainty().size();
    long tornado = k == 0 || r.tornadoSamples() == 0 ? 0 : (long) (2 * k + 1) * r.tornadoSamples();
    long sobol = k == 0 || r.sobolSamples() == 0 ? 0 : (long) (k + 2) * r.sobolSamples();
    return r.samples() + tornado + sobol;
  }

  /**
   * Runs the analysis.
   *
   * @throws IllegalArgumentException if a forecaster name or the tornado outcome is not known
   */
  public static Completion<SummitReport> build(
      Scenario scenario,
      AnalysisRequest request,
      ProgressListener progress,
      CancellationToken cancel) {
    OutcomeEvent event = OutcomeEvent.parse(request.tornadoOutcome());
    SummitOptions options = SummitOptions.defaults().withForecaster(request.forecaster());
    SummitBaseline baseline = SummitAnalysis.analyze(scenario, options);
    List<ModelSettlement> comparison = new ArrayList<>();
    for (String name : request.comparison()) {
      Forecaster f =
          Forecasters.byName(name)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown model '"
                              + name
                              + "' (expected one of: "
                              + String.join(", ", Forecasters.names())
                              + ")"));
      comparison.add(SettlementAnalysis.run(scenario, f));
    }
    long total = units(scenario, request);
    SummitModel model = SummitModel.of(options);
    Completion<MonteCarloResult> mc =
        MonteCarlo.of(model)
            .run(
                scenario,
                new MonteCarloOptions(request.samples(), request.seed(), request.threads()),
                (done, all) -> progress.progress(done, total),
                cancel);
    if (mc instanceof Completion.Cancelled<MonteCarloResult> c) {
      return new Completion.Cancelled<>(c.completed(), total);
    }
    long offset = request.samples();
    UncertainInputs inputs = UncertainInputs.of(scenario);
    Optional<TornadoResult> tornado = Optional.empty();
    Optional<SobolIndices> sobol = Optional.empty();
    if (inputs.size() > 0 && request.tornadoSamples() > 0) {
      long base = offset;
      Completion<TornadoResult> t =
          new Tornado()
              .run(
                  Factors.of(inputs),
                  SummitResponse.indicator(inputs, model::trial, event),
                  event.label(),
                  new SensitivityOptions(
                      request.tornadoSamples(), request.seed(), request.threads()),
                  (done, all) -> progress.progress(base + done, total),
                  cancel);
      if (t instanceof Completion.Cancelled<TornadoResult>) {
        return new Completion.Cancelled<>(base, total);
      }
      tornado = Optional.of(t.orElseThrow());
      offset += (long) (2 * inputs.size() + 1) * request.tornadoSamples();
    }
    if (inputs.size() > 0 && request.sobolSamples() > 0) {
      long base = offset;
      Completion<SobolIndices> s =
          new SaltelliJansen()
              .run(
                  Factors.of(inputs),
                  SummitResponse.indicator(inputs, model::trial, event),
                  event.label(),
                  new SensitivityOptions(request.sobolSamples(), request.seed(), request.threads()),
                  (done, all) -> progress.progress(base + done, total),
                  cancel);
      if (s instanceof Completion.Cancelled<SobolIndices>) {
        return new Completion.Cancelled<>(base, total);
      }
      sobol = Optional.of(s.orElseThrow());
    }
    progress.progress(total, total);
    return new Completion.Done<>(
        new SummitReport(
            scenario, request, baseline, comparison, mc.orElseThrow(), tornado, sobol));
  }
}
