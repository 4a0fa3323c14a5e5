package org.parley.bargaining.deu;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import org.parley.bargaining.BargainingProblem;
import org.parley.bargaining.CompromiseModel;
import org.parley.bargaining.Forecaster;
import org.parley.bargaining.NashBargaining;
import org.parley.bargaining.WeightScheme;
import org.parley.bargaining.WeightedMedian;
import org.parley.bargaining.eum.EumOptions;
import org.parley.bargaining.eum.ExpectedUtilityModel;

/**
 * The accuracy harness: each model's error against the recorded outcomes of a DEU-format data set
 * (bargaining.md §7). Error = {@code |forecast - out|} on the 0–100 scale, over the issues with an
 * outcome and at least 3 actors; mean absolute error and root mean squared error per model.
 */
public final class DeuBacktest {
  /**
   * A model as scored on DEU data: a forecaster and the capabilities it is given, or a direct rule.
   *
   * @param name short name
   * @param description what it is, in words
   * @param rule the forecast for an issue, or empty when the model has none there
   */
  public record IssueModel(String name, String description, IssueRule rule) {
    public IssueModel {
      requireNonNull(name, "name");
      requireNonNull(description, "description");
      requireNonNull(rule, "rule");
    }
  }

  /** A forecast for one issue of a data set. */
  @FunctionalInterface
  public interface IssueRule {
    OptionalDouble forecast(DeuDataset data, DeuIssue issue);
  }

  /**
   * One model's score.
   *
   * @param model the model
   * @param n the number of issues scored
   * @param mae mean absolute error
   * @param rmse root mean squared error
   * @param forecasts the forecast per scorable issue, in order (NaN where the model had none)
   */
  public record Score(IssueModel model, int n, double mae, double rmse, double[] forecasts) {
    public Score {
      forecasts = forecasts.clone();
    }

    @Override
    public double[] forecasts() {
      return forecasts.clone();
    }
  }

  /**
   * The result: the scored issues and each model's score.
   *
   * @param issues the scorable issues, in file order
   * @param scores one per model, in the order given
   */
  public record Result(List<DeuIssue> issues, List<Score> scores) {
    public Result {
      issues = List.copyOf(issues);
      scores = List.copyOf(scores);
    }

    public Score score(String model) {
      return scores.stream()
          .filter(s -> s.model().name().equals(model))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no model '" + model + "'"));
    }
  }

  private DeuBacktest() {}

  /** A rule that runs {@code forecaster} on the issue with {@code capabilities}. */
  public static IssueRule forecaster(Forecaster forecaster, Capabilities capabilities) {
    return (data, issue) -> {
      java.util.Optional<BargainingProblem> p = capabilities.problem(data, issue);
      return p.isEmpty()
          ? OptionalDouble.empty()
          : OptionalDouble.of(forecaster.forecast(p.get()).settlement(0));
    };
  }

