package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.parley.games.BehaviourProfile;
import org.parley.games.GameTooLargeException;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;
import org.parley.games.io.EfgFormat;
import org.parley.games.io.GameFormatException;
import org.parley.games.io.NfgFormat;
import org.parley.games.method.MethodSettings;
import org.parley.games.method.Solution;
import org.parley.games.method.SolutionMethod;
import org.parley.games.method.SolutionMethods;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.SolverResult;
import org.parley.games.solver.SolverStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley solve GAME}: Nash equilibria of a Gambit {@code .nfg} or {@code .efg} game, printed
 * as Gambit prints them ({@code NE,} lines, strategies or information sets in file order, exact
 * fractions unless {@code -d N} asks for N decimals), so the output diffs against Gambit's. {@code
 * --json} prints the equilibria with payoffs, per-player regret and solver statistics. The method
 * is looked up by name in {@link SolutionMethods}; this class only reads, checks and prints.
 */
@Command(
    name = "solve",
    mixinStandardHelpOptions = true,
    description =
        "Compute Nash equilibria of a Gambit .nfg or .efg game (output as Gambit's NE lines).")
public final class SolveCommand implements Callable<Integer> {
  private static final String STDIN = "-";

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "GAME",
      description =
          "A Gambit .nfg (strategic) or .efg (extensive) game file; '-' or none reads standard input.")
  String file;

  @Option(
      names = "--method",
      paramLabel = "METHOD",
      completionCandidates = MethodNames.class,
      description = "${COMPLETION-CANDIDATES} (default: lcp for two players, logit otherwise).")
  String method;

  /** The registry's method names, for the help text. */
  static final class MethodNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return SolutionMethods.names().iterator();
    }
  }

  @Option(
      names = "--exact",
      description =
          "Exact rational arithmetic (the default for enumpure, enummixed, lcp, lp and simpdiv unless -d is given).")
  boolean exact;

  @Option(
      names = "-d",
      paramLabel = "N",
      description =
          "Print probabilities with N decimals (floating-point arithmetic unless --exact); for logit, N significant digits as Gambit prints them (default 6).")
  Integer decimals;

  @Option(
      names = {"-S", "--strategic"},
      description = "Solve the reduced strategic form of an extensive game (as Gambit's -S).")
  boolean strategic;

  @Option(
      names = {"-c", "--components"},
      description =
          "enummixed: also print the maximal convex sets of equilibria, as Gambit's convex-k lines.")
  boolean components;

  @Option(names = "--json", description = "Print JSON with payoffs, regrets and solver statistics.")
  boolean json;

  @Option(
      names = "--max-equilibria",
      paramLabel = "N",
      defaultValue = "0",
      description = "Stop after N equilibria (0 = all the method finds; default ${DEFAULT-VALUE}).")
  int maxEquilibria;

  @Option(
      names = "--max-strategies",
      paramLabel = "N",
      defaultValue = "100000",
      description =
          "Refuse games where a player has more than N pure strategies, or more than 100·N pure profiles (default ${DEFAULT-VALUE}).")
  long maxStrategies;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "600",
      description =
          "Wall-clock limit; past it the equilibria found so far are printed and the exit code is 3 (default ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Option(
      names = "--iterations",
      paramLabel = "N",
      description =
          "cfr: iteration limit (default 1000000); ending there above the target exploitability exits 3.")
  Integer iterations;

  @Option(
      names = "--epsilon",
      paramLabel = "E",
      description = "cfr: stop once the exploitability is at most E (default 1e-6).")
  Double epsilon;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    MethodSettings settings = settings();
    // a named method and its options are checked before the file is read
    SolutionMethod named = method == null ? null : checked(named());
    String text = readGame();
    String head = text.stripLeading();
    Solution solution;
    SolutionMethod m;
    double range;
    if (head.startsWith("NFG")) {
      NormalFormGame g = parse(() -> NfgFormat.read(text));
      m = named != null ? named : checked(SolutionMethods.defaultFor(g.numPlayers()));
      solution = run(m, () -> m.solve(g, settings));
      range = g.maxPayoff().subtract(g.minPayoff()).doubleValue();
    } else if (head.startsWith("EFG")) {
      EfgFormat.Parsed parsed = parse(() -> EfgFormat.readWithWarnings(text));
      for (String w : parsed.warnings()) {
        err.println("parley: warning: " + name() + ": " + w);
      }
      m = named != null ? named : checked(SolutionMethods.defaultFor(parsed.game().numPlayers()));
      solution = run(m, () -> m.solve(parsed.game(), settings));
      range = parsed.game().maxPayoff().subtract(parsed.game().minPayoff()).doubleValue();
    } else {
      throw new UserInputException(
          name() + ":1:1: expected a Gambit game file starting with NFG or EFG");
    }
    if (json) {
      out.println(toJson(solution, settings));
    } else {
      solution.lines().forEach(out::println);
    }
    out.flush();
    if (m.name().equals("cfr")) {
      if (!json && solution.complete()) {
        err.println("parley: cfr: " + cfrSummary(solution, settings));
      }
    } else {
      warnUncertified(solution, range, err);
    }
    checkStop(solution, settings);
    return ExitCodes.OK;
  }

  /** The options as method settings, each checked with a message naming it. */
  private MethodSettings settings() {
    if (decimals != null && (decimals < 0 || decimals > 60)) {
      throw new UserInputException(
          "option -d: " + decimals + " decimals requested; expected 0 to 60");
    }
    if (maxEquilibria < 0) {
      throw new UserInputException(
          "option --max-equilibria: " + maxEquilibria + "; expected 0 (all) or a positive count");
    }
    if (maxStrategies < 1) {
      throw new UserInputException(
          "option --max-strategies: " + maxStrategies + "; expected a positive count");
    }
    if (!(timeoutSeconds > 0) || timeoutSeconds > 1e7) {
      throw new UserInputException(
          "option --timeout: "
              + timeoutSeconds
              + " seconds; expected a positive number of seconds");
    }
    if (iterations != null && iterations < 1) {
      throw new UserInputException(
          "option --iterations: " + iterations + "; expected a positive count");
    }
    if (epsilon != null && !(epsilon >= 0 && epsilon < Double.POSITIVE_INFINITY)) {
      throw new UserInputException(
          "option --epsilon: " + epsilon + "; expected a non-negative exploitability");
    }
    MethodSettings.Builder s =
        MethodSettings.builder()
            .exact(exact)
            .decimals(decimals == null ? -1 : decimals)
            .strategic(strategic)
            .components(components)
            .maxStrategies(maxStrategies)
            .timeout(Duration.ofMillis((long) Math.ceil(timeoutSeconds * 1000)))
            .maxEquilibria(maxEquilibria);
    if (iterations != null) {
      s.iterations(iterations);
    }
    if (epsilon != null) {
      s.targetExploitability(epsilon);
    }
    return s.build();
  }

  /** The method {@code --method} names. */
  private SolutionMethod named() {
    return SolutionMethods.named(method)
        .orElseThrow(
            () ->
                new UserInputException(
                    "option --method: unknown method '"
                        + method
                        + "'; expected "
                        + String.join(", ", SolutionMethods.names())));
  }

  /** {@code m}, once the options that belong to one method are checked against it. */
  private SolutionMethod checked(SolutionMethod m) {
    if (components && !m.name().equals("enummixed")) {
      throw new UserInputException(
          "option -c applies to --method enummixed only (method is " + m.name() + ")");
    }
    if (components && maxEquilibria > 0) {
      throw new UserInputException(
          "option -c needs every extreme equilibrium; it cannot be combined with --max-equilibria");
    }
    if (!m.name().equals("cfr") && (iterations != null || epsilon != null)) {
      throw new UserInputException(
          "options --iterations and --epsilon apply to --method cfr only (method is "
              + m.name()
              + ")");
    }
    return m;
  }

  private String name() {
    return file == null || file.equals(STDIN) ? "<stdin>" : file;
  }

  private String readGame() {
    try {
      if (file == null || file.equals(STDIN)) {
        return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
      }
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserInputException(file + ": no such file; expected a Gambit .nfg or .efg game");
    } catch (IOException | UncheckedIOException e) {
      throw new UserInputException(name() + ": cannot read (" + e.getMessage() + ")");
    } catch (java.nio.file.InvalidPathException e) {
      throw new UserInputException(file + ": not a valid path (" + e.getReason() + ")");
    }
  }

  private interface Parse<T> {
    T run() throws GameFormatException;
  }

  private <T> T parse(Parse<T> p) {
    try {
      return p.run();
    } catch (GameFormatException e) {
      throw new UserInputException(name() + ":" + e.line() + ":" + e.column() + ": " + e.problem());
    } catch (IllegalArgumentException e) {
      throw new UserInputException(name() + ": " + e.getMessage());
    }
  }

  /** Runs the method, turning its refusal of the game into bad input and its size limit into 3. */
  private Solution run(SolutionMethod m, java.util.function.Supplier<Solution> call) {
    try (ElapsedTicker ticker =
        new ElapsedTicker(
            spec.commandLine().getErr(),
            Terminal.stderr(),
            "solving with " + m.name(),
            timeoutSeconds)) {
      return call.get();
    } catch (IllegalArgumentException e) {
      throw new UserInputException(
          "method " + m.name() + " cannot solve " + name() + ": " + e.getMessage());
    } catch (GameTooLargeException e) {
      throw new LimitExceededException(e.getMessage() + " (raise --max-strategies)");
    }
  }

  /** A run that stopped at a time or work limit has printed what it found; it now says so. */
  private void checkStop(Solution solution, MethodSettings settings) {
    if (!(solution.result() instanceof SolverResult.Stopped<?> s)) {
      return;
    }
    switch (s.reason()) {
      case TIMEOUT ->
          throw new LimitExceededException(
              "time limit of "
                  + timeoutSeconds
                  + " s reached after "
                  + s.equilibria().size()
                  + " equilibria (method "
                  + solution.method()
                  + "); raise it with --timeout"
                  + (components ? " (the convex sets need the complete enumeration)" : ""));
      case ITERATION_LIMIT -> {
        if (solution.method().equals("cfr")) {
          throw new LimitExceededException(
              "cfr did not reach the target exploitability: "
                  + cfrSummary(solution, settings)
                  + "; raise --iterations or --epsilon");
        }
        throw new LimitExceededException(
            "method "
                + solution.method()
                + " stopped at its work limit after "
                + s.statistics().iterations()
                + " "
                + s.statistics().iterationUnit()
                + "; the game is too large for it");
      }
      case EQUILIBRIUM_LIMIT -> {
        // asked for with --max-equilibria: a complete answer to the question
      }
    }
  }

  /**
   * Says on standard error which printed profiles fail their certificate: a player gains more than
   * 1e-6 of the payoff range by deviating (an exact profile: any gain at all). Gambit's {@code
   * logit} end point on some games is such a profile; we print it as Gambit does, and say so.
   */
  private static void warnUncertified(Solution solution, double range, PrintWriter err) {
    double tolerance = 1e-6 * Math.max(range, 1e-300);
    for (int k = 0; k < solution.found().size(); k++) {
      Solution.Found f = solution.found().get(k);
      if (f.equilibrium().certificate().maxRegret() > tolerance) {
        List<Double> regrets = f.equilibrium().certificate().regrets();
        int player = regrets.indexOf(f.equilibrium().certificate().maxRegret());
        err.println(
            String.format(
                Locale.ROOT,
                "parley: warning: line %d is not a Nash equilibrium: player %d gains %.3g by"
                    + " deviating (%.2g of the payoff range)",
                k + 1,
                player + 1,
                regrets.get(player),
                regrets.get(player) / Math.max(range, 1e-300)));
      }
    }
  }

  /** Exploitability of CFR+'s average strategy (NashConv / 2), its iterations and its target. */
  private static String cfrSummary(Solution solution, MethodSettings settings) {
    double exploitability =
        solution.found().isEmpty()
            ? Double.NaN
            : solution.found().get(0).equilibrium().certificate().nashConv() / 2;
    return String.format(
        Locale.ROOT,
        "exploitability %.3g after %d iterations (target %.3g)",
        exploitability,
        solution.result().statistics().iterations(),
        settings.targetExploitability());
  }

  private String toJson(Solution solution, MethodSettings settings) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("file", name());
    root.put("method", solution.method());
    SolverResult<?> raw = solution.result();
    root.put("status", solution.complete() ? "complete" : "stopped");
    if (raw instanceof SolverResult.Stopped<?> s) {
      root.put("stopReason", s.reason().name().toLowerCase(Locale.ROOT));
    }
    if (solution.method().equals("cfr") && !solution.found().isEmpty()) {
      root.put(
          "exploitability", solution.found().get(0).equilibrium().certificate().nashConv() / 2);
      root.put("targetExploitability", settings.targetExploitability());
    }
    List<Map<String, Object>> details = new ArrayList<>();
    for (Solution.Found f : solution.found()) {
      details.add(detail(f.line(), f.equilibrium()));
    }
    root.put("equilibria", details);
    if (!solution.components().isEmpty()) {
      root.put("components", solution.components());
    }
    SolverStatistics st = raw.statistics();
    Map<String, Object> stats = new LinkedHashMap<>();
    stats.put("method", st.method());
    stats.put("iterations", st.iterations());
    stats.put("iterationUnit", st.iterationUnit());
    stats.put("elapsedSeconds", st.elapsed().toNanos() / 1e9);
    stats.put("counters", new TreeMap<>(st.counters()));
    root.put("statistics", stats);
    try {
      return Output.JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static Map<String, Object> detail(String line, Equilibrium<?> e) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("ne", line);
    d.put("probabilities", probabilities(e.profile()));
    d.put("payoffs", e.payoffs());
    d.put("regret", e.certificate().regrets());
    d.put("maxRegret", e.certificate().maxRegret());
    d.put("nashConv", e.certificate().nashConv());
    e.certificate()
        .exactRegrets()
        .ifPresent(x -> d.put("exactRegret", x.stream().map(Rational::toString).toList()));
    return d;
  }

  /** Each probability as an exact fraction when the profile is exact, else as a double. */
  private static Object probabilities(Object profile) {
    if (profile instanceof MixedProfile p) {
      List<List<String>> out = new ArrayList<>();
      for (int i = 0; i < p.numPlayers(); i++) {
        List<String> row = new ArrayList<>();
        for (int s = 0; s < p.numStrategies(i); s++) {
          double d = p.probability(i, s);
          row.add(p.exactProbability(i, s).map(Rational::toString).orElse(Double.toString(d)));
        }
        out.add(row);
      }
      return out;
    }
    BehaviourProfile p = (BehaviourProfile) profile;
    List<List<List<String>>> out = new ArrayList<>();
    for (int i = 0; i < p.numPlayers(); i++) {
      List<List<String>> player = new ArrayList<>();
      for (int h = 0; h < p.numInfosets(i); h++) {
        List<String> row = new ArrayList<>();
        for (int a = 0; a < p.numActions(i, h); a++) {
          double d = p.probability(i, h, a);
          row.add(p.exactProbability(i, h, a).map(Rational::toString).orElse(Double.toString(d)));
        }
        player.add(row);
      }
      out.add(player);
    }
    return out;
  }
}
