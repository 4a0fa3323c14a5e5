package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parley.bargaining.Forecast;
import org.parley.bargaining.Forecaster;
import org.parley.bargaining.Forecasters;
import org.parley.bargaining.scenario.LadderReading;
import org.parley.bargaining.scenario.SettlementAnalysis;
import org.parley.bargaining.scenario.SettlementAnalysis.ModelSettlement;
import org.parley.model.Actor;
import org.parley.model.Issue;
import org.parley.model.Phase;
import org.parley.model.Role;
import org.parley.model.Scenario;
import org.parley.model.io.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley analyze [SCENARIO]}: what the meeting can achieve — the settlement each model
 * forecasts on each issue, the labelled point it lies nearest to, and how far up the agreement
 * ladder that settlement reaches (and what blocks the next phase).
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description =
        "Forecast what a summit can achieve: the settlement on each issue by each model and the"
            + " phases of the agreement ladder it reaches. With no SCENARIO, the built-in 2018"
            + " US-North Korea summit (singapore-2018).")
public final class AnalyzeCommand implements Callable<Integer> {
  /** The models run when none is named: EUM and the three baselines. */
  static final List<String> DEFAULT_MODELS = List.of("eum", "compromise", "nbs", "median");

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
      description = "A scenario file (.yaml, .yml or .json) or a built-in scenario name (see 'parley scenarios').")
  String scenario;

  @Option(names = {"-m", "--model"}, split = ",", paramLabel = "MODEL",
      description = "Models to run, comma-separated: eum, smp, compromise, nbs, median, blend (default: eum,compromise,nbs,median).")
  List<String> models;

  @Option(names = "--json", arity = "0..1", fallbackValue = "-", paramLabel = "FILE",
      description = "Write the result as JSON: to FILE, or to standard output instead of the text report.")
  String json;

  @Override
  public Integer call() {
    List<Forecaster> forecasters = forecasters();
    ScenarioLoader.Loaded loaded = ScenarioArgument.load(scenario, ScenarioLoader.defaults());
    Scenario s = loaded.scenario();
    List<ModelSettlement> results = SettlementAnalysis.run(s, forecasters);
    PrintWriter out = spec.commandLine().getOut();
    if (json != null) {
      Output.json(AnalysisJson.of(s, results, loaded.unsourced()), json, out);
      if (!json.equals("-")) {
        printText(out, s, results);
      }
    } else {
      printText(out, s, results);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private List<Forecaster> forecasters() {
    List<String> names = models == null || models.isEmpty() ? DEFAULT_MODELS : models;
    List<Forecaster> out = new ArrayList<>();
    for (String n : names) {
      out.add(Forecasters.byName(n.trim()).orElseThrow(() -> new UserInputException(
          "--model: unknown model '" + n + "' (expected one of: " + String.join(", ", Forecasters.names()) + ")")));
    }
    return out;
  }

  private static void printText(PrintWriter out, Scenario s, List<ModelSettlement> results) {
    out.println(s.title() + "  [" + s.id() + ", as of " + s.asOf() + "]");
    out.println();
    out.println("Question: " + s.question());
    out.println();
    out.println("Actors");
    for (Actor a : s.actors()) {
      String roles = a.roles().stream().sorted().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
      out.printf(java.util.Locale.ROOT, "  %-6s %-36s %-20s capability %.2f%n", a.id(), a.name(), roles, a.capability());
    }
    out.println();
    out.println("Settlement forecast per issue (scale, status quo; each model's settlement ~ nearest labelled point)");
    for (Issue issue : s.issues()) {
      out.printf(java.util.Locale.ROOT, "  %s: %s  [%s-%s, status quo %s]%n", issue.id(), issue.name(),
          Output.one(issue.lo()), Output.one(issue.hi()), Output.one(issue.statusQuo()));
      for (ModelSettlement m : results) {
        Forecast f = m.perIssue().get(issue.id());
        double y = f.settlement(0);
        String anchor = issue.nearestAnchor(y).map(a -> "~ " + Output.one(a.at()) + ": " + a.label()).orElse("");
        out.printf(java.util.Locale.ROOT, "    %-11s %6s  %s%n", m.model(), Output.one(y), anchor);
        if (f.trajectory().size() > 1) {
          out.println("                        " + trajectory(f));
        }
      }
    }
    out.println();
    out.println("Agreement ladder: " + s.phases().stream().map(Phase::id).collect(Collectors.joining(" -> ")));
    for (ModelSettlement m : results) {
      LadderReading r = m.ladder();
      String reached = r.noDeal() ? "no deal (no phase's thresholds met)" : r.agreed().stream().map(Phase::id).collect(Collectors.joining(" -> "));
      out.printf(java.util.Locale.ROOT, "  %-11s reaches %s%n", m.model(), reached);
      r.blocked().ifPresent(b -> out.printf(java.util.Locale.ROOT, "  %-11s   next, %s, needs %s%n", "", b.id(),
          r.shortfalls().stream().map(sf -> sf.issue() + " >= " + Output.one(sf.threshold()) + " (forecast " + Output.one(sf.settlement()) + ")")
              .collect(Collectors.joining(", "))));
    }
    out.println();
    Actor complier = s.actors().stream().filter(a -> a.has(Role.COMPLIER)).findFirst().orElseThrow();
    out.println("Complier: " + complier.name() + ". Baseline models only: credibility, compliance games and Monte Carlo");
    out.println("come with the summit pipeline. Models: " + results.stream().map(ModelSettlement::model).collect(Collectors.joining(", "))
        + " (docs/models/).");
  }

  /** {@code rounds: 72.4 -> 70.1 -> 68.9 (3 rounds, converged)}. */
  private static String trajectory(Forecast f) {
    List<String> pts = new ArrayList<>();
    List<Forecast.Round> rounds = f.trajectory();
    int n = rounds.size();
    for (int i = 0; i < n; i++) {
      if (n > 8 && i >= 3 && i < n - 3) {
        if (i == 3) {
          pts.add("...");
        }
        continue;
      }
      pts.add(Output.one(rounds.get(i).forecast()[0]));
    }
    return "rounds: " + String.join(" -> ", pts) + " (" + (n - 1) + (n == 2 ? " round, " : " rounds, ") + (f.convergence().converged() ? "converged" : "round limit") + ")";
  }

  /** The JSON layout of an analysis (documented in docs/scenario-format.md, "Output"). */
  static final class AnalysisJson {
    private AnalysisJson() {}

    static Map<String, Object> of(Scenario s, List<ModelSettlement> results, List<String> unsourced) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("parley_version", new VersionProvider().getVersion()[0].replace("parley ", ""));
      Map<String, Object> sc = new LinkedHashMap<>();
      sc.put("id", s.id());
      sc.put("title", s.title());
      sc.put("as_of", s.asOf().toString());
      root.put("scenario", sc);
      root.put("question", s.question());
      List<Object> actors = new ArrayList<>();
      for (Actor a : s.actors()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("name", a.name());
        m.put("roles", a.roles().stream().sorted().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).toList());
        m.put("capability", a.capability());
        actors.add(m);
      }
      root.put("actors", actors);
      List<Object> issues = new ArrayList<>();
      for (Issue issue : s.issues()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", issue.id());
        m.put("name", issue.name());
        m.put("scale", List.of(issue.lo(), issue.hi()));
        m.put("status_quo", issue.statusQuo());
        Map<String, Object> forecasts = new LinkedHashMap<>();
        for (ModelSettlement r : results) {
          Forecast f = r.perIssue().get(issue.id());
          Map<String, Object> fm = new LinkedHashMap<>();
          double y = f.settlement(0);
          fm.put("settlement", Output.round(y, 4));
          issue.nearestAnchor(y).ifPresent(a -> fm.put("nearest_anchor", Map.of("at", a.at(), "label", a.label())));
          fm.put("rounds", f.convergence().rounds());
          fm.put("converged", f.convergence().converged());
          fm.put("trajectory", f.trajectory().stream().map(t -> Output.round(t.forecast()[0], 4)).toList());
          forecasts.put(r.model(), fm);
        }
        m.put("forecasts", forecasts);
        issues.add(m);
      }
      root.put("issues", issues);
      Map<String, Object> ladder = new LinkedHashMap<>();
      for (ModelSettlement r : results) {
        Map<String, Object> lm = new LinkedHashMap<>();
        lm.put("agreed_phases", r.ladder().agreed().stream().map(Phase::id).toList());
        lm.put("no_deal", r.ladder().noDeal());
        r.ladder().blocked().ifPresent(b -> {
          lm.put("blocked_at", b.id());
          lm.put("shortfalls", r.ladder().shortfalls().stream().map(sf -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("issue", sf.issue());
            x.put("settlement", Output.round(sf.settlement(), 4));
            x.put("threshold", sf.threshold());
            return x;
          }).toList());
        });
        ladder.put(r.model(), lm);
      }
      root.put("ladder", ladder);
      Map<String, Object> models = new LinkedHashMap<>();
      for (ModelSettlement r : results) {
        Forecast any = r.perIssue().values().iterator().next();
        models.put(r.model(), new java.util.TreeMap<>(any.parameters()));
      }
      root.put("models", models);
      root.put("unsourced_numbers", unsourced);
      return root;
    }
  }
}