  /** The models of bargaining.md §7.2, in its order, plus the NBS. */
  public static List<IssueModel> standardModels() {
    List<IssueModel> m = new ArrayList<>();
    m.add(
        new IssueModel(
            "compromise",
            "compromise, equal capabilities (salience-weighted mean)",
            forecaster(new CompromiseModel(), Capabilities.EQUAL)));
    m.add(
        new IssueModel(
            "compromise-gdp",
            "compromise, capability = GDP line x salience",
            forecaster(new CompromiseModel(), Capabilities.GDP)));
    m.add(
        new IssueModel(
            "compromise-council",
            "compromise, Council votes x salience (Commission, EP at the largest state's weight)",
            forecaster(new CompromiseModel(), Capabilities.COUNCIL_VOTES)));
    m.add(
        new IssueModel(
            "compromise-council-states",
            "compromise, Council votes x salience, member states only",
            forecaster(new CompromiseModel(), Capabilities.COUNCIL_VOTES_STATES)));
    m.add(
        new IssueModel(
            "council-votes-states",
            "Council votes only (no salience), member states only",
            forecaster(
                new CompromiseModel(WeightScheme.CAPABILITY), Capabilities.COUNCIL_VOTES_STATES)));
    m.add(
        new IssueModel(
            "mean",
            "unweighted mean of positions",
            forecaster(new CompromiseModel(WeightScheme.EQUAL), Capabilities.EQUAL)));
    m.add(
        new IssueModel(
            "median",
            "median actor position (unweighted)",
            forecaster(
                new WeightedMedian(WeightScheme.EQUAL, WeightedMedian.Tie.MIDPOINT),
                Capabilities.EQUAL)));
    m.add(
        new IssueModel(
            "salience-median",
            "salience-weighted median",
            forecaster(new WeightedMedian(WeightScheme.SALIENCE), Capabilities.EQUAL)));
    m.add(new IssueModel("commission", "the Commission's position", (d, i) -> i.position("com")));
    m.add(
        new IssueModel("reference-point", "the reference point rp", (d, i) -> i.referencePoint()));
    m.add(
        new IssueModel(
            "nbs",
            "asymmetric NBS, quadratic, salience weights, disagreement = rp (far limit when none)",
            forecaster(new NashBargaining(), Capabilities.EQUAL)));
    m.add(
        new IssueModel(
            "eum-p-mean",
            "EUM variant (P), 10 rounds, equal capabilities, weighted mean",
            forecaster(new ExpectedUtilityModel(EumOptions.paperLiteral()), Capabilities.EQUAL)));
    m.add(
        new IssueModel(
            "eum-p-median",
            "EUM variant (P), 10 rounds, equal capabilities, weighted median",
            forecaster(
                new ExpectedUtilityModel(
                    EumOptions.paperLiteral().withOutcome(EumOptions.Outcome.MEDIAN)),
                Capabilities.EQUAL)));
    m.add(
        new IssueModel(
            "eum-s-mean",
            "EUM variant (S), 10 rounds, equal capabilities, weighted mean",
            forecaster(new ExpectedUtilityModel(EumOptions.scholzCode()), Capabilities.EQUAL)));
    m.add(
        new IssueModel(
            "eum-s-median",
            "EUM variant (S), 10 rounds, equal capabilities, weighted median",
            forecaster(
                new ExpectedUtilityModel(
                    EumOptions.scholzCode().withOutcome(EumOptions.Outcome.MEDIAN)),
                Capabilities.EQUAL)));
    return m;
  }

  /** Scores {@code models} on the scorable issues of {@code data}. */
  public static Result run(DeuDataset data, List<IssueModel> models) {
    List<DeuIssue> issues = data.scorable();
    List<Score> scores = new ArrayList<>();
    for (IssueModel model : models) {
      double[] f = new double[issues.size()];
      for (int k = 0; k < issues.size(); k++) {
        f[k] = model.rule().forecast(data, issues.get(k)).orElse(Double.NaN);
      }
      scores.add(score(model, issues, f));
    }
    return new Result(issues, scores);
  }

  static Score score(IssueModel model, List<DeuIssue> issues, double[] f) {
    int n = 0;
    double abs = 0;
    double sq = 0;
    for (int k = 0; k < issues.size(); k++) {
      if (Double.isNaN(f[k])) {
        continue;
      }
      double e = f[k] - issues.get(k).outcome().getAsDouble();
      n++;
      abs += Math.abs(e);
      sq += e * e;
    }
    return new Score(
        model, n, n == 0 ? Double.NaN : abs / n, n == 0 ? Double.NaN : Math.sqrt(sq / n), f);
  }

  /** Mean absolute error of {@code forecast} over {@code issues} (all must have an outcome). */
  public static double mae(List<DeuIssue> issues, ToDoubleFunction<DeuIssue> forecast) {
    double s = 0;
    for (DeuIssue i : issues) {
      s += Math.abs(forecast.applyAsDouble(i) - i.outcome().getAsDouble());
    }
    return s / issues.size();
  }
}
