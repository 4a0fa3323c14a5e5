package org.parley.bargaining.deu;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.parley.bargaining.BargainingProblem;
import org.parley.bargaining.CalibratedBlend;
import org.parley.bargaining.Forecaster;
import org.parley.bargaining.PowerWeightedMean;

/**
 * k-fold cross-validation of fitted forecasters on DEU data. The scorable issues are split into
 * {@code k} folds <em>by proposal</em> (all issues of a proposal in the same fold, so related
 * issues never sit on both sides), in an order shuffled by the given seed; for each fold the model
 * is fitted on the other folds and forecasts the fold. No issue is ever fitted and scored together.
 */
public final class CrossValidation {
  /** A candidate model: given the training issues, a fitted forecaster. */
  @FunctionalInterface
  public interface Fitter {
    /**
     * @param train indices into {@code issues} to fit on
     * @return the fitted model as forecasts for every issue (only the test fold's are used) and a
     *     description
     */
    Fitted fit(List<Integer> train);
  }

  /**
   * A fitted model.
   *
   * @param forecasts a forecast for every issue of the cross-validation (by index)
   * @param description what was fitted, e.g. the chosen exponents or blend weights
   */
  public record Fitted(double[] forecasts, String description) {
    public Fitted {
      forecasts = forecasts.clone();
      requireNonNull(description, "description");
    }
  }

  /**
   * The result.
   *
   * @param model the model's name
   * @param k the number of folds
   * @param seed the seed of the fold assignment
   * @param n the number of issues
   * @param mae mean absolute error of the out-of-fold forecasts
   * @param rmse root mean squared error of the out-of-fold forecasts
   * @param foldMae the MAE of each fold
   * @param foldModels what was fitted for each fold (on the other folds)
   */
  public record Result(
      String model,
      int k,
      long seed,
      int n,
      double mae,
      double rmse,
      double[] foldMae,
      List<String> foldModels) {
    public Result {
      foldMae = foldMae.clone();
      foldModels = List.copyOf(foldModels);
    }

    @Override
    public double[] foldMae() {
      return foldMae.clone();
    }
  }

  private CrossValidation() {}

  /** The fold (0..k-1) of each proposal, shuffled by {@code seed}. */
  static Map<String, Integer> folds(List<DeuIssue> issues, int k, long seed) {
    List<String> proposals =
        new ArrayList<>(issues.stream().map(DeuIssue::proposal).distinct().toList());
    RandomGenerator rng =
        RandomGeneratorFactory.<RandomGenerator>of("L64X128MixRandom").create(seed);
    for (int i = proposals.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      String tmp = proposals.get(i);
      proposals.set(i, proposals.get(j));
      proposals.set(j, tmp);
    }
    Map<String, Integer> fold = new HashMap<>();
    for (int i = 0; i < proposals.size(); i++) {
      fold.put(proposals.get(i), i % k);
    }
    return fold;
  }

