package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;
import org.parley.games.ReducedNormalForm;
import org.parley.games.cfr.CfrPlus;
import org.parley.games.extensive.PureBehaviourEnumeration;
import org.parley.games.io.EfgFormat;
import org.parley.games.io.GameFormatException;
import org.parley.games.io.NashOutput;
import org.parley.games.io.NfgFormat;
import org.parley.games.logit.LogitTracing;
import org.parley.games.normal.GambitOrderEnumeration;
import org.parley.games.normal.LemkeHowson;
import org.parley.games.normal.PureStrategyEnumeration;
import org.parley.games.normal.ZeroSumLp;
import org.parley.games.seqform.SequenceFormLemke;
import org.parley.games.seqform.SequenceFormLp;
import org.parley.games.simpdiv.SimplicialSubdivision;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.ExtensiveFormSolver;
import org.parley.games.solver.NormalFormSolver;
import org.parley.games.solver.SolveOptions;
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
 * --json} prints the equilibria with payoffs, per-player regret and solver statistics. Methods are
 * solver classes chosen by name (the table in {@code docs/models/games.md}).
 */
@Command(
    name = "solve",
    mixinStandardHelpOptions = true,
    description =
        "Compute Nash equilibria of a Gambit .nfg or .efg game (output as Gambit's NE lines).")
