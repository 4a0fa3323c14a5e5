package org.parley.cli.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestDeuCommandTest {
  @TempDir Path dir;

  @Test
  void textTableOfTheDevelopmentHalf() throws IOException {
    Path tsv = CliRun.resource(dir, "deu3_dev.tsv");
    CliRun r = CliRun.of("backtest-deu", tsv.toString(), "--folds", "0", "--per-issue");
    assertThat(r.code()).as(r.err()).isZero();
    // bargaining.md §7.2, development half: compromise (equal capabilities) 180 issues, MAE 21.39,
    // RMSE 27.15; unweighted mean 20.46 / 26.98.
    assertThat(r.out()).contains("188 issues, 180 with an outcome");
    assertThat(r.out()).containsPattern("compromise\\s+180\\s+21\\.39\\s+27\\.15");
    assertThat(r.out()).containsPattern("mean\\s+180\\s+20\\.46\\s+26\\.98");
    assertThat(r.out()).contains("d00032i1").doesNotContain("out of sample");
  }

  @Test
  void jsonWithCrossValidation() throws IOException {
    Path tsv = CliRun.resource(dir, "deu3_dev.tsv");
    CliRun r = CliRun.of("backtest-deu", tsv.toString(), "--json", "--folds", "5", "--seed", "3");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("scored").asInt()).isEqualTo(180);
    JsonNode first = j.get("models").get(0);
    assertThat(first.get("model").asText()).isEqualTo("compromise");
    assertThat(first.get("mae").asDouble()).isCloseTo(21.39, within(0.005)); // bargaining.md §7.2
    assertThat(j.get("perIssue")).hasSize(180);
    JsonNode issue = j.get("perIssue").get(0);
    assertThat(issue.get("absError").get("compromise").asDouble())
        .isCloseTo(
            Math.abs(
                issue.get("forecast").get("compromise").asDouble()
                    - issue.get("outcome").asDouble()),
            within(1e-9));
    JsonNode cv = j.get("crossValidation");
    assertThat(cv).hasSize(2);
    assertThat(cv.get(0).get("model").asText()).isEqualTo("blend");
    assertThat(cv.get(1).get("model").asText()).isEqualTo("power-mean");
    assertThat(cv.get(0).get("folds").asInt()).isEqualTo(5);
    assertThat(cv.get(0).get("foldModels")).hasSize(5);
    assertThat(cv.get(1).get("n").asInt()).isEqualTo(180);
  }

  @Test
  void malformedFilesAreLocated() throws IOException {
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(
        bad,
        "\"prnr\"\t\"prname\"\t\"isnr\"\t\"pde\"\t\"sde\"\t\"rp\"\t\"out\"\n\"d1\"\t\"x\"\t\"d1i1\"\t50\t50\t\t140\n");
    CliRun r = CliRun.of("backtest-deu", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("bad.tsv:2:")
        .contains("column 'out' holds 140; expected a value in [0, 100]");

    CliRun none = CliRun.of("backtest-deu", dir.resolve("missing.tsv").toString());
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("missing.tsv: no such file");

    Path tsv = CliRun.resource(dir, "deu3_dev.tsv");
    CliRun folds = CliRun.of("backtest-deu", tsv.toString(), "--folds", "1");
    assertThat(folds.code()).isEqualTo(2);
    assertThat(folds.err())
        .contains("--folds is 1; expected 0 (no cross-validation) or at least 2");
  }

  @Test
  void aFileWithoutGdpLineSkipsTheGdpModels() throws IOException {
    // Three hand-made issues of three proposals; no GDP line.
    Path small = dir.resolve("small.tsv");
    Files.writeString(
        small,
        "\"prnr\"\t\"prname\"\t\"isnr\"\t\"pde\"\t\"pfr\"\t\"pnl\"\t\"sde\"\t\"sfr\"\t\"snl\"\t\"rp\"\t\"out\"\n"
            + "\"d1\"\t\"a\"\t\"d1i1\"\t0\t100\t50\t50\t50\t100\t\t40\n"
            + "\"d2\"\t\"b\"\t\"d2i1\"\t0\t0\t100\t50\t50\t100\t0\t100\n"
            + "\"d3\"\t\"c\"\t\"d3i1\"\t20\t40\t60\t100\t100\t100\t\t40\n");
    CliRun r = CliRun.of("backtest-deu", small.toString(), "--folds", "3");
    assertThat(r.code()).as(r.err()).isZero();
    // Issue 1: salience-weighted mean (0*50 + 100*50 + 50*100)/200 = 50, error 10; issue 2:
    // (0*50 + 0*50 + 100*100)/200 = 50, error 50; issue 3: mean 40, error 0. MAE = 20.
    assertThat(r.out()).containsPattern("compromise\\s+3\\s+20\\.00");
    assertThat(r.out()).containsPattern("compromise-gdp\\s+0\\s+-");
    assertThat(r.out()).contains("capabilities = equal, the file has no GDP line");
  }
}
