package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.parley.bargaining.Forecasters;
import org.parley.games.io.EfgFormat;
import org.parley.model.Scenario;
import org.parley.model.io.ScenarioLoader;
import org.parley.summit.compliance.PhaseEquilibrium;
import org.parley.summit.report.AnalysisRequest;
import org.parley.summit.report.HtmlReport;
import org.parley.summit.report.JsonReport;
import org.parley.summit.report.ReportBuilder;
import org.parley.summit.report.SummitReport;
import org.parley.summit.report.TextReport;
import org.parley.summit.sensitivity.OutcomeEvent;
import org.parley.summit.simulation.CancellationToken;
import org.parley.summit.simulation.Completion;
import org.parley.summit.simulation.MonteCarloOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley analyze [SCENARIO]}: the whole summit pipeline — the settlement, the agreed phases,
 * credibility, a compliance game per phase, Monte Carlo outcome probabilities and the drivers — as
 * text, JSON and a self-contained HTML page. A thin shell over {@link ReportBuilder}.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description =
        "What can the summit achieve, will the deal hold, and what would change that: the settlement"
            + " per issue, the agreed phases, credibility, each phase's compliance game, outcome"
            + " probabilities with 95%% intervals and the top drivers. With no SCENARIO, the built-in"
            + " 2018 US-North Korea summit (singapore-2018).")
public final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SCENARIO",
      description =
          "A scenario file (.yaml, .yml or .json) or a built-in scenario name (see 'parley scenarios').")
  String scenario;

  @Option(
      names = {"-m", "--model"},
      paramLabel = "MODEL",
      defaultValue = "eum",
      description =
          "Forecaster behind the settlement: eum, smp, compromise, nbs, median, blend, power-mean (default: ${DEFAULT-VALUE}).")
  String model;

  @Option(
      names = "--compare",
      split = ",",
      paramLabel = "MODEL",
      defaultValue = "compromise,nbs,median",
      description =
          "Forecasters shown beside it, comma-separated, or 'none' (default: ${DEFAULT-VALUE}).")
  List<String> compare;

  @Option(
      names = {"-n", "--samples"},
      paramLabel = "N",
      defaultValue = "10000",
      description = "Monte Carlo samples (default: ${DEFAULT-VALUE}; at most 100,000,000).")
  long samples;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Seed of every random draw (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Worker threads (default: one per core). The report does not depend on it.")
  Integer threads;

  @Option(
      names = "--outcome",
      paramLabel = "EVENT",
      defaultValue = "COLLAPSED",
      description =
          "Outcome the drivers explain: COMPLETE, HOLLOW, NO_DEAL, STALLED, COLLAPSED, REACHED(j), ... (default: ${DEFAULT-VALUE}).")
  String outcome;

  @Option(
      names = "--tornado-samples",
      paramLabel = "N",
      defaultValue = "1000",
      description =
          "Trials per setting of the tornado; 0 turns it off (default: ${DEFAULT-VALUE}).")
  int tornadoSamples;

  @Option(
      names = "--sobol",
      arity = "0..1",
      fallbackValue = "2000",
      paramLabel = "N",
      description =
          "Also estimate first-order and total Sobol indices with N base samples (default N: 2000).")
  Integer sobol;

  @Option(
      names = "--json",
      arity = "0..1",
      fallbackValue = "-",
      paramLabel = "FILE",
      description =
          "Write the report as JSON (docs/report.schema.json) to FILE, or to standard output instead of the text.")
  String json;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Write a self-contained HTML report with charts to FILE.")
  Path html;

  @Option(
      names = "--export-games",
      paramLabel = "DIR",
      description = "Write each phase's compliance game to DIR as a Gambit .efg file.")
  Path exportGames;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  @Override
  public Integer call() {
    AnalysisRequest request = request();
    Scenario s = ScenarioArgument.load(scenario, ScenarioLoader.defaults()).scenario();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CancellationToken cancel = new CancellationToken();
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              cancel.cancel();
              try {
                finished.await(5, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "parley-cancel");
    Runtime.getRuntime().addShutdownHook(hook);
    ProgressBar bar = new ProgressBar(err, !quiet && Terminal.stderr());
    try {
      Completion<SummitReport> done;
      try {
        done = ReportBuilder.build(s, request, bar::update, cancel);
      } finally {
        bar.finish();
      }
      if (done instanceof Completion.Cancelled<SummitReport> c) {
        err.printf(
            "parley analyze: cancelled after %d of %d units; nothing was written.%n",
            c.completed(), c.total());
        err.flush();
        return 130;
      }
      writeOutputs(done.orElseThrow(), out);
      return ExitCodes.OK;
    } finally {
      finished.countDown(); // lets a Ctrl-C hook return only after the message or the files are out
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down (Ctrl-C): the hook is running
      }
    }
  }

  private AnalysisRequest request() {
    if (Forecasters.byName(model).isEmpty()) {
      throw new UserInputException(
          "--model: unknown model '"
              + model
              + "' (expected one of: "
              + String.join(", ", Forecasters.names())
              + ")");
    }
    List<String> comparison =
        compare.size() == 1 && compare.get(0).equals("none")
            ? List.of()
            : compare.stream().map(String::trim).filter(c -> !c.equals(model)).toList();
    for (String c : comparison) {
      if (Forecasters.byName(c).isEmpty()) {
        throw new UserInputException(
            "--compare: unknown model '"
                + c
                + "' (expected one of: "
                + String.join(", ", Forecasters.names())
                + ", or none)");
      }
    }
    if (samples < 1 || samples > MonteCarloOptions.MAX_SAMPLES) {
      throw new UserInputException(
          "--samples is " + samples + "; expected 1 to " + MonteCarloOptions.MAX_SAMPLES);
    }
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1 || t > 1024) {
      throw new UserInputException("--threads is " + t + "; expected 1 to 1024");
    }
    try {
      OutcomeEvent.parse(outcome);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--outcome: " + e.getMessage());
    }
    if (tornadoSamples != 0 && tornadoSamples < 2 || tornadoSamples > 100_000) {
      throw new UserInputException(
          "--tornado-samples is " + tornadoSamples + "; expected 0 (off) or 2 to 100,000");
    }
    int sobolN = sobol == null ? 0 : sobol;
    if (sobol != null && (sobolN < 2 || sobolN > 1_000_000)) {
      throw new UserInputException(
          "--sobol is " + sobolN + "; expected 2 to 1,000,000 base samples");
    }
    return new AnalysisRequest(
        model, comparison, samples, seed, t, outcome, tornadoSamples, sobolN);
  }

  private void writeOutputs(SummitReport report, PrintWriter out) {
    try {
      if (exportGames != null) {
        Files.createDirectories(exportGames);
        for (PhaseEquilibrium e : report.baseline().equilibria()) {
          Output.writeAtomically(
              exportGames.resolve(String.format("%02d-%s.efg", e.index(), e.spec().phaseId())),
              EfgFormat.write(e.game()));
        }
      }
      if (html != null) {
        Output.writeAtomically(html, HtmlReport.render(report));
      }
      if (json != null && json.equals("-")) {
        out.print(JsonReport.write(report));
      } else if (json != null) {
        Output.writeAtomically(Path.of(json), JsonReport.write(report));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (json == null || !json.equals("-")) {
      TextReport.write(report, out);
    }
    out.flush();
  }
}