public final class SolveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "GAME",
      description = "A Gambit .nfg (strategic) or .efg (extensive) game file.")
  Path file;

  @Option(
      names = "--method",
      paramLabel = "METHOD",
      description =
          "enumpure, enummixed, lcp, lp, logit, simpdiv or cfr (default: lcp for two players, logit otherwise).")
  String method;

  @Option(
      names = "--exact",
      description =
          "Exact rational arithmetic (the default for enumpure, enummixed, lcp and lp unless -d is given).")
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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
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
    String text = readFile();
    String head = text.stripLeading();
    Result result;
    if (head.startsWith("NFG")) {
      NormalFormGame g = parseNfg(text);
      checkSize(g);
      result = solveNormal(g, methodOr(g.numPlayers()));
    } else if (head.startsWith("EFG")) {
      EfgFormat.Parsed parsed = parseEfg(text);
      for (String w : parsed.warnings()) {
        err.println("parley: warning: " + file + ": " + w);
      }
      result = solveExtensive(parsed.game(), methodOr(parsed.game().numPlayers()));
    } else {
      throw new UserInputException(
          file + ":1:1: expected a Gambit game file starting with NFG or EFG");
    }
    if (json) {
      out.println(toJson(result));
    } else {
      for (String line : result.lines()) {
        out.println(line);
      }
    }
    out.flush();
    SolverResult<?> r = result.raw();
    if (r instanceof SolverResult.Stopped<?> s && s.reason() == SolverResult.StopReason.TIMEOUT) {
      throw new LimitExceededException(
          "time limit of "
              + timeoutSeconds
              + " s reached after "
              + s.equilibria().size()
              + " equilibria (method "
              + result.method()
              + "); raise it with --timeout");
    }
    if (r instanceof SolverResult.Stopped<?> s
        && s.reason() == SolverResult.StopReason.ITERATION_LIMIT) {
      throw new LimitExceededException(
          "method "
              + result.method()
              + " stopped at its size limit after "
              + s.statistics().iterations()
              + " "
              + s.statistics().iterationUnit()
              + " (the game is too large for it; try --method lcp)");
    }
    return ExitCodes.OK;
  }

  private String methodOr(int players) {
    if (method != null) {
      return method;
    }
    return players == 2 ? "lcp" : "logit";
  }

  private String readFile() {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UserInputException(file + ": no such file; expected a Gambit .nfg or .efg game");
    } catch (IOException e) {
      throw new UserInputException(file + ": cannot read (" + e.getMessage() + ")");
    }
  }

  private NormalFormGame parseNfg(String text) {
    try {
      return NfgFormat.read(text);
    } catch (GameFormatException e) {
      throw new UserInputException(file + ":" + e.line() + ":" + e.column() + ": " + e.problem());
    } catch (IllegalArgumentException e) {
      throw new UserInputException(file + ": " + e.getMessage());
    }
  }

  private EfgFormat.Parsed parseEfg(String text) {
    try {
      return EfgFormat.readWithWarnings(text);
    } catch (GameFormatException e) {
      throw new UserInputException(file + ":" + e.line() + ":" + e.column() + ": " + e.problem());
    } catch (IllegalArgumentException e) {
      throw new UserInputException(file + ": " + e.getMessage());
    }
  }

  private void checkSize(NormalFormGame g) {
    long profiles = 1;
    for (int i = 0; i < g.numPlayers(); i++) {
      if (g.numStrategies(i) > maxStrategies) {
        throw new LimitExceededException(
            "player "
                + (i + 1)
                + " has "
                + g.numStrategies(i)
                + " strategies, more than --max-strategies "
                + maxStrategies);
      }
      profiles *= g.numStrategies(i);
    }
    if (profiles > 100 * maxStrategies) {
      throw new LimitExceededException(
          "the game has "
              + profiles
              + " pure profiles, more than 100 x --max-strategies ("
              + 100 * maxStrategies
              + ")");
    }
  }

  private SolveOptions options(boolean exactByDefault) {
    boolean ex = exact || (exactByDefault && decimals == null);
    return SolveOptions.defaults()
        .withExact(ex)
        .withTimeout(Duration.ofMillis((long) Math.ceil(timeoutSeconds * 1000)))
        .withMaxEquilibria(maxEquilibria);
  }

  /** Printing precision: -1 (exact fractions) when the profile is exact and no -d was given. */
  private int printDecimals() {
    return decimals == null ? -1 : decimals;
  }

  private record Result(
      String method, List<String> lines, List<Map<String, Object>> details, SolverResult<?> raw) {}

  private Result solveNormal(NormalFormGame g, String m) {
    NormalFormSolver solver;
    boolean exactByDefault = true;
    switch (m) {
      case "enumpure" -> solver = new PureStrategyEnumeration();
      case "enummixed" -> solver = new GambitOrderEnumeration();
      case "lcp" -> solver = new LemkeHowson();
      case "lp" -> solver = new ZeroSumLp();
      case "logit" -> {
        return logit(
            m,
            guard(m, () -> new LogitTracing().trace(g, options(false))),
            SolveCommand::mixedProbabilities);
      }
      case "simpdiv" -> solver = new SimplicialSubdivision();
      case "cfr" ->
          throw new UserInputException("option --method: cfr solves extensive games (.efg) only");
      default -> throw unknownMethod(m);
    }
    SolverResult<MixedProfile> r;
    try {
      r = solver.solve(g, options(exactByDefault));
    } catch (IllegalArgumentException e) {
      throw new UserInputException("method " + m + " cannot solve " + file + ": " + e.getMessage());
    }
    List<String> lines = new ArrayList<>();
    List<Map<String, Object>> details = new ArrayList<>();
    for (Equilibrium<MixedProfile> e : r.equilibria()) {
      String line =
          NashOutput.line(
              e.profile(),
              e.profile().isExact() ? printDecimals() : (decimals == null ? 6 : decimals));
      lines.add(line);
      details.add(detail(line, e, mixedProbabilities(e.profile())));
    }
    return new Result(m, lines, details, r);
  }

  private Result solveExtensive(ExtensiveFormGame g, String m) {
    if (strategic || m.equals("enummixed") || m.equals("simpdiv")) {
      // Gambit solves enummixed and simpdiv (and anything with -S) on the reduced strategic form
      ReducedNormalForm rnf;
      try {
        rnf = ReducedNormalForm.of(g, 100 * maxStrategies);
      } catch (IllegalArgumentException e) {
        throw new LimitExceededException(
            "reduced strategic form of "
                + file
                + ": "
                + e.getMessage()
                + " (raise --max-strategies)");
      }
      checkSize(rnf.game());
      // rnf.game() keeps the tree's payoff range, by which Gambit's methods scale payoffs
      return solveNormal(rnf.game(), m);
    }
    ExtensiveFormSolver solver;
    boolean exactByDefault = true;
    switch (m) {
      case "enumpure" -> solver = new PureBehaviourEnumeration(maxStrategies * 100);
      case "lcp" -> solver = new SequenceFormLemke();
      case "lp" -> solver = new SequenceFormLp();
      case "logit" -> {
        return logit(
            m,
            guard(m, () -> new LogitTracing().trace(g, options(false))),
            SolveCommand::behaviourProbabilities);
      }
      case "cfr" -> {
        solver = new CfrPlus();
        exactByDefault = false;
      }
      default -> throw unknownMethod(m);
    }
    SolverResult<BehaviourProfile> r;
    try {
      r = solver.solve(g, options(exactByDefault));
    } catch (IllegalArgumentException e) {
      throw new UserInputException("method " + m + " cannot solve " + file + ": " + e.getMessage());
    } catch (PureBehaviourEnumeration.TooLarge e) {
      throw new LimitExceededException(e.getMessage() + " (raise --max-strategies)");
    }
    List<String> lines = new ArrayList<>();
    List<Map<String, Object>> details = new ArrayList<>();
    for (Equilibrium<BehaviourProfile> e : r.equilibria()) {
      String line =
          m.equals("enumpure") && decimals == null
              ? PureBehaviourEnumeration.gambitLine(g, e.profile())
              : NashOutput.line(
                  e.profile(),
                  e.profile().isExact() ? printDecimals() : (decimals == null ? 6 : decimals));
      lines.add(line);
      details.add(detail(line, e, behaviourProbabilities(e.profile())));
    }
    return new Result(m, lines, details, r);
  }

  /** Runs a solver call, turning its refusal of the game into bad input (exit 2). */
  private <T> T guard(String m, java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (IllegalArgumentException e) {
      throw new UserInputException("method " + m + " cannot solve " + file + ": " + e.getMessage());
    }
  }

  /**
   * A logit trace prints, as Gambit does, the raw end point of the path with {@code %.Ng} digits
   * ({@code -d N}, default 6); the details carry the renormalised profile and its certificate.
   */
  private <P> Result logit(
      String m,
      LogitTracing.Traced<P> traced,
      java.util.function.Function<P, Object> probabilities) {
    SolverResult<P> r = traced.result();
    String line = traced.terminal().gambitLine(decimals == null ? 6 : decimals);
    List<Map<String, Object>> details = new ArrayList<>();
    for (Equilibrium<P> e : r.equilibria()) {
      details.add(detail(line, e, probabilities.apply(e.profile())));
    }
    return new Result(m, r.equilibria().isEmpty() ? List.of() : List.of(line), details, r);
  }

  private static UserInputException unknownMethod(String m) {
    return new UserInputException(
        "option --method: unknown method '"
            + m
            + "'; expected enumpure, enummixed, lcp, lp, logit, simpdiv or cfr");
  }

  private static Map<String, Object> detail(String line, Equilibrium<?> e, Object probabilities) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("ne", line);
    d.put("probabilities", probabilities);
    d.put("payoffs", e.payoffs());
    d.put("regret", e.certificate().regrets());
    d.put("maxRegret", e.certificate().maxRegret());
    e.certificate()
        .exactRegrets()
        .ifPresent(x -> d.put("exactRegret", x.stream().map(Rational::toString).toList()));
    return d;
  }

  private static List<List<String>> mixedProbabilities(MixedProfile p) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < p.numPlayers(); i++) {
      List<String> row = new ArrayList<>();
      for (int s = 0; s < p.numStrategies(i); s++) {
        int player = i;
        int strategy = s;
        row.add(
            p.exactProbability(i, s)
                .map(Rational::toString)
                .orElseGet(() -> Double.toString(p.probability(player, strategy))));
      }
      out.add(row);
    }
    return out;
  }

  private static List<List<List<String>>> behaviourProbabilities(BehaviourProfile p) {
    List<List<List<String>>> out = new ArrayList<>();
    for (int i = 0; i < p.numPlayers(); i++) {
      List<List<String>> player = new ArrayList<>();
      for (int h = 0; h < p.numInfosets(i); h++) {
        List<String> row = new ArrayList<>();
        for (int a = 0; a < p.numActions(i, h); a++) {
          int pi = i;
          int ph = h;
          int pa = a;
          row.add(
              p.exactProbability(i, h, a)
                  .map(Rational::toString)
                  .orElseGet(() -> Double.toString(p.probability(pi, ph, pa))));
        }
        player.add(row);
      }
      out.add(player);
    }
    return out;
  }

  private String toJson(Result r) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("file", file.toString());
    root.put("method", r.method());
    SolverResult<?> raw = r.raw();
    root.put("status", raw instanceof SolverResult.Complete<?> ? "complete" : "stopped");
    if (raw instanceof SolverResult.Stopped<?> s) {
      root.put("stopReason", s.reason().name().toLowerCase(java.util.Locale.ROOT));
    }
    root.put("equilibria", r.details());
    SolverStatistics st = raw.statistics();
    Map<String, Object> stats = new LinkedHashMap<>();
    stats.put("method", st.method());
    stats.put("iterations", st.iterations());
    stats.put("iterationUnit", st.iterationUnit());
    stats.put("elapsedSeconds", st.elapsed().toNanos() / 1e9);
    stats.put("counters", new java.util.TreeMap<>(st.counters()));
    root.put("statistics", stats);
    try {
      return Output.JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
