package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.games.normal.LemkeHowson;
import org.parley.model.Phase;
import org.parley.model.Scenario;
import org.parley.model.io.ScenarioLoader;
import org.parley.verification.allocation.AccessValue;
import org.parley.verification.allocation.AllocationGame;
import org.parley.verification.allocation.AllocationResult;
import org.parley.verification.allocation.ScenarioAllocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley verify allocate}: the declared/undeclared allocation game of each phase of a
 * scenario and what undeclared-site access is worth (verification.md §5).
 */
@Command(
    name = "allocate",
    mixinStandardHelpOptions = true,
    description =
        "Declared/undeclared allocation game of a scenario's phases. Equilibrium cheating and"
            + " detection probabilities per site type, and the value of access to undeclared sites.")
public final class VerifyAllocateCommand implements Callable<Integer> {
  /** Largest allocation grid accepted. */
  static final int MAX_GRID = 200;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "SCENARIO",
      description =
          "A scenario file (YAML or JSON) or a built-in scenario name (e.g. singapore-2018).")
  String scenario;

  @Option(
      names = "--phase",
      paramLabel = "ID",
      description = "Only this phase (its id or name); default: every phase.")
  String phase;

  @Option(
      names = "--grid",
      paramLabel = "G",
      defaultValue = "10",
      description =
          "Allocation grid: shares 0, 1/G, ..., 1 of the effort to undeclared sites (default ${DEFAULT-VALUE}, at most "
              + MAX_GRID
              + ").")
  int grid;

  @Option(names = "--json", description = "Write JSON instead of text.")
  boolean json;

  @Override
  public Integer call() {
    if (grid < 1) {
      throw new UserInputException("verify allocate: --grid is " + grid + "; it must be >= 1");
    }
    if (grid > MAX_GRID) {
      throw new LimitExceededException(
          "verify allocate: --grid " + grid + " exceeds the limit " + MAX_GRID);
    }
    Scenario s = load(scenario);
    List<Phase> phases = s.phases();
    if (phase != null) {
      phases =
          phases.stream()
              .filter(p -> p.id().equals(phase) || p.name().equalsIgnoreCase(phase))
              .toList();
      if (phases.isEmpty()) {
        throw new UserInputException(
            "verify allocate: --phase '"
                + phase
                + "' is not a phase of scenario '"
                + s.id()
                + "'; expected one of: "
                + String.join(", ", s.phases().stream().map(Phase::id).toList()));
      }
    }
    LemkeHowson solver = new LemkeHowson();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("model", "allocate");
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("scenario", s.id());
    input.put("phase", phase);
    input.put("grid", grid);
    input.put("solver", solver.name());
    root.put("input", input);
    List<Object> phaseReports = new ArrayList<>();
    root.put("phases", phaseReports);
    List<String> lines = new ArrayList<>();
    lines.add(
        "Declared/undeclared allocation game: scenario "
            + s.id()
            + ", grid "
            + grid
            + ", solver "
            + solver.name());
    for (Phase p : phases) {
      AllocationGame.Spec asGranted = ScenarioAllocation.spec(s, p, grid);
      AllocationResult r = new AllocationGame(asGranted).solve(solver);
      AccessValue value =
          AllocationGame.valueOfAccess(ScenarioAllocation.specWithEffort(s, p, grid), solver);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", p.id());
      m.put("name", p.name());
      m.put("access", p.access().name().toLowerCase(Locale.ROOT));
      Map<String, Object> inspectee = new LinkedHashMap<>();
      inspectee.put("b", asGranted.b());
      inspectee.put("d", asGranted.d());
      inspectee.put("h", asGranted.h());
      m.put("inspecteePayoffs", inspectee);
      m.put("inspectionsPerPeriod", asGranted.inspectionsPerPeriod());
      m.put("equilibrium", result(r));
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("withAccess", result(value.withAccess()));
      v.put("withoutAccess", result(value.withoutAccess()));
      v.put("inspectorPayoffGain", value.inspectorPayoffGain());
      v.put("undetectedCheatingReduction", value.undetectedCheatingReduction());
      m.put("valueOfUndeclaredAccess", v);
      phaseReports.add(m);

      lines.add("");
      lines.add(
          "Phase "
              + p.id()
              + " ("
              + p.name()
              + "), access "
              + p.access().name().toLowerCase(Locale.ROOT)
              + ", "
              + fmt(asGranted.inspectionsPerPeriod())
              + " inspections per period");
      lines.add(
          "  complier payoffs vs complying: caught -"
              + fmt(asGranted.b())
              + ", undetected +"
              + fmt(asGranted.d())
              + ", false alarm -"
              + fmt(asGranted.h()));
      lines.add("  equilibrium as granted:");
      describe(lines, r);
      lines.add(
          "  value of undeclared access (same effort, declared + undeclared vs declared only):");
      lines.add(
          row(
              "inspector payoff with / without / gain",
              fmt(value.withAccess().inspectorPayoff())
                  + " / "
                  + fmt(value.withoutAccess().inspectorPayoff())
                  + " / "
                  + fmt(value.inspectorPayoffGain())));
      lines.add(
          row(
              "undetected cheating with / without / reduction",
              fmt(value.withAccess().undetectedCheating())
                  + " / "
                  + fmt(value.withoutAccess().undetectedCheating())
                  + " / "
                  + fmt(value.undetectedCheatingReduction())));
      lines.add(
          row(
              "cheating with / without",
              fmt(value.withAccess().cheating()) + " / " + fmt(value.withoutAccess().cheating())));
    }
    lines.add("");
    lines.add(
        "Complier payoffs: d = phase cost, b = benefit - cost + detected penalty, h = false-alarm collapse x"
            + " (benefit - cost); the regime-risk term of the summit game is left out.");
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      try {
        out.println(Output.JSON.writeValueAsString(root));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write JSON", e);
      }
    } else {
      lines.forEach(out::println);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static Scenario load(String arg) {
    return ScenarioArgument.load(arg, ScenarioLoader.defaults()).scenario();
  }

  private static Map<String, Object> result(AllocationResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("shares", r.shares());
    m.put("allocation", r.allocation());
    m.put("expectedUndeclaredShare", r.expectedUndeclaredShare());
    m.put("comply", r.comply());
    m.put("cheatDeclared", r.cheatDeclared());
    m.put("cheatUndeclared", r.cheatUndeclared());
    m.put("detectionDeclared", r.detectionDeclared());
    m.put("detectionUndeclared", r.detectionUndeclared());
    m.put("undetectedCheating", r.undetectedCheating());
    m.put("inspectorPayoff", r.inspectorPayoff());
    m.put("inspecteePayoff", r.inspecteePayoff());
    m.put("regret", r.regret());
    m.put("equilibriaFound", r.equilibriaFound());
    return m;
  }

  private static void describe(List<String> lines, AllocationResult r) {
    lines.add(
        row("expected share of effort on undeclared sites", fmt(r.expectedUndeclaredShare())));
    lines.add(
        row(
            "P(comply) / P(cheat declared) / P(cheat undeclared)",
            fmt(r.comply()) + " / " + fmt(r.cheatDeclared()) + " / " + fmt(r.cheatUndeclared())));
    lines.add(
        row(
            "P(detect | cheat declared) / (| cheat undeclared)",
            fmt(r.detectionDeclared()) + " / " + fmt(r.detectionUndeclared())));
    lines.add(row("P(undetected cheating)", fmt(r.undetectedCheating())));
    lines.add(
        row(
            "inspector / inspectee payoff",
            fmt(r.inspectorPayoff()) + " / " + fmt(r.inspecteePayoff())));
    lines.add(
        row(
            "regret (equilibria found)",
            String.format(Locale.ROOT, "%.2e (%d)", r.regret(), r.equilibriaFound())));
  }

  private static String row(String label, String value) {
    return String.format(Locale.ROOT, "    %-52s %s", label, value);
  }

  private static String fmt(double x) {
    return String.format(Locale.ROOT, "%.4f", x);
  }
}
