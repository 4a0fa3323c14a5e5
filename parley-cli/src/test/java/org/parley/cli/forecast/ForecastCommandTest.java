package org.parley.cli.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {
  @TempDir Path dir;

  /** c*s-weighted mean of Pstn1 in ktab_dummyData_3Dim.csv (closed form, bargaining.md §4.1). */
  private static double compromiseDim1() {
    double[][] rows = {
      {102.543, 75.79, 49.53},
      {53.393, 82.72, 30.33},
      {129.643, 82.45, 48.47},
      {75.920, 62.52, 20.76},
      {63.224, 82.34, 40.96},
      {120.048, 84.48, 22.92},
      {54.178, 70.96, 31.75}
    };
    double sw = 0;
    double swx = 0;
    for (double[] r : rows) {
      sw += r[0] * r[2];
      swx += r[0] * r[2] * r[1];
    }
    return swx / sw;
  }

  @Test
  void compromiseOnAKtabTable() throws IOException {
    Path csv = CliRun.resource(dir, "ktab_dummyData_3Dim.csv");
    CliRun r = CliRun.of("forecast", csv.toString(), "--model", "compromise");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "DummyData_3Dim",
            "7 actors, 3 issues",
            "Pstn1",
            "Pstn3",
            String.format(Locale.ROOT, "%.3f", compromiseDim1()));
  }

  @Test
  void eumJsonHasTrajectoryAndMoves() throws IOException {
    Path csv = CliRun.resource(dir, "ktab_dummyData_3Dim.csv");
    CliRun r = CliRun.of("forecast", csv.toString(), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("model").asText()).isEqualTo("eum");
    assertThat(j.get("issues")).hasSize(3);
    JsonNode issue = j.get("issues").get(0);
    assertThat(issue.get("id").asText()).isEqualTo("Pstn1");
    JsonNode trajectory = issue.get("trajectory");
    assertThat(trajectory.size()).isGreaterThan(1);
    assertThat(trajectory.get(0).get("round").asInt()).isZero();
    // Round 0 holds the inputs: SActor-00's first position is 75.79 (the CSV).
    assertThat(trajectory.get(0).get("positions").get(0).asDouble()).isCloseTo(75.79, within(1e-9));
    assertThat(issue.get("moves").size()).isPositive();
    assertThat(j.get("parameters").get("probability").asText()).isEqualTo("all-pairs");
    double last = trajectory.get(trajectory.size() - 1).get("forecast").asDouble();
    assertThat(issue.get("settlement").asDouble()).isEqualTo(last);
  }

  @Test
  void everyRegisteredModelRuns() throws IOException {
    Path csv = CliRun.resource(dir, "ktab_dummyData_3Dim.csv");
    for (String m :
        new String[] {"eum", "smp", "compromise", "nbs", "median", "blend", "power-mean"}) {
      CliRun r = CliRun.of("forecast", csv.toString(), "--model", m, "--moves", "3");
      assertThat(r.code()).as(m + ": " + r.err()).isZero();
      assertThat(r.out()).contains("model: " + m);
    }
  }

  @Test
  void builtInScenarioPerIssue() throws IOException {
    for (String m : new String[] {"eum", "compromise", "smp"}) {
      CliRun r = CliRun.of("forecast", "singapore-2018", "--model", m, "--json");
      assertThat(r.code()).as(m + ": " + r.err()).isZero();
      JsonNode j = new ObjectMapper().readTree(r.out());
      assertThat(j.get("input").asText()).isEqualTo("scenario");
      assertThat(j.get("issues").size()).as(m).isGreaterThanOrEqualTo(5);
      for (JsonNode issue : j.get("issues")) {
        assertThat(issue.get("settlement").asDouble())
            .isBetween(issue.get("lo").asDouble(), issue.get("hi").asDouble());
      }
    }
    CliRun text = CliRun.of("forecast", "singapore-2018");
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).contains("model: eum", "trajectory");
  }

  @Test
  void badInputIsReportedWithExitCode2() throws IOException {
    Path csv = CliRun.resource(dir, "ktab_dummyData_3Dim.csv");
    CliRun unknown = CliRun.of("forecast", csv.toString(), "--model", "oracle");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err())
        .contains(
            "--model 'oracle' is not a model; expected one of eum, smp, compromise, nbs, median, blend, power-mean");

    CliRun missing = CliRun.of("forecast", dir.resolve("nope.csv").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.csv: no such file").doesNotContain("Exception");

    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad, "S,desc,3,1\nActor,Description,Power,D1,S1\na,x,1,50,50\nb,x,1,150,50\nc,x,1,50,50\n");
    CliRun located = CliRun.of("forecast", bad.toString());
    assertThat(located.code()).isEqualTo(2);
    assertThat(located.err()).contains("bad.csv:4:").doesNotContain("\tat ");

    CliRun neither = CliRun.of("forecast", dir.resolve("nothing.yaml").toString());
    assertThat(neither.code()).isEqualTo(2);
    assertThat(neither.err()).contains("nothing.yaml: no such file or built-in scenario");

    CliRun moves = CliRun.of("forecast", csv.toString(), "--moves", "-1");
    assertThat(moves.code()).isEqualTo(2);
    assertThat(moves.err()).contains("--moves is -1");
  }
}
