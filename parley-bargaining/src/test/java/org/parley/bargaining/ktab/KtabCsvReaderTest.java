package org.parley.bargaining.ktab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.bargaining.BargainingProblem;

class KtabCsvReaderTest {

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(KtabCsvReaderTest.class.getResource("/ktab/" + name).toURI());
  }

  @Test
  void readsTheThreeDimensionalExample() throws Exception {
    // Values from KTAB's dummyData_3Dim.csv (test resource ktab/ktab_dummyData_3Dim.csv).
    KtabScenario s = KtabCsvReader.read(resource("ktab_dummyData_3Dim.csv"));
    assertThat(s.name()).isEqualTo("DummyData_3Dim");
    assertThat(s.description()).isEqualTo("Dummy scenario to test reading format");
    BargainingProblem p = s.problem();
    assertThat(p.actors())
        .containsExactly(
            "SActor-00",
            "SActor-01",
            "SActor-02",
            "SActor-03",
            "SActor-04",
            "SActor-05",
            "SActor-06");
    assertThat(p.dimensions()).extracting(d -> d.id()).containsExactly("Pstn1", "Pstn2", "Pstn3");
    assertThat(p.dimensions().get(0).lo()).isEqualTo(0);
    assertThat(p.dimensions().get(0).hi()).isEqualTo(100);
    assertThat(p.capability(0)).isEqualTo(102.543);
    assertThat(p.position(2, 2)).isEqualTo(0.07);
    assertThat(p.salience(0, 0)).isCloseTo(0.4953, within(1e-15));
    assertThat(s.actorDescriptions()).allMatch("Random Spatial Actor"::equals);
  }

  @Test
  void readsTheSoeExample() throws Exception {
    // Values from KTAB's SOE-Pol-Comp.csv (test resource ktab/ktab_SOE-Pol-Comp.csv).
    KtabScenario s = KtabCsvReader.read(resource("ktab_SOE-Pol-Comp.csv"));
    assertThat(s.name()).isEqualTo("China Policy/Competitive; scen 2");
    assertThat(s.description()).isEqualTo("Scenario-0002;Combined Policy and Competitive");
    assertThat(s.problem().actorCount()).isEqualTo(13);
    assertThat(s.problem().dimensions())
        .extracting(d -> d.id())
        .containsExactly("Policy Position", "Competitive Position");
    assertThat(s.actorDescriptions().get(0)).isEqualTo("Xi Jinping");
    assertThat(s.problem().capability(12)).isEqualTo(40.0);
    assertThat(s.problem().salience(12, 1)).isCloseTo(0.46, within(1e-15));
  }

  private static final String GOOD =
      """
      Scen, "A test, with a comma", 3, 2,
      Actor,Description,Power,P1,S1,P2,S2
      A, first, 10, 10, 50, 20, 50
      B, second, 20, 90, 30, 80, 20,
      C, third, 30, 50, 10, 50, 10
      """;

  @Test
  void acceptsQuotesTrailingCommasAndBlankLines() {
    KtabScenario s = KtabCsvReader.parse(GOOD + "\n\n", "good.csv");
    assertThat(s.description()).isEqualTo("A test, with a comma");
    assertThat(s.problem().position(1, 1)).isEqualTo(80);
    assertThat(s.problem().salience(1, 0)).isEqualTo(0.3);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      too few actors         | Scen, Desc, 2, 2,                         | 1 | 13 | numActors is 2                     | a whole number in [3, 250]
      too many actors        | Scen, Desc, 251, 2,                       | 1 | 13 | numActors is 251                   | a whole number in [3, 250]
      count not a number     | Scen, Desc, three, 2,                     | 1 | 13 | numActors 'three' is not a whole   | a whole number in [3, 250]
      no dimensions          | Scen, Desc, 3, 0,                         | 1 | 16 | numDims is 0                       | at least 1
      short first line       | Scen, Desc, 3                             | 1 | 14 | the first line has 3 fields        | 4 fields
      salience over 100      | A, first, 10, 10, 50, 20, 50 => A, first, 10, 10, 150, 20, 50 | 3 | 19 | salience of actor 'A' on 'P1' is 150 | a number in [0, 100]
      position below 0       | B, second, 20, 90 => B, second, 20, -1    | 4 | 16 | position of actor 'B' on 'P1' is -1 | a number in [0, 100]
      salience sum over 100  | C, third, 30, 50, 10, 50, 10 => C, third, 30, 50, 60, 50, 50 | 5 | 19 | saliences of actor 'C' sum to 110 | a sum of at most 100
      all saliences 0        | C, third, 30, 50, 10, 50, 10 => C, third, 30, 50, 0, 50, 0 | 5 | 19 | saliences of actor 'C' are all 0 | at least one positive salience
      zero capability        | A, first, 10 => A, first, 0               | 3 | 11 | capability of actor 'A' is 0       | a number in (0, 1e8]
      capability not number  | A, first, 10 => A, first, ten             | 3 | 11 | capability of actor 'A' 'ten' is not a number | a decimal number
      missing field          | A, first, 10, 10, 50, 20, 50 => A, first, 10, 10, 50, 20 | 3 | 25 | actor row 1 has 6 fields | 7 fields
      extra field            | A, first, 10, 10, 50, 20, 50 => A, first, 10, 10, 50, 20, 50, 7 | 3 | 31 | actor row 1 has 8 fields | 7 fields
      duplicate name         | C, third => A, third                      | 5 | 1  | actor name 'A' was already used on line 3 | distinct actor names
      long name              | C, third => CCCCCCCCCCCCCCCCCCCCCCCCCC, third | 5 | 1 | actor name has 26 characters | 1 to 25 characters
      empty name             | C, third => , third                       | 5 | 1  | actor name has 0 characters        | 1 to 25 characters
      missing actor row      | C, third, 30, 50, 10, 50, 10 =>           | 6 | 1  | the file ends after 2 actor rows   | 3 actor rows
      unclosed quote         | "A test, with a comma" => "A test         | 1 | 7  | a quoted field is not closed       | a closing double quote
      short header           | Actor,Description,Power,P1,S1,P2,S2 => Actor,Description,Power,P1,S1 | 2 | 30 | the header has 5 fields | 7 fields
      """)
  void rejectsBadTablesWithTheirPlace(
      String name, String edit, int line, int column, String problem, String expected) {
    final String text;
    if (edit.contains("=>")) {
      String[] e = edit.split("=>", 2);
      String from = e[0].trim();
      assertThat(GOOD).contains(from);
      text = GOOD.replace(from, e[1].trim());
    } else {
      text = GOOD.replace("Scen, \"A test, with a comma\", 3, 2,", edit);
    }
    KtabFormatException ex =
        catchThrowableOfType(KtabFormatException.class, () -> KtabCsvReader.parse(text, "bad.csv"));
    assertThat(ex).as(name).isNotNull();
    assertThat(ex.source()).isEqualTo("bad.csv");
    assertThat(ex.problem()).as(name).contains(problem);
    assertThat(ex.expected()).as(name).contains(expected);
    assertThat(ex.line()).as(name).isEqualTo(line);
    assertThat(ex.column()).as(name).isEqualTo(column);
    assertThat(ex.getMessage()).startsWith("bad.csv:" + line + ":" + column + ": ");
  }

  @Test
  void rejectsRowsBeyondTheDeclaredActors() {
    String text = GOOD.replace("3, 2,", "3, 2,") + "D, fourth, 1, 1, 1, 1, 1\n";
    KtabFormatException ex =
        catchThrowableOfType(KtabFormatException.class, () -> KtabCsvReader.parse(text, "x.csv"));
    assertThat(ex.line()).isEqualTo(6);
    assertThat(ex.expected()).contains("end of the file");
  }

  @Test
  void rejectsAnEmptyFile() {
    KtabFormatException ex =
        catchThrowableOfType(KtabFormatException.class, () -> KtabCsvReader.parse("", "empty.csv"));
    assertThat(ex.line()).isEqualTo(1);
    assertThat(ex.problem()).contains("empty");
  }

  @Test
  void readingAMissingFileIsAnIoError() {
    assertThat(
            catchThrowableOfType(
                IOException.class, () -> KtabCsvReader.read(Path.of("does-not-exist.csv"))))
        .isNotNull();
  }
}
