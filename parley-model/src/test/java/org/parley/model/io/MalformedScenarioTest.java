package org.parley.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per malformed fixture in {@code src/test/resources/scenarios/malformed}: each is the
 * valid {@code minimal.yaml} with one fault (or a hostile document), and {@code expected.tsv} gives
 * the number of problems, the location, the document path and the message the user must see.
 */
class MalformedScenarioTest {
  private static final Path DIR = dir();

  private static Path dir() {
    try {
      return Path.of(MalformedScenarioTest.class.getResource("/scenarios/malformed").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> fixtures() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String line : Files.readAllLines(DIR.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      out.add(Arguments.of(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4]));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void reportsTheProblemWithItsLocationAndPath(
      String file, int count, String lineCol, String path, String message) {
    assertThatThrownBy(() -> ScenarioLoader.defaults().load(DIR.resolve(file)))
        .isInstanceOfSatisfying(
            ScenarioException.class,
            e -> {
              assertThat(e.problems()).as("problems in %s", file).hasSize(count);
              String[] lc = lineCol.split(":");
              assertThat(e.problems())
                  .anySatisfy(
                      p -> {
                        assertThat(p.location().file()).endsWith(file);
                        assertThat(p.location().line()).isEqualTo(Integer.parseInt(lc[0]));
                        assertThat(p.location().column()).isEqualTo(Integer.parseInt(lc[1]));
                        assertThat(p.path()).isEqualTo(path);
                        assertThat(p.message()).contains(message);
                      });
              assertThat(e.getMessage())
                  .contains(file + ":" + lineCol)
                  .contains("nothing was written");
            });
  }

  @Test
  void thereAreAtLeast25Fixtures() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      assertThat(s.filter(p -> !p.getFileName().toString().equals("expected.tsv")).count())
          .isGreaterThanOrEqualTo(25);
    }
    assertThat(fixtures().count())
        .as("every fixture has an expectation")
        .isEqualTo(countFixtureFiles());
  }

  private static long countFixtureFiles() throws IOException {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.filter(p -> !p.getFileName().toString().equals("expected.tsv")).count();
    }
  }

  @Test
  void theMinimalScenarioIsValidSoEachFixtureHasExactlyItsOwnFault() throws Exception {
    Path minimal = DIR.getParent().resolve("minimal.yaml");
    assertThat(ScenarioLoader.defaults().load(minimal).id()).isEqualTo("minimal");
  }

  @Test
  void yamlTagsNeverConstructObjects() {
    // A SnakeYAML global tag would construct a java.io.File with an unsafe loader; ours reads it as
    // data.
    String text = "!!java.io.File [\"/etc/passwd\"]\n";
    assertThatThrownBy(
            () -> ScenarioLoader.defaults().read(text, "tag.yaml", TreeReader.Syntax.YAML))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("expected a scenario (an object)");
  }

  @Test
  void sizeLimitIsChecked() {
    var loader =
        new ScenarioLoader(
            new DocumentLimits(100, 64, 100, 1000), org.parley.model.cases.CaseLibrary.bundled());
    String text = "title: " + "x".repeat(200) + "\n";
    assertThatThrownBy(() -> loader.read(text, "big.yaml", TreeReader.Syntax.YAML))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("the limit is 100 bytes");
  }

  @Test
  void aliasesWithinLimitsAreExpanded() throws IOException {
    String minimal;
    try (InputStream in = getClass().getResourceAsStream("/scenarios/minimal.yaml")) {
      minimal = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String withAlias =
        minimal
            .replace("    salience: {G: 0.9, C: 0.8}", "    salience: &sal {G: 0.9, C: 0.8}")
            .replace("    salience: {G: 0.5, C: 0.9}", "    salience: *sal");
    var s =
        ScenarioLoader.defaults().read(withAlias, "alias.yaml", TreeReader.Syntax.YAML).scenario();
    assertThat(s.issue("relief").orElseThrow().salience()).containsEntry("C", 0.8);
  }
}
