package org.parley.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  @Test
  void withNoArgumentAnalysesTheBuiltIn2018Summit() {
    CliRun r = CliRun.of("analyze");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("The 2018 US–North Korea summit")
        .contains("as of 2018-03-13")
        .contains("Question:")
        .contains("denuclearisation")
        .contains("compromise")
        .contains("Agreement ladder: freeze-for-freeze -> halt -> roll-back -> eliminate");
  }

  @Test
  void jsonHasTheSettlementPerIssuePerModel() throws Exception {
    CliRun r = CliRun.of("analyze", "--json");
    assertThat(r.exit()).isEqualTo(0);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.path("scenario").path("id").asText()).isEqualTo("singapore-2018");
    assertThat(root.path("issues")).hasSize(5);
    for (JsonNode issue : root.path("issues")) {
      for (String model : new String[] {"eum", "compromise", "nbs", "median"}) {
        JsonNode f = issue.path("forecasts").path(model);
        assertThat(f.path("settlement").isNumber()).as("%s %s", issue.path("id"), model).isTrue();
        assertThat(f.path("settlement").asDouble()).isBetween(0.0, 100.0);
      }
    }
    // The compromise settlement on denuclearisation is the c*s-weighted mean of the positions
    // (bargaining.md §4.1): (90 + 9 + 22.4 + 25.2 + 24) / (0.9 + 0.45 + 0.28 + 0.42 + 0.24).
    JsonNode denuc = root.path("issues").get(0);
    assertThat(denuc.path("forecasts").path("compromise").path("settlement").asDouble())
        .isCloseTo(170.6 / 2.29, within(1e-3));
    assertThat(root.path("ladder").path("compromise").path("agreed_phases").isArray()).isTrue();
  }

  @Test
  void jsonToAFileAlsoPrintsTheReport(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("out.json");
    CliRun r = CliRun.of("analyze", "libya-2003", "--json", file.toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("Libya gives up its weapons programmes");
    assertThat(new ObjectMapper().readTree(Files.readString(file)).path("scenario").path("id").asText()).isEqualTo("libya-2003");
    try (var s = Files.list(dir)) {
      assertThat(s.count()).as("no temporary files left").isEqualTo(1);
    }
  }

  @Test
  void onlyTheRequestedModelsRun() {
    CliRun r = CliRun.of("analyze", "--model", "median");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("median").doesNotContain("compromise ");
  }

  @Test
  void anUnknownModelIsBadInput() {
    CliRun r = CliRun.of("analyze", "--model", "oracle");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown model 'oracle'").doesNotContain("Exception");
  }

  @Test
  void aMalformedScenarioIsReportedWithLocationsAndExitCode2(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.copy(getClass().getResourceAsStream("/analyze/many-problems.yaml"), bad);
    Path json = dir.resolve("never.json");
    CliRun r = CliRun.of("analyze", bad.toString(), "--json", json.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("bad.yaml:26:20: issues[0].positions.G: is 130; expected a number in [0, 100]")
        .contains("bad.yaml:32:27: issues[1].salience.C: is 1.3")
        .contains("bad.yaml:65:12: assurances[0].giver: unknown actor id 'Z'")
        .contains("3 problems found; nothing was written.")
        .doesNotContain("at org.");
    assertThat(json).doesNotExist();
  }

  @Test
  void aMissingFileIsBadInput() {
    CliRun r = CliRun.of("analyze", "no/such/file.yaml");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no/such/file.yaml: no such file");
  }
}
