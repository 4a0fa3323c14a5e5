package org.parley.summit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Scenario;
import org.parley.model.io.BuiltInScenarios;
import org.parley.summit.simulation.CancellationToken;
import org.parley.summit.simulation.ProgressListener;

/**
 * Golden files: the JSON report of every bundled scenario at a fixed seed. A model change that
 * moves any figure shows up here; review the diff and regenerate with {@code
 * scripts/update-golden.sh}.
 */
class GoldenReportTest {
  static final Path DIR = Path.of("src", "test", "resources", "golden");

  /**
   * The fixed request of the golden files: small enough for CI, large enough to exercise every
   * stage.
   */
  static AnalysisRequest goldenRequest() {
    return new AnalysisRequest(
        "eum", List.of("compromise", "nbs", "median"), 2_000, 20180313L, 2, "COLLAPSED", 200, 0);
  }

  static List<String> names() {
    return BuiltInScenarios.names();
  }

  static String report(String name) {
    Scenario s = BuiltInScenarios.load(name).orElseThrow();
    return JsonReport.write(
        ReportBuilder.build(s, goldenRequest(), ProgressListener.NONE, new CancellationToken())
            .orElseThrow());
  }

  @ParameterizedTest
  @MethodSource("names")
  void reportMatchesItsGoldenFile(String name) throws IOException {
    Path file = DIR.resolve(name + ".json");
    String actual = report(name);
    if (Boolean.getBoolean("parley.updateGolden")) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    if (!Files.exists(file)) {
      fail(
          "golden file "
              + file
              + " is missing for built-in scenario '"
              + name
              + "'; run scripts/update-golden.sh and review it");
    }
    assertThat(actual)
        .as(
            "report of %s (regenerate with scripts/update-golden.sh after reviewing the change)",
            name)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
