package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.bargaining.BargainingProblem;
import org.parley.bargaining.Forecast;
import org.parley.bargaining.Forecaster;
import org.parley.bargaining.Forecasters;
import org.parley.bargaining.ktab.KtabCsvReader;
import org.parley.bargaining.ktab.KtabFormatException;
import org.parley.bargaining.scenario.ScenarioBargaining;
import org.parley.bargaining.smp.SpatialModelOfPolitics;
import org.parley.model.Issue;
import org.parley.model.Scenario;
import org.parley.model.io.BuiltInScenarios;
import org.parley.model.io.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley forecast FILE}: the settlement forecast per issue (dimension) of a scenario or a
 * KTAB actor table, with the trajectory round by round and, for the iterative models, who moved
 * whom.
 */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description =
        "Forecast the settlement of a scenario (.yaml, .yml, .json) or a KTAB actor table (.csv):"
            + " the forecast per issue, the trajectory round by round, convergence and, for eum and smp,"
            + " who challenged whom.")
public final class ForecastCommand implements Callable<Integer> {
  /** Input files larger than this are refused. */
  static final long MAX_BYTES = 10_000_000;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description =
          "A scenario file (.yaml, .yml, .json), a built-in scenario name, or a KTAB CSV actor table (.csv).")
  String file;

  @Option(
      names = "--model",
      defaultValue = "eum",
      paramLabel = "MODEL",
      description = "eum (default), smp, compromise, nbs, median, blend or power-mean.")
  String model;

  @Option(
      names = "--json",
      description = "Write JSON: settlement per issue, trajectory arrays, convergence, moves.")
  boolean json;

  @Option(
      names = "--moves",
      defaultValue = "20",
      paramLabel = "N",
      description = "Print at most N moves in text mode (default ${DEFAULT-VALUE}; JSON has all).")
  int maxMoves;

  @Override
  public Integer call() throws IOException {
    Forecaster forecaster =
        Forecasters.byName(model)
            .orElseThrow(
                () ->
                    new UserInputException(
                        "--model '"
                            + model
                            + "' is not a model; expected one of "
                            + String.join(", ", Forecasters.names())));
    if (maxMoves < 0) {
      throw new UserInputException("--moves is " + maxMoves + "; expected a number >= 0");
    }
    Input input = load(file, forecaster);
    List<Section> sections = new ArrayList<>();
    for (BargainingProblem p : input.problems()) {
      sections.add(new Section(p, forecaster.forecast(p)));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Output.JSON.writeValueAsString(toJson(input, sections)));
    } else {
      printText(out, input, sections);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * What was read: a title and the problems to forecast (one multi-dimensional problem for a KTAB
   * table; for a scenario, one problem per issue, or all issues at once for multi-dimensional
   * models).
   */
  record Input(String kind, String title, List<BargainingProblem> problems) {}

  /** One problem and its forecast. */
  record Section(BargainingProblem problem, Forecast forecast) {}

  static Input load(String arg, Forecaster forecaster) throws IOException {
    String lower = arg.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".csv")) {
      return loadScenario(arg, forecaster);
    }
    Path file = Path.of(arg);
    try {
      if (Files.isDirectory(file)) {
        throw new UserInputException(
            file + ": is a directory; expected a scenario or a KTAB CSV file");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new LimitExceededException(
            file + ": " + Files.size(file) + " bytes; the limit is " + MAX_BYTES);
      }
      var k = KtabCsvReader.read(file);
      return new Input(
          "ktab",
          k.name() + (k.description().isBlank() ? "" : " — " + k.description()),
          List.of(k.problem()));
    } catch (NoSuchFileException e) {
      throw new UserInputException(file + ": no such file");
    } catch (KtabFormatException e) {
      throw new UserInputException(e.getMessage());
    }
  }

  /** A scenario file or built-in scenario name: its issues as bargaining problems. */
  static Input loadScenario(String arg, Forecaster forecaster) {
    if (!Files.exists(Path.of(arg)) && !BuiltInScenarios.names().contains(arg)) {
      throw new UserInputException(
          arg
              + ": no such file or built-in scenario; expected a scenario (.yaml, .yml, .json),"
              + " a built-in scenario name ("
              + String.join(", ", BuiltInScenarios.names())
              + ") or a KTAB actor table (.csv)");
    }
    Scenario scenario = ScenarioArgument.load(arg, ScenarioLoader.defaults()).scenario();
    String title = scenario.title();
    if (forecaster instanceof SpatialModelOfPolitics) {
      return new Input(
          "scenario", title, List.of(ScenarioBargaining.fullProblemAsShares(scenario)));
    }
    List<BargainingProblem> problems = new ArrayList<>();
    for (Issue issue : scenario.issues()) {
      problems.add(ScenarioBargaining.issueProblem(scenario, issue));
    }
    return new Input("scenario", title, problems);
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private void printText(PrintWriter out, Input in, List<Section> sections) {
    int actors = 0;
    int issues = 0;
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    for (Section s : sections) {
      ids.addAll(s.problem().actors());
      issues += s.problem().dimensionCount();
    }
    actors = ids.size();
    out.printf(Locale.ROOT, "%s: %s (%d actors, %d issues)%n", file, in.title(), actors, issues);
    Forecast first = sections.get(0).forecast();
    out.printf(
        Locale.ROOT, "model: %s %s%n", first.model(), new java.util.TreeMap<>(first.parameters()));
    out.println();
    int width = 8;
    for (Section s : sections) {
      for (var d : s.problem().dimensions()) {
        width = Math.max(width, d.id().length());
      }
    }
    out.printf(
        Locale.ROOT,
        "%-" + width + "s %10s   %-20s %s%n",
        "issue",
        "forecast",
        "scale",
        "convergence");
    List<String> columns = new ArrayList<>();
    List<List<Double>> series = new ArrayList<>();
    for (Section s : sections) {
      Forecast f = s.forecast();
      BargainingProblem p = s.problem();
      for (int d = 0; d < p.dimensionCount(); d++) {
        var dim = p.dimensions().get(d);
        out.printf(
            Locale.ROOT,
            "%-" + width + "s %10s   %-20s %s%n",
            dim.id(),
            num(f.settlement(d)),
            "[" + num(dim.lo()) + ", " + num(dim.hi()) + "]",
            (f.convergence().converged() ? "converged" : "not converged")
                + ", "
                + f.convergence().rounds()
                + " rounds");
        columns.add(dim.id());
        List<Double> v = new ArrayList<>();
        for (Forecast.Round r : f.trajectory()) {
          v.add(r.forecast()[d]);
        }
        series.add(v);
      }
    }
    int rounds = series.stream().mapToInt(List::size).max().orElse(1);
    if (rounds > 1) {
      out.println();
      out.println("trajectory (forecast after each round; a finished issue keeps its last value):");
      StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "%6s", "round"));
      for (String c : columns) {
        h.append(String.format(Locale.ROOT, " %12.12s", c));
      }
      out.println(h);
      for (int r = 0; r < rounds; r++) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%6d", r));
        for (List<Double> v : series) {
          row.append(String.format(Locale.ROOT, " %12s", num(v.get(Math.min(r, v.size() - 1)))));
        }
        out.println(row);
      }
    }
    int total = sections.stream().mapToInt(s -> s.forecast().moves().size()).sum();
    if (total > 0) {
      out.println();
      out.printf(Locale.ROOT, "moves (%d in all):%n", total);
      int shown = 0;
      for (Section s : sections) {
        for (Forecast.Move m : s.forecast().moves()) {
          if (shown == maxMoves) {
            out.printf(Locale.ROOT, "  ... %d more (use --moves or --json)%n", total - maxMoves);
            return;
          }
          shown++;
          String dim =
              m.dimension() < 0 ? "all issues" : s.problem().dimensions().get(m.dimension()).id();
          out.printf(
              Locale.ROOT,
              "  round %d: %s on %s %s -> %s, moved by %s (expected gain %s)%n",
              m.round(),
              m.actor(),
              dim,
              num(m.from()),
              num(m.to()),
              m.cause(),
              num(m.expectedGain()));
        }
      }
    }
  }

  private static Map<String, Object> toJson(Input in, List<Section> sections) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("input", in.kind());
    root.put("title", in.title());
    Forecast first = sections.get(0).forecast();
    root.put("model", first.model());
    root.put("parameters", new java.util.TreeMap<>(first.parameters()));
    List<Object> issues = new ArrayList<>();
    for (Section s : sections) {
      BargainingProblem p = s.problem();
      Forecast f = s.forecast();
      for (int d = 0; d < p.dimensionCount(); d++) {
        var dim = p.dimensions().get(d);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", dim.id());
        m.put("lo", dim.lo());
        m.put("hi", dim.hi());
        m.put("settlement", f.settlement(d));
        m.put("actors", p.actors());
        List<Object> traj = new ArrayList<>();
        for (Forecast.Round r : f.trajectory()) {
          Map<String, Object> t = new LinkedHashMap<>();
          t.put("round", r.index());
          t.put("forecast", r.forecast()[d]);
          double[] pos = new double[p.actorCount()];
          for (int i = 0; i < pos.length; i++) {
            pos[i] = r.positions()[i][d];
          }
          t.put("positions", pos);
          traj.add(t);
        }
        m.put("trajectory", traj);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("converged", f.convergence().converged());
        c.put("rounds", f.convergence().rounds());
        c.put("detail", f.convergence().detail());
        m.put("convergence", c);
        List<Object> moves = new ArrayList<>();
        for (Forecast.Move mv : f.moves()) {
          if (mv.dimension() != d && mv.dimension() >= 0) {
            continue;
          }
          Map<String, Object> x = new LinkedHashMap<>();
          x.put("round", mv.round());
          x.put("actor", mv.actor());
          x.put("from", mv.from());
          x.put("to", mv.to());
          x.put("cause", mv.cause());
          x.put("expectedGain", mv.expectedGain());
          x.put("allIssues", mv.dimension() < 0);
          moves.add(x);
        }
        m.put("moves", moves);
        issues.add(m);
      }
    }
    root.put("issues", issues);
    return root;
  }
}
