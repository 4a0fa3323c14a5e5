package org.parley.bargaining.deu;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.parley.bargaining.BargainingProblem;
import org.parley.bargaining.CalibratedBlend;
import org.parley.bargaining.Forecaster;

/**
 * k-fold cross-validation of a {@link CalibratedBlend} on DEU data: the scorable issues are split
 * into {@code k} folds <em>by proposal</em> (all issues of a proposal in the same fold, so related
 * issues never sit on both sides), in an order shuffled by the given seed; for each fold the blend
 * weights are fitted on the other folds and the fold is forecast with them. Never fits and scores
 * the same issue.
 */
public final class CrossValidation {
  /**
   * The result.
   *
   * @param k the number of folds
   * @param seed the seed of the fold assignment
   * @param n the number of issues
   * @param mae mean absolute error of the out-of-fold forecasts
   * @param rmse root mean squared error of the out-of-fold forecasts
   * @param foldMae the MAE of each fold
   * @param foldWeights the weights fitted for each fold (on the other folds)
   * @param referenceMae the MAE of each component alone over all issues (no fitting involved)
   */
  public record Result(int k, long seed, int n, double mae, double rmse, double[] foldMae, List<double[]> foldWeights,
      Map<String, Double> referenceMae) {
    public Result {
      foldMae = foldMae.clone();
      foldWeights = List.copyOf(foldWeights);
      referenceMae = Map.copyOf(referenceMae);
    }
  }

  private CrossValidation() {}

  /**
   * Cross-validates a blend of {@code components}, each run on the issue's problem built with
   * {@code capabilities}.
   */
  public static Result blend(DeuDataset data, List<Forecaster> components, Capabilities capabilities, int k, long seed) {
    requireNonNull(data, "data");
    if (k < 2) {
      throw new IllegalArgumentException("k is " + k + "; it must be >= 2");
    }
    List<DeuIssue> issues = data.scorable();
    int m = components.size();
    double[][] f = new double[issues.size()][];
    double[] y = new double[issues.size()];
    for (int t = 0; t < issues.size(); t++) {
      BargainingProblem p = capabilities.problem(data, issues.get(t)).orElseThrow();
      f[t] = CalibratedBlend.componentForecasts(components, p);
      y[t] = issues.get(t).outcome().getAsDouble();
    }
    // Folds by proposal, shuffled by the seed.
    List<String> proposals = new ArrayList<>(issues.stream().map(DeuIssue::proposal).distinct().toList());
    RandomGenerator rng = java.util.random.RandomGeneratorFactory.<RandomGenerator>of("L64X128MixRandom").create(seed);
    for (int i = proposals.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      String tmp = proposals.get(i);
      proposals.set(i, proposals.get(j));
      proposals.set(j, tmp);
    }
    Map<String, Integer> fold = new LinkedHashMap<>();
    for (int i = 0; i < proposals.size(); i++) {
      fold.put(proposals.get(i), i % k);
    }
    double[] pred = new double[issues.size()];
    double[] foldMae = new double[k];
    List<double[]> foldWeights = new ArrayList<>();
    for (int g = 0; g < k; g++) {
      List<Integer> train = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int t = 0; t < issues.size(); t++) {
        (fold.get(issues.get(t).proposal()) == g ? test : train).add(t);
      }
      double[][] ft = new double[train.size()][];
      double[] yt = new double[train.size()];
      for (int i = 0; i < train.size(); i++) {
        ft[i] = f[train.get(i)];
        yt[i] = y[train.get(i)];
      }
      double[] a = CalibratedBlend.fitWeights(ft, yt);
      foldWeights.add(a);
      double s = 0;
      for (int t : test) {
        double p = 0;
        for (int c = 0; c < m; c++) {
          p += a[c] * f[t][c];
        }
        pred[t] = p;
        s += Math.abs(p - y[t]);
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
    Map<String, Double> ref = new LinkedHashMap<>();
    for (int c = 0; c < m; c++) {
      double s = 0;
      for (int t = 0; t < issues.size(); t++) {
        s += Math.abs(f[t][c] - y[t]);
      }
      ref.put(CalibratedBlend.label(components.get(c)), s / issues.size());
    }
    return new Result(k, seed, issues.size(), abs / issues.size(), Math.sqrt(sq / issues.size()), foldMae, foldWeights, ref);
  }

  /** Fits the blend weights on every scorable issue (for the shipped default). */
  public static double[] fitAll(DeuDataset data, List<Forecaster> components, Capabilities capabilities) {
    List<DeuIssue> issues = data.scorable();
    double[][] f = new double[issues.size()][];
    double[] y = new double[issues.size()];
    for (int t = 0; t < issues.size(); t++) {
      f[t] = CalibratedBlend.componentForecasts(components, capabilities.problem(data, issues.get(t)).orElseThrow());
      y[t] = issues.get(t).outcome().getAsDouble();
    }
    return CalibratedBlend.fitWeights(f, y);
  }
}
