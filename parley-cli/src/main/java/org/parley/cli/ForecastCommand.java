package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
    description = {
      "Forecast the settlement of a scenario (.yaml, .yml, .json) or a KTAB actor table (.csv):",
      "the forecast per issue, the trajectory round by round, convergence and, for eum and smp,",
      "who challenged whom."
    })
public final class ForecastCommand implements Callable<Integer> {
  /** Input files larger than this are refused. */
  static final long MAX_BYTES = 10_000_000;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A scenario file or a KTAB CSV actor table.")
  Path file;

  @Option(names = "--model", defaultValue = "eum", paramLabel = "MODEL",
      description = "eum (default), smp, compromise, nbs, median or blend.")
  String model;

  @Option(names = "--json", description = "Write JSON: settlement per issue, trajectory arrays, convergence, moves.")
  boolean json;

  @Option(names = "--moves", defaultValue = "20", paramLabel = "N",
      description = "Print at most N moves in text mode (default ${DEFAULT-VALUE}; JSON has all).")
  int maxMoves;

  @Override
  public Integer call() throws IOException {
    Forecaster forecaster = Forecasters.byName(model).orElseThrow(() -> new UserInputException(
        "--model '" + model + "' is not a model; expected one of " + String.join(", ", Forecasters.names())));
    if (maxMoves < 0) {
      throw new UserInputException("--moves is " + maxMoves + "; expected a number >= 0");
    }
    Input input = load(file);
    Forecast f = forecaster.forecast(input.problem());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(input, f)));
    } else {
      printText(out, input, f);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** What was read: a title and the problem. */
  record Input(String kind, String title, BargainingProblem problem) {}

  static Input load(Path file) throws IOException {
    try {
      if (Files.isDirectory(file)) {
        throw new UserInputException(file + ": is a directory; expected a scenario or a KTAB CSV file");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new LimitExceededException(file + ": " + Files.size(file) + " bytes; the limit is " + MAX_BYTES);
      }
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".csv")) {
        var k = KtabCsvReader.read(file);
        return new Input("ktab", k.name() + (k.description().isBlank() ? "" : " — " + k.description()), k.problem());
      }
      if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) {
        return loadScenario(file);
      }
      throw new UserInputException(file + ": unknown file type; expected a scenario (.yaml, .yml, .json) or a KTAB actor table (.csv)");
    } catch (NoSuchFileException e) {
      throw new UserInputException(file + ": no such file");
    } catch (KtabFormatException e) {
      throw new UserInputException(e.getMessage());
    }
  }

  /** A scenario's issues as a bargaining problem. */
  static Input loadScenario(Path file) {
    throw new UserInputException(file + ": forecasting a scenario file is not available in this build yet"
        + " (the scenario-to-bargaining bridge is missing); use a KTAB CSV actor table");
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private void printText(PrintWriter out, Input in, Forecast f) {
    BargainingProblem p = in.problem();
    out.printf(Locale.ROOT, "%s: %s (%d actors, %d issues)%n", file, in.title(), p.actorCount(), p.dimensionCount());
    out.printf(Locale.ROOT, "model: %s %s%n", f.model(), f.parameters());
    out.println();
    int width = 8;
    for (var d : p.dimensions()) {
      width = Math.max(width, d.id().length());
    }
    out.printf(Locale.ROOT, "%-" + width + "s %10s   %s%n", "issue", "forecast", "scale");
    for (int d = 0; d < p.dimensionCount(); d++) {
      var dim = p.dimensions().get(d);
      out.printf(Locale.ROOT, "%-" + width + "s %10s   [%s, %s]%n", dim.id(), num(f.settlement(d)), num(dim.lo()), num(dim.hi()));
    }
    out.println();
    out.printf(Locale.ROOT, "convergence: %s after %d rounds — %s%n",
        f.convergence().converged() ? "converged" : "not converged", f.convergence().rounds(), f.convergence().detail());
    if (f.trajectory().size() > 1) {
      out.println();
      out.println("trajectory (forecast after each round):");
      StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "%6s", "round"));
      for (var dim : p.dimensions()) {
        h.append(String.format(Locale.ROOT, " %12.12s", dim.id()));
      }
      out.println(h);
      for (Forecast.Round r : f.trajectory()) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%6d", r.index()));
        for (double v : r.forecast()) {
          row.append(String.format(Locale.ROOT, " %12s", num(v)));
        }
        out.println(row);
      }
    }
    if (!f.moves().isEmpty()) {
      out.println();
      out.printf(Locale.ROOT, "moves (%d in all):%n", f.moves().size());
      int shown = 0;
      for (Forecast.Move m : f.moves()) {
        if (shown++ >= maxMoves) {
          out.printf(Locale.ROOT, "  ... %d more (use --moves or --json)%n", f.moves().size() - maxMoves);
          break;
        }
        String dim = m.dimension() < 0 ? "all" : p.dimensions().get(m.dimension()).id();
        out.printf(Locale.ROOT, "  round %d: %s on %s %s -> %s, moved by %s (expected gain %s)%n",
            m.round(), m.actor(), dim, num(m.from()), num(m.to()), m.cause(), num(m.expectedGain()));
      }
    }
  }

  private static Map<String, Object> toJson(Input in, Forecast f) {
    BargainingProblem p = in.problem();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("input", in.kind());
    root.put("title", in.title());
    root.put("model", f.model());
    root.put("parameters", new java.util.TreeMap<>(f.parameters()));
    root.put("actors", p.actors());
    List<Object> dims = new ArrayList<>();
    for (int d = 0; d < p.dimensionCount(); d++) {
      var dim = p.dimensions().get(d);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", dim.id());
      m.put("lo", dim.lo());
      m.put("hi", dim.hi());
      m.put("settlement", f.settlement(d));
      dims.add(m);
    }
    root.put("issues", dims);
    List<Object> traj = new ArrayList<>();
    for (Forecast.Round r : f.trajectory()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("round", r.index());
      m.put("forecast", r.forecast());
      m.put("positions", r.positions());
      traj.add(m);
    }
    root.put("trajectory", traj);
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("converged", f.convergence().converged());
    c.put("rounds", f.convergence().rounds());
    c.put("detail", f.convergence().detail());
    root.put("convergence", c);
    List<Object> moves = new ArrayList<>();
    for (Forecast.Move mv : f.moves()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("round", mv.round());
      m.put("actor", mv.actor());
      m.put("issue", mv.dimension() < 0 ? null : p.dimensions().get(mv.dimension()).id());
      m.put("from", mv.from());
      m.put("to", mv.to());
      m.put("cause", mv.cause());
      m.put("expectedGain", mv.expectedGain());
      moves.add(m);
    }
    root.put("moves", moves);
    return root;
  }
}
