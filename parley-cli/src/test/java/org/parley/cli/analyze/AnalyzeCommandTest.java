package org.parley.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.games.io.EfgFormat;

class AnalyzeCommandTest {
  /** Small runs: the command's wiring is under test here, the statistics elsewhere. */
  private static final String[] SMALL = {"--samples", "400", "--tornado-samples", "20"};

  private static String[] args(String... more) {
    return Stream.concat(Stream.of("analyze"), Stream.concat(Stream.of(SMALL), Stream.of(more)))
        .toArray(String[]::new);
  }

  @Test
  void withNoScenarioAnalysesTheBuiltIn2018SummitAndAnswersTheThreeQuestions() {
    CliRun r = CliRun.of(args());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("The 2018 US–North Korea summit")
        .contains("as of 2018-03-13")
        .contains("1. WHAT CAN THE MEETING ACHIEVE?")
        .contains("2. WILL THE DEAL HOLD?")
        .contains("3. WHAT WOULD CHANGE THAT?")
        .contains("h [commentaries]   = 0.800")
        .contains("Seed 1");
  }

  @Test
  void jsonHasTheSettlementPerIssuePerModelAndOutcomesThatSumToOne() throws Exception {
    CliRun r = CliRun.of(args("--json"));
    assertThat(r.exit()).isEqualTo(0);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.path("format").asText()).isEqualTo("parley-report/1");
    JsonNode issues = root.path("settlement").path("issues");
    assertThat(issues).hasSize(5);
    for (JsonNode issue : issues) {
      assertThat(issue.path("settlement").asDouble()).isBetween(0.0, 100.0);
      for (String model : new String[] {"compromise", "nbs", "median"}) {
        assertThat(issue.path("comparison").path(model).isNumber())
            .as("%s %s", issue.path("id"), model)
            .isTrue();
      }
    }
    // The compromise settlement on denuclearisation is the c*s-weighted mean of the positions
    // (bargaining.md §4.1): (90 + 9 + 22.4 + 25.2 + 24) / (0.9 + 0.45 + 0.28 + 0.42 + 0.24).
    assertThat(issues.get(0).path("comparison").path("compromise").asDouble())
        .isCloseTo(170.6 / 2.29, within(1e-5));
    double sum = 0;
    for (JsonNode k : root.path("outcomes").path("monte_carlo").path("kinds")) {
      sum += k.path("p").asDouble();
    }
    assertThat(sum).isCloseTo(1.0, within(1e-5));
  }

  @Test
  void theSameSeedGivesByteIdenticalJsonOnOneAndTwoThreads() {
    CliRun one = CliRun.of(args("--seed", "42", "--threads", "1", "--json"));
    CliRun two = CliRun.of(args("--seed", "42", "--threads", "2", "--json"));
    assertThat(one.exit()).isZero();
    assertThat(one.out()).isEqualTo(two.out());
    assertThat(CliRun.of(args("--seed", "43", "--json")).out()).isNotEqualTo(one.out());
  }

  @Test
  void writesJsonHtmlAndGambitGamesAndStillPrintsTheText(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("report.json");
    Path html = dir.resolve("report.html");
    Path games = dir.resolve("games");
    CliRun r =
        CliRun.of(
            args(
                "libya-2003",
                "--json",
                json.toString(),
                "--html",
                html.toString(),
                "--export-games",
                games.toString()));
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("Libya gives up its weapons programmes");
    assertThat(
            new ObjectMapper()
                .readTree(Files.readString(json))
                .path("scenario")
                .path("id")
                .asText())
        .isEqualTo("libya-2003");
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg");
    try (Stream<Path> files = Files.list(games)) {
      var efgs = files.filter(p -> p.toString().endsWith(".efg")).toList();
      assertThat(efgs).isNotEmpty();
      for (Path efg : efgs) {
        assertThat(EfgFormat.read(efg).players())
            .hasSize(2); // Gambit's format, read back by our reader
      }
    }
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("report.json", "report.html", "games");
    }
  }

  @Test
  void anUnknownModelIsBadInput() {
    CliRun r = CliRun.of("analyze", "--model", "oracle");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown model 'oracle'").doesNotContain("Exception");
  }

  @Test
  void badOptionValuesAreBadInput() {
    assertThat(CliRun.of("analyze", "--samples", "0").err()).contains("--samples is 0");
    assertThat(CliRun.of("analyze", "--outcome", "VICTORY").exit()).isEqualTo(2);
    assertThat(CliRun.of("analyze", "--threads", "0").exit()).isEqualTo(2);
  }

  @Test
  void aMalformedScenarioIsReportedWithLocationsAndNothingIsWritten(@TempDir Path dir)
      throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.copy(getClass().getResourceAsStream("/analyze/many-problems.yaml"), bad);
    Path json = dir.resolve("never.json");
    Path html = dir.resolve("never.html");
    CliRun r =
        CliRun.of("analyze", bad.toString(), "--json", json.toString(), "--html", html.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .contains("bad.yaml:26:20: issues[0].positions.G: is 130; expected a number in [0, 100]")
        .contains("bad.yaml:32:27: issues[1].salience.C: is 1.3")
        .contains("bad.yaml:65:12: assurances[0].giver: unknown actor id 'Z'")
        .contains("3 problems found; nothing was written.")
        .doesNotContain("at org.");
    assertThat(json).doesNotExist();
    assertThat(html).doesNotExist();
  }

  @Test
  void aMissingFileIsBadInput() {
    CliRun r = CliRun.of("analyze", "no/such/file.yaml");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no/such/file.yaml: no such file");
  }
}
