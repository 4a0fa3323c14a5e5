package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.bargaining.CalibratedBlend;
import org.parley.bargaining.deu.Capabilities;
import org.parley.bargaining.deu.CrossValidation;
import org.parley.bargaining.deu.DeuBacktest;
import org.parley.bargaining.deu.DeuDataset;
import org.parley.bargaining.deu.DeuFormatException;
import org.parley.bargaining.deu.DeuIssue;
import org.parley.bargaining.deu.DeuReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parley backtest-deu FILE}: each model's error against the recorded outcomes of DEU-format
 * data (bargaining.md §7), overall and per issue, and the cross-validated error of the calibrated
 * blend.
 */
@Command(
    name = "backtest-deu",
    mixinStandardHelpOptions = true,
    description =
        "Measure each forecaster's error on DEU-format data with known outcomes (0-100 scales):"
            + " mean absolute error (MAE) and RMSE over the issues with an outcome and at least 3"
            + " actors, with equal, GDP and Council-vote capabilities, and the k-fold cross-validated"
            + " error of the calibrated blend (fitted on the other folds only).")
public final class BacktestDeuCommand implements Callable<Integer> {
  /** Files larger than this are refused (the DEU III file is about 90 kB). */
  static final long MAX_BYTES = 20_000_000;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "A DEU-format tab-separated file (e.g. deu3_dev.tsv).")
  Path file;

  @Option(
      names = "--json",
      description = "Write JSON (scores, per-issue forecasts and errors, cross-validation).")
  boolean json;

  @Option(
      names = "--per-issue",
      description = "Also print each issue's outcome and every model's forecast (text mode).")
  boolean perIssue;

  @Option(
      names = "--folds",
      defaultValue = "10",
      description = "Folds of the cross-validation (default ${DEFAULT-VALUE}; 0 skips it).")
  int folds;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the fold assignment (default ${DEFAULT-VALUE}).")
  long seed;

  /** The capabilities of the fitted models: the GDP line when the file has one, else equal. */
  private Capabilities capabilities = Capabilities.GDP;

  @Override
  public Integer call() throws IOException {
    if (folds == 1 || folds < 0) {
      throw new UserInputException(
          "--folds is " + folds + "; expected 0 (no cross-validation) or at least 2");
    }
    DeuDataset data = load(file);
    if (data.scorable().isEmpty()) {
      throw new UserInputException(
          file + ": no issue has an outcome and at least 3 actors with a position and a salience");
    }
    if (folds > 0 && folds > data.scorable().stream().map(DeuIssue::proposal).distinct().count()) {
      throw new UserInputException(
          "--folds is " + folds + "; the file has fewer proposals than that");
    }
    DeuBacktest.Result result = DeuBacktest.run(data, DeuBacktest.standardModels());
    List<CrossValidation.Result> cv = new ArrayList<>();
    capabilities = Capabilities.GDP.availableFor(data) ? Capabilities.GDP : Capabilities.EQUAL;
    if (folds > 0) {
      List<DeuIssue> issues = data.scorable();
      cv.add(
          CrossValidation.run(
              "blend",
              issues,
              CrossValidation.blendFitter(
                  data, issues, CalibratedBlend.deuComponents(), capabilities),
              folds,
              seed));
      cv.add(
          CrossValidation.run(
              "power-mean",
              issues,
              CrossValidation.powerMeanFitter(data, issues, capabilities),
              folds,
              seed));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper m = Output.JSON;
      out.println(m.writeValueAsString(toJson(data, result, cv)));
    } else {
      printText(out, data, result, cv);
    }
    out.flush();
    return ExitCodes.OK;
  }

  static DeuDataset load(Path file) throws IOException {
    try {
      if (Files.isDirectory(file)) {
        throw new UserInputException(file + ": is a directory; expected a DEU-format file");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new LimitExceededException(
            file + ": " + Files.size(file) + " bytes; the limit is " + MAX_BYTES);
      }
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return DeuReader.read(r, file.toString());
      }
    } catch (NoSuchFileException e) {
      throw new UserInputException(file + ": no such file");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new UserInputException(file + ": not UTF-8 text; expected a tab-separated DEU file");
    } catch (DeuFormatException e) {
      throw new UserInputException(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new UserInputException(file + ": " + e.getMessage());
    }
  }

  private static String f2(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
  }

  private void printText(
      PrintWriter out,
      DeuDataset data,
      DeuBacktest.Result result,
      List<CrossValidation.Result> cvs) {
    out.printf(
        Locale.ROOT,
        "DEU backtest: %s — %d issues, %d with an outcome and >= 3 actors%n",
        data.source(),
        data.issues().size(),
        result.issues().size());
    out.println("error = |forecast - outcome| on the 0-100 scale");
    out.println();
    out.printf(Locale.ROOT, "%-26s %4s %7s %7s  %s%n", "model", "n", "MAE", "RMSE", "description");
    for (DeuBacktest.Score s : result.scores()) {
      out.printf(
          Locale.ROOT,
          "%-26s %4d %7s %7s  %s%n",
          s.model().name(),
          s.n(),
          f2(s.mae()),
          f2(s.rmse()),
          s.model().description());
    }
    if (!cvs.isEmpty()) {
      out.println();
      out.println(
          "fitted models, out of sample (fitted on the other folds only; capabilities = "
              + (capabilities == Capabilities.GDP ? "GDP line" : "equal, the file has no GDP line")
              + "):");
      for (CrossValidation.Result cv : cvs) {
        out.printf(
            Locale.ROOT,
            "%-26s %4d %7s %7s  %d-fold cross-validation by proposal, seed %d%n",
            cv.model(),
            cv.n(),
            f2(cv.mae()),
            f2(cv.rmse()),
            cv.k(),
            cv.seed());
        out.printf(
            Locale.ROOT,
            "%-26s fold MAE: %s%n",
            "",
            String.join(
                " ",
                java.util.Arrays.stream(cv.foldMae()).mapToObj(BacktestDeuCommand::f2).toList()));
      }
      out.printf(
          Locale.ROOT,
          "shipped defaults (fitted on the whole DEU III development half): blend %s; power-mean %s%n",
          CalibratedBlend.deuDefault().weightsByComponent(),
          "alpha=0.5 beta=0");
    }
    if (perIssue) {
      out.println();
      StringBuilder h =
          new StringBuilder(
              String.format(Locale.ROOT, "%-12s %4s %7s", "issue", "line", "outcome"));
      for (DeuBacktest.Score s : result.scores()) {
        h.append(String.format(Locale.ROOT, " %8.8s", s.model().name()));
      }
      out.println(h);
      for (int k = 0; k < result.issues().size(); k++) {
        DeuIssue i = result.issues().get(k);
        StringBuilder row =
            new StringBuilder(
                String.format(
                    Locale.ROOT,
                    "%-12s %4d %7s",
                    i.issue(),
                    i.line(),
                    f2(i.outcome().getAsDouble())));
        for (DeuBacktest.Score s : result.scores()) {
          row.append(String.format(Locale.ROOT, " %8s", f2(s.forecasts()[k])));
        }
        out.println(row);
      }
    }
  }

  private Map<String, Object> toJson(
      DeuDataset data, DeuBacktest.Result result, List<CrossValidation.Result> cvs) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("file", data.source());
    root.put("issues", data.issues().size());
    root.put("scored", result.issues().size());
    List<Object> models = new ArrayList<>();
    for (DeuBacktest.Score s : result.scores()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("model", s.model().name());
      m.put("description", s.model().description());
      m.put("n", s.n());
      m.put("mae", s.mae());
      m.put("rmse", s.rmse());
      models.add(m);
    }
    root.put("models", models);
    List<Object> perIssue = new ArrayList<>();
    for (int k = 0; k < result.issues().size(); k++) {
      DeuIssue i = result.issues().get(k);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("issue", i.issue());
      m.put("proposal", i.proposal());
      m.put("line", i.line());
      m.put("actors", i.actors().size());
      double y = i.outcome().getAsDouble();
      m.put("outcome", y);
      Map<String, Object> fc = new LinkedHashMap<>();
      Map<String, Object> err = new LinkedHashMap<>();
      for (DeuBacktest.Score s : result.scores()) {
        double v = s.forecasts()[k];
        fc.put(s.model().name(), Double.isNaN(v) ? null : v);
        err.put(s.model().name(), Double.isNaN(v) ? null : Math.abs(v - y));
      }
      m.put("forecast", fc);
      m.put("absError", err);
      perIssue.add(m);
    }
    root.put("perIssue", perIssue);
    List<Object> cvOut = new ArrayList<>();
    for (CrossValidation.Result cv : cvs) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("model", cv.model());
      c.put("capabilities", capabilities.label());
      c.put("folds", cv.k());
      c.put("seed", cv.seed());
      c.put("n", cv.n());
      c.put("mae", cv.mae());
      c.put("rmse", cv.rmse());
      c.put("foldMae", cv.foldMae());
      c.put("foldModels", cv.foldModels());
      cvOut.add(c);
    }
    root.put("crossValidation", cvOut);
    return root;
  }
}
