package org.parley.cli.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCommandsTest {
  @Test
  void scenariosListsTheBuiltIns() {
    CliRun r = CliRun.of("scenarios");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("singapore-2018").contains("(default)").contains("libya-2003");
  }

  @Test
  void scenarioShowPrintsYamlThatValidates(@TempDir Path dir) throws Exception {
    CliRun show = CliRun.of("scenario", "show", "libya-2003");
    assertThat(show.exit()).isEqualTo(0);
    Path file = dir.resolve("copy.yaml");
    Files.writeString(file, show.out());
    CliRun validate = CliRun.of("validate", file.toString());
    assertThat(validate.exit()).isEqualTo(0);
    assertThat(validate.out()).contains("valid scenario 'libya-2003'");
    assertThat(validate.err()).isEmpty();
  }

  @Test
  void scenarioShowOfAnUnknownNameIsBadInput() {
    CliRun r = CliRun.of("scenario", "show", "yalta-1945");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no built-in scenario 'yalta-1945'");
  }

  @Test
  void validateReportsEveryProblemAndExits2(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.copy(getClass().getResourceAsStream("/analyze/many-problems.yaml"), bad);
    CliRun r = CliRun.of("validate", bad.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err().lines().filter(l -> l.contains("bad.yaml:"))).hasSize(3);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void strictValidationFailsOnNumbersWithoutProvenance(@TempDir Path dir) throws Exception {
    CliRun show = CliRun.of("scenario", "show", "singapore-2018");
    Path file = dir.resolve("s.yaml");
    Files.writeString(
        file,
        show.out()
            .replace(
                "capability: {value: 0.45, judgement: \"holds the asset under negotiation (a tested deterrent) but little economic leverage\"}",
                "capability: 0.45"));
    assertThat(CliRun.of("validate", file.toString()).exit()).isEqualTo(0);
    CliRun strict = CliRun.of("validate", "--strict", file.toString());
    assertThat(strict.exit()).isEqualTo(2);
    assertThat(strict.err()).contains("actors.DPRK.capability");
  }

  @Test
  void helpWorksOnEveryCommand() {
    for (String cmd :
        new String[] {
          "analyze", "validate", "scenarios", "forecast", "solve", "verify", "backtest-deu"
        }) {
      CliRun r = CliRun.of(cmd, "--help");
      assertThat(r.exit()).as(cmd).isEqualTo(0);
      assertThat(r.out()).as(cmd).contains("Usage:");
    }
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    CliRun r = CliRun.of("negotiate");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unmatched argument").contains("--help");
  }
}