  /** Cross-validates {@code fitter} on {@code issues} (each must have an outcome). */
  public static Result run(String model, List<DeuIssue> issues, Fitter fitter, int k, long seed) {
    if (k < 2) {
      throw new IllegalArgumentException("k is " + k + "; it must be >= 2");
    }
    Map<String, Integer> fold = folds(issues, k, seed);
    double[] y = issues.stream().mapToDouble(i -> i.outcome().getAsDouble()).toArray();
    double[] pred = new double[issues.size()];
    double[] foldMae = new double[k];
    List<String> models = new ArrayList<>();
    for (int g = 0; g < k; g++) {
      List<Integer> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int t = 0; t < issues.size(); t++) {
        (fold.get(issues.get(t).proposal()) == g ? test : train).add(t);
      }
      Fitted f = fitter.fit(train);
      models.add(f.description());
      double s = 0;
      for (int t : test) {
        pred[t] = f.forecasts()[t];
        s += Math.abs(pred[t] - y[t]);
      }
      foldMae[g] = test.isEmpty() ? Double.NaN : s / test.size();
    }
    double abs = 0;
    double sq = 0;
    for (int t = 0; t < issues.size(); t++) {
      double e = pred[t] - y[t];
      abs += Math.abs(e);
      sq += e * e;
    }
    return new Result(
        model,
        k,
        seed,
        issues.size(),
        abs / issues.size(),
        Math.sqrt(sq / issues.size()),
        foldMae,
        models);
  }

  /**
   * Forecasts {@code [issue][component]} of each component on each issue's problem with {@code
   * capabilities}.
   */
  static double[][] componentForecasts(
      DeuDataset data,
      List<DeuIssue> issues,
      List<Forecaster> components,
      Capabilities capabilities) {
    double[][] f = new double[issues.size()][];
    for (int t = 0; t < issues.size(); t++) {
      BargainingProblem p = capabilities.problem(data, issues.get(t)).orElseThrow();
      f[t] = CalibratedBlend.componentForecasts(components, p);
    }
    return f;
  }

  /**
   * A {@link CalibratedBlend} of {@code components}: weights fitted by least absolute error on the
   * training folds.
   */
  public static Fitter blendFitter(
      DeuDataset data,
      List<DeuIssue> issues,
      List<Forecaster> components,
      Capabilities capabilities) {
    double[][] f = componentForecasts(data, issues, components, capabilities);
    double[] y = issues.stream().mapToDouble(i -> i.outcome().getAsDouble()).toArray();
    return train -> {
      double[][] ft = new double[train.size()][];
      double[] yt = new double[train.size()];
      for (int i = 0; i < train.size(); i++) {
        ft[i] = f[train.get(i)];
        yt[i] = y[train.get(i)];
      }
      double[] a = CalibratedBlend.fitWeights(ft, yt);
      double[] pred = new double[issues.size()];
      for (int t = 0; t < issues.size(); t++) {
        for (int c = 0; c < a.length; c++) {
          pred[t] += a[c] * f[t][c];
        }
      }
      return new Fitted(pred, new CalibratedBlend(components, a).weightsByComponent().toString());
    };
  }

  /**
   * The exponent grid of {@link #powerMeanFitter}: alpha and beta in {0, 0.25, ..., 1.5} x {0,
   * 0.25, ..., 1}.
   */
  public static List<double[]> powerGrid() {
    List<double[]> g = new ArrayList<>();
    for (int a = 0; a <= 6; a++) {
      for (int b = 0; b <= 4; b++) {
        g.add(new double[] {a / 4.0, b / 4.0});
      }
    }
    return g;
  }

  /**
   * A {@link PowerWeightedMean} whose exponents are the grid point with the least training MAE
   * (first on ties).
   */
  public static Fitter powerMeanFitter(
      DeuDataset data, List<DeuIssue> issues, Capabilities capabilities) {
    List<double[]> grid = powerGrid();
    List<Forecaster> models =
        grid.stream().<Forecaster>map(ab -> new PowerWeightedMean(ab[0], ab[1])).toList();
    double[][] f = componentForecasts(data, issues, models, capabilities);
    double[] y = issues.stream().mapToDouble(i -> i.outcome().getAsDouble()).toArray();
    return train -> {
      int best = 0;
      double bestErr = Double.POSITIVE_INFINITY;
      for (int g = 0; g < grid.size(); g++) {
        double e = 0;
        for (int t : train) {
          e += Math.abs(f[t][g] - y[t]);
        }
        if (e < bestErr - 1e-9) {
          bestErr = e;
          best = g;
        }
      }
      double[] pred = new double[issues.size()];
      for (int t = 0; t < issues.size(); t++) {
        pred[t] = f[t][best];
      }
      return new Fitted(
          pred,
          String.format(Locale.ROOT, "alpha=%.2f beta=%.2f", grid.get(best)[0], grid.get(best)[1]));
    };
  }

  /** Every issue's index: fitting on all of them (for a shipped default). */
  public static List<Integer> all(List<DeuIssue> issues) {
    List<Integer> a = new ArrayList<>();
    for (int i = 0; i < issues.size(); i++) {
      a.add(i);
    }
    return a;
  }

  /** The MAE of each component alone over {@code issues} (no fitting), by label. */
  public static Map<String, Double> componentMae(
      DeuDataset data,
      List<DeuIssue> issues,
      List<Forecaster> components,
      Capabilities capabilities) {
    double[][] f = componentForecasts(data, issues, components, capabilities);
    Map<String, Double> m = new LinkedHashMap<>();
    for (int c = 0; c < components.size(); c++) {
      double s = 0;
      for (int t = 0; t < issues.size(); t++) {
        s += Math.abs(f[t][c] - issues.get(t).outcome().getAsDouble());
      }
      m.put(CalibratedBlend.label(components.get(c)), s / issues.size());
    }
    return m;
  }

  /** Fits the blend weights on every scorable issue (for the shipped default). */
  public static double[] fitAll(
      DeuDataset data, List<Forecaster> components, Capabilities capabilities) {
    List<DeuIssue> issues = data.scorable();
    double[][] f = componentForecasts(data, issues, components, capabilities);
    double[] y = issues.stream().mapToDouble(i -> i.outcome().getAsDouble()).toArray();
    return CalibratedBlend.fitWeights(f, y);
  }
}
