package org.parley.bargaining.deu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.bargaining.CalibratedBlend;

/**
 * The DEU III development half (src/test/resources/org/parley/bargaining/deu3_dev.tsv, see
 * SOURCE.md there) against the reproducible baselines of bargaining.md §7.2 ("development half"
 * table).
 */
class DeuBacktestTest {
  static DeuDataset data;
  static DeuBacktest.Result result;

  static DeuDataset load() throws IOException {
    try (Reader r =
        new InputStreamReader(
            DeuBacktestTest.class.getResourceAsStream("/org/parley/bargaining/deu3_dev.tsv"),
            StandardCharsets.UTF_8)) {
      return DeuReader.read(r, "deu3_dev.tsv");
    }
  }

  @BeforeAll
  static void setUp() throws IOException {
    data = load();
    result = DeuBacktest.run(data, DeuBacktest.standardModels());
  }

  private static void expect(String model, int n, double mae, double rmse, double tolerance) {
    DeuBacktest.Score s = result.score(model);
    assertThat(s.n()).as(model + " n").isEqualTo(n);
    assertThat(s.mae()).as(model + " MAE").isCloseTo(mae, within(tolerance));
    assertThat(s.rmse()).as(model + " RMSE").isCloseTo(rmse, within(tolerance));
  }

  @Test
  void countsOfTheDevelopmentHalf() {
    // bargaining.md §6.1: 188 issue rows, 180 scorable; 30 actors; GDP line present.
    assertThat(data.issues()).hasSize(188);
    assertThat(result.issues()).hasSize(180);
    assertThat(data.actors()).hasSize(30).startsWith("com", "ep", "at");
    assertThat(data.gdp()).containsEntry("de", 4.1).containsEntry("com", 4.1);
  }

  @Test
  void baselinesMatchTheSpecificationTable() {
    // bargaining.md §7.2, development half (180 issues), MAE and RMSE printed to 2 decimals.
    expect("compromise", 180, 21.39, 27.15, 0.005);
    expect("compromise-gdp", 180, 20.48, 26.76, 0.005);
    expect("mean", 180, 20.46, 26.98, 0.005);
    expect("median", 180, 25.39, 36.88, 0.005);
    expect("salience-median", 180, 26.37, 37.38, 0.005);
    expect("commission", 179, 36.35, 48.30, 0.005);
    expect("reference-point", 130, 55.20, 64.15, 0.005);
  }

  @Test
  void councilVoteWeightsAreCloseToTheSpecificationTable() {
    // bargaining.md §7.2: 20.67/26.57, 22.49/29.48, 20.97/28.58. Our Lisbon-era weights use 2014
    // populations (Capabilities); the table's exact population figures are not stated, so the
    // match is to 0.05.
    expect("compromise-council", 180, 20.67, 26.57, 0.05);
    expect("compromise-council-states", 180, 22.49, 29.48, 0.05);
    expect("council-votes-states", 180, 20.97, 28.58, 0.05);
  }

  @Test
  void expectedUtilityModelRegressionValues() {
    // Regression values of this implementation (docs/accuracy.md). The specification's independent
    // implementation reports (P) 26.54/27.42 MAE and (S) 26.28/31.95 (bargaining.md §7.2); ours
    // reproduces the §3.11 fixtures exactly but differs on DEU by at most 0.25 MAE — the rules
    // there are silent on ties between equally distant offers, frequent on DEU's 0/50/100 scales.
    expect("eum-p-mean", 180, 26.29, 36.23, 0.005);
    expect("eum-p-median", 180, 27.19, 38.32, 0.005);
    expect("eum-s-mean", 180, 26.29, 33.82, 0.005);
    expect("eum-s-median", 180, 32.19, 43.61, 0.005);
    assertThat(result.score("eum-p-mean").mae()).isCloseTo(26.54, within(0.3));
    assertThat(result.score("eum-s-mean").mae()).isCloseTo(26.28, within(0.3));
    assertThat(result.score("eum-s-median").mae()).isCloseTo(31.95, within(0.3));
  }

  @Test
  void theShippedBlendWeightsAreTheFitOnTheDevelopmentHalf() {
    double[] refit =
        CrossValidation.fitAll(data, CalibratedBlend.deuComponents(), Capabilities.GDP);
    assertThat(CalibratedBlend.deuDefault().weights()).containsExactly(refit, within(1e-12));
  }

  @Test
  void fittedModelsBeatTheCompromiseModelOutOfSample() {
    // 10-fold cross-validation by proposal on the development half only, five fold assignments.
    // The compromise model (no fitting) has MAE 21.39 on the same issues (bargaining.md §7.2).
    java.util.List<DeuIssue> issues = data.scorable();
    assertThat(
            CrossValidation.componentMae(
                    data, issues, CalibratedBlend.deuComponents(), Capabilities.GDP)
                .get("compromise(salience)"))
        .isCloseTo(21.39, within(0.005));
    CrossValidation.Fitter blend =
        CrossValidation.blendFitter(
            data, issues, CalibratedBlend.deuComponents(), Capabilities.GDP);
    CrossValidation.Fitter power = CrossValidation.powerMeanFitter(data, issues, Capabilities.GDP);
    double blendSum = 0;
    double powerSum = 0;
    for (long seed = 1; seed <= 5; seed++) {
      CrossValidation.Result b = CrossValidation.run("blend", issues, blend, 10, seed);
      assertThat(b.n()).isEqualTo(180);
      assertThat(b.foldModels()).hasSize(10);
      blendSum += b.mae();
      powerSum += CrossValidation.run("power-mean", issues, power, 10, seed).mae();
    }
    assertThat(blendSum / 5).isLessThan(21.39);
    assertThat(powerSum / 5).isLessThan(21.39);
  }
}
