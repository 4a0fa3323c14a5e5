package org.parley.games.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;
import org.parley.games.TestData;
import org.parley.games.extensive.PureBehaviourEnumeration;
import org.parley.games.normal.PureStrategyEnumeration;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.SolveOptions;

class GambitFormatTest {
  static Stream<Path> games() {
    return TestData.allGames().stream();
  }

  /** Every reference game: read → write → read gives the same game. */
  @ParameterizedTest
  @MethodSource("games")
  void roundTrips(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (file.toString().endsWith(".nfg")) {
      NormalFormGame g = NfgFormat.read(text);
      NormalFormGame again = NfgFormat.read(NfgFormat.write(g));
      assertThat(again.sameGameAs(g)).isTrue();
      assertThat(again.title()).isEqualTo(g.title());
      assertThat(again.comment()).isEqualTo(g.comment());
      assertThat(again.outcomes().isPresent()).isEqualTo(g.outcomes().isPresent());
    } else {
      ExtensiveFormGame g = EfgFormat.read(text);
      ExtensiveFormGame again = EfgFormat.read(EfgFormat.write(g));
      assertThat(again.sameGameAs(g)).isTrue();
      assertThat(again.title()).isEqualTo(g.title());
    }
  }

  static Stream<Arguments> cases() throws IOException {
    List<String> lines =
        Files.readAllLines(
            TestData.root().resolve("format_cases/cases.tsv"), StandardCharsets.UTF_8);
    return lines.stream()
        .skip(1)
        .map(l -> l.split("\t", -1))
        .map(c -> Arguments.of(c[0], c[1], c[3]));
  }

  /**
   * Each edge case of format_cases/cases.tsv (Gambit 16.7.0's answer in column 2): errors are
   * rejected with the same line:column and wording where Gambit gives them; accepted files give
   * Gambit's pure equilibria.
   */
  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("cases")
  void formatCasesMatchGambit(String name, String gambit, String what) throws Exception {
    String text =
        Files.readString(
            TestData.root().resolve("format_cases").resolve(name), StandardCharsets.UTF_8);
    boolean nfg = name.endsWith(".nfg");
    if (gambit.startsWith("Error:")) {
      String expected = gambit.substring("Error:".length()).strip();
      GameFormatException e =
          catchThrowableOfType(
              () -> {
                if (nfg) {
                  NfgFormat.read(text);
                } else {
                  EfgFormat.read(text);
                }
              },
              GameFormatException.class);
      assertThat(e).as("Gambit rejects %s", name).isNotNull();
      if (expected.startsWith("line ")) {
        String loc = expected.substring(5, expected.indexOf(": "));
        String msg = expected.substring(expected.indexOf(": ") + 2);
        assertThat(e.line() + ":" + e.column()).isEqualTo(loc);
        // Gambit 16.7 names the wrong player in t10 (cases.tsv); compare the wording before "("
        String stem = msg.contains("(") ? msg.substring(0, msg.indexOf('(')).strip() : msg;
        assertThat(e.problem()).startsWith(stem);
      } else {
        String key = expected.replace("Attempted division by zero", "division by zero");
        assertThat(e.getMessage()).containsIgnoringCase(key);
      }
      return;
    }
    if (nfg) {
      NormalFormGame g = NfgFormat.read(text);
      List<String> lines =
          new PureStrategyEnumeration()
              .solve(g, SolveOptions.defaults().withExact(true)).equilibria().stream()
                  .map(e -> NashOutput.line(e.profile(), -1))
                  .toList();
      if (gambit.startsWith("NE")) {
        assertThat(lines).containsExactly(gambit.split(" "));
      } else {
        assertThat(lines).isEmpty(); // "<accepted, no pure NE>"
      }
    } else {
      ExtensiveFormGame g = EfgFormat.read(text);
      List<String> lines =
          new PureBehaviourEnumeration()
              .solve(g, SolveOptions.defaults().withExact(true)).equilibria().stream()
                  .map(Equilibrium::profile)
                  .map(p -> PureBehaviourEnumeration.gambitLine(g, p))
                  .toList();
      assertThat(lines).containsExactly(gambit.split(" "));
    }
  }

  @Test
  void trailingNodesAreIgnoredWithAWarning() throws Exception {
    String text =
        Files.readString(TestData.root().resolve("format_cases/t6.efg"), StandardCharsets.UTF_8);
    EfgFormat.Parsed p = EfgFormat.readWithWarnings(text);
    assertThat(p.warnings()).singleElement().asString().contains("line 5");
    assertThat(p.game().nodes()).hasSize(3);
  }

  @Test
  void outcomeFormTooFewIndicesIsLocated() {
    GameFormatException e =
        catchThrowableOfType(
            () -> NfgFormat.read("NFG 1 R \"x\" { \"A\" \"B\" } { 2 1 }\n{ { \"x\" 1 1 } }\n1 7\n"),
            GameFormatException.class);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.problem()).startsWith("Expected outcome index between 0 and 1");
  }

  @Test
  void badNumbersNameTheTokenAndWhatWasExpected() {
    GameFormatException e =
        catchThrowableOfType(
            () -> NfgFormat.read("NFG 1 R \"x\" { \"A\" \"B\" } { 1 1 }\n1 +2\n"),
            GameFormatException.class);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.problem()).contains("'+2'").contains("expected payoff of player 2");
  }

  @Test
  void nonTerminalOutcomesAccumulate() {
    // own__nonterminal.efg: entry cost {-1, 0} on the incumbent's node plus terminal "Share" {3, 2}
    ExtensiveFormGame g = TestData.efg("own__nonterminal.efg");
    int share = 3; // pre-order: root, incumbent, fight, share, stay out
    assertThat(g.payoff(share, 0)).isEqualTo(Rational.of(2));
    assertThat(g.payoff(share, 1)).isEqualTo(Rational.of(2));
  }

  @Test
  void writesAndReadsEscapedQuotes() throws Exception {
    String text =
        Files.readString(TestData.root().resolve("format_cases/t11.efg"), StandardCharsets.UTF_8);
    ExtensiveFormGame g = EfgFormat.read(text);
    assertThat(g.title()).isEqualTo("t11 \"quoted\"");
    assertThat(EfgFormat.read(EfgFormat.write(g)).title()).isEqualTo(g.title());
  }

  @Test
  void decimalOutputRoundsLikePrintf() {
    // printf("%.10f", 1.0/3) = 0.3333333333; printf("%.1f", 0.25) = 0.2 (binary 0.25 is a tie:
    // even)
    assertThat(NashOutput.format(1.0 / 3, 10)).isEqualTo("0.3333333333");
    assertThat(NashOutput.format(0.25, 1)).isEqualTo("0.2");
    assertThat(NashOutput.format(0, 3)).isEqualTo("0.000");
    assertThatThrownBy(() -> NashOutput.exact(null)).isInstanceOf(NullPointerException.class);
  }
}
