package org.parley.cli.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.cli.ExitCodes;
import org.parley.cli.Main;

/** End-to-end tests of {@code parley solve} through {@link Main#run}. */
class SolveCommandTest {
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private static String file(String name) {
    try {
      return Path.of(SolveCommandTest.class.getResource("/solve/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> gambit(String name) throws Exception {
    return Files.readAllLines(Path.of(file(name)), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank())
        .toList();
  }

  @Test
  void lcpOutputDiffsCleanlyAgainstGambit() throws Exception {
    // Gambit 16.7.0, gambit-lcp -q contrib__coord4.nfg (15 equilibria, in this order)
    Run r = run("solve", file("contrib__coord4.nfg"), "--method", "lcp");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().lines().toList())
        .containsExactlyElementsOf(gambit("contrib__coord4__lcp__16.7.0.txt"));
  }

  @Test
  void enumpureAndLpMatchGambit() throws Exception {
    // Gambit 16.7.0: gambit-enumpure -q contrib__coord4.nfg; gambit-lp -q contrib__zero.nfg
    assertThat(
            run("solve", file("contrib__coord4.nfg"), "--method", "enumpure")
                .out()
                .lines()
                .toList())
        .containsExactlyElementsOf(gambit("contrib__coord4__enumpure__16.7.0.txt"));
    assertThat(run("solve", file("contrib__zero.nfg"), "--method", "lp").out().lines().toList())
        .containsExactlyElementsOf(gambit("contrib__zero__lp__16.7.0.txt"));
  }

  @Test
  void decimalsOption() {
    Run r = run("solve", file("contrib__zero.nfg"), "--method", "lp", "-d", "4");
    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).matches("NE(,\\d\\.\\d{4})+");
  }

  @Test
  void enummixedOnATreeUsesTheReducedStrategicForm() {
    // Gambit 16.7.0, gambit-enummixed -q doc__poker.efg: NE,1/3,2/3,0,0,2/3,1/3
    Run r = run("solve", file("doc__poker.efg"), "--method", "enummixed");
    assertThat(r.out().strip()).isEqualTo("NE,1/3,2/3,0,0,2/3,1/3");
  }

  @Test
  void gameWithoutPersonalMovesPrintsBareNe() {
    // format_cases/cases.tsv, t7.efg: Gambit prints a bare "NE"
    Run r = run("solve", file("t7.efg"), "--method", "enumpure");
    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).isEqualTo("NE");
  }

  @Test
  void jsonAddsRegretAndStatistics() {
    Run r = run("solve", file("contrib__coord4.nfg"), "--method", "lcp", "--json");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains(
            "\"regret\"",
            "\"exactRegret\"",
            "\"statistics\"",
            "\"iterationUnit\" : \"pivots\"",
            "\"ne\" : \"NE,1,0,0,0,1,0,0,0\"");
  }

  @Test
  void badFileIsLocatedWithoutStackTrace() {
    // format_cases/cases.tsv, t4.nfg: Gambit says "line 2:6: Expected end-of-file"
    Run r = run("solve", file("t4.nfg"));
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("t4.nfg:2:6: Expected end-of-file").doesNotContain("\tat ");
  }

  @Test
  void missingFileAndUnknownMethodAreBadInput() {
    assertThat(run("solve", "/no/such/game.nfg").code()).isEqualTo(ExitCodes.BAD_INPUT);
    Run r = run("solve", file("contrib__coord4.nfg"), "--method", "magic");
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("unknown method 'magic'");
  }

  @Test
  void lpOnANonZeroSumGameIsBadInput() {
    Run r = run("solve", file("contrib__coord4.nfg"), "--method", "lp");
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("constant-sum");
  }

  @Test
  void sizeLimitExitsThree() {
    Run r = run("solve", file("contrib__coord4.nfg"), "--max-strategies", "3");
    assertThat(r.code()).isEqualTo(ExitCodes.LIMIT_EXCEEDED);
    assertThat(r.err()).contains("--max-strategies");
  }

  @Test
  void timeLimitPrintsWhatWasFoundAndExitsThree() {
    // gen__rand2p_50x50_s50: Gambit's lcp search over all labels did not finish in 180 s
    Run r = run("solve", file("gen__rand2p_50x50_s50.nfg"), "--method", "lcp", "--timeout", "1");
    assertThat(r.code()).isEqualTo(ExitCodes.LIMIT_EXCEEDED);
    assertThat(r.err()).contains("--timeout");
    assertThat(r.out()).startsWith("NE,");
  }

  @Test
  void enummixedFindsGambitsExtremeEquilibriaOfTheRandom10x10() throws Exception {
    // Gambit 16.7.0, gambit-enummixed -q gen__rand2p_10x10_s10.nfg (shared/reference/games/out):
    // the same extreme equilibria, exact, in Gambit's order.
    Run r = run("solve", file("gen__rand2p_10x10_s10.nfg"), "--method", "enummixed");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().filter(l -> !l.isBlank()).toList())
        .containsExactlyElementsOf(gambit("gen__rand2p_10x10_s10__enummixed__16.7.0.txt"));
  }

  @Test
  void enummixedRepeatsDegenerateEquilibriaAsGambitDoes() throws Exception {
    // Gambit 16.7.0, gambit-enummixed -q on the STOC'94 tree: 6 lines, 4 distinct (index.tsv)
    String game = "tests__zerosum_efg_from_sequence_form_STOC94_paper";
    Run r = run("solve", file(game + ".efg"), "--method", "enummixed");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().toList())
        .containsExactlyElementsOf(gambit(game + "__enummixed__16.7.0.txt"));
  }

  @Test
  void lpOnTheStrategicFormOfATreeMatchesGambit() throws Exception {
    // Gambit 16.7.0, gambit-lp -q -S on the STOC'94 tree (one of many optimal profiles)
    String game = "tests__zerosum_efg_from_sequence_form_STOC94_paper";
    Run r = run("solve", file(game + ".efg"), "--method", "lp", "-S");
    assertThat(r.out().lines().toList())
        .containsExactlyElementsOf(gambit(game + "__lp-S__16.7.0.txt"));
  }

  @Test
  void logitPrintsGambitsEndPointWithSignificantDigits() throws Exception {
    // Gambit 16.7.0, gambit-logit -q -e -d 10 contrib__2x2x2.nfg: NE,0.49999995,0.49999995,0.5,...
    Run r = run("solve", file("contrib__2x2x2.nfg"), "--method", "logit", "-d", "10");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().toList())
        .containsExactlyElementsOf(gambit("contrib__2x2x2__logit-e__16.7.0.txt"));
  }

  @Test
  void simpdivPrintsGambitsExactGridPoint() throws Exception {
    // Gambit 16.7.0, gambit-simpdiv -q on a 3-player game and on Selten's horse (.efg: the mixed
    // profile of the reduced strategic form)
    assertThat(run("solve", file("contrib__g3.nfg"), "--method", "simpdiv").out().lines().toList())
        .containsExactlyElementsOf(gambit("contrib__g3__simpdiv__16.7.0.txt"));
    String horse = "catalog__journals__ijgt__selten1975__fig1";
    assertThat(run("solve", file(horse + ".efg"), "--method", "simpdiv").out().lines().toList())
        .containsExactlyElementsOf(gambit(horse + "__simpdiv__16.7.0.txt"));
  }

  @Test
  void cfrReportsItsExploitabilityAndKuhnPokersValue() {
    // Kuhn (1950): the first player's value is -1/18
    Run r = run("solve", file("openspiel__kuhn_poker.efg"), "--method", "cfr", "--epsilon", "1e-4");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("NE,");
    assertThat(r.err()).matches("(?s)parley: cfr: exploitability \\S+ after \\d+ iterations.*");
    Run j =
        run(
            "solve",
            file("openspiel__kuhn_poker.efg"),
            "--method",
            "cfr",
            "--epsilon",
            "1e-4",
            "--json");
    assertThat(j.out()).contains("\"exploitability\"", "\"targetExploitability\" : 1.0E-4");
    assertThat(j.out()).containsPattern("\"payoffs\" : \\[ -0\\.0555");
  }

  @Test
  void cfrShortOfItsTargetSaysSoAndExitsThree() {
    Run r =
        run("solve", file("openspiel__kuhn_poker.efg"), "--method", "cfr", "--iterations", "10");
    assertThat(r.code()).isEqualTo(ExitCodes.LIMIT_EXCEEDED);
    assertThat(r.out()).startsWith("NE,");
    assertThat(r.err())
        .contains("did not reach the target exploitability", "after 10 iterations", "--iterations");
  }

  @Test
  void cfrOptionsBelongToCfr() {
    Run r = run("solve", file("contrib__coord4.nfg"), "--method", "lcp", "--iterations", "5");
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("--method cfr only");
    Run nfg = run("solve", file("contrib__coord4.nfg"), "--method", "cfr");
    assertThat(nfg.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(nfg.err()).contains("extensive games");
    assertThat(
            run("solve", file("openspiel__kuhn_poker.efg"), "--method", "cfr", "--epsilon", "-1")
                .code())
        .isEqualTo(ExitCodes.BAD_INPUT);
  }

  @Test
  void imperfectRecallIsRefusedAsBadInputByEveryMethod() {
    // Gambit 16.7.0 refuses wichardt2008.efg: "Computing equilibria of games with imperfect
    // recall is not supported." (index.tsv); the reduced-form methods must not call it a size limit
    for (String m : List.of("enumpure", "enummixed", "lcp", "lp", "simpdiv")) {
      Run r = run("solve", file("catalog__journals__geb__wichardt2008.efg"), "--method", m);
      assertThat(r.code()).as(m).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(r.err()).as(m).contains("recall").doesNotContain("--max-strategies");
    }
  }

  @Test
  void readsTheGameFromStandardInputAsGambitDoes() throws Exception {
    java.io.InputStream saved = System.in;
    try (java.io.InputStream in = Files.newInputStream(Path.of(file("contrib__coord4.nfg")))) {
      System.setIn(in);
      Run r = run("solve", "--method", "lcp");
      assertThat(r.code()).isEqualTo(ExitCodes.OK);
      assertThat(r.out().lines().toList())
          .containsExactlyElementsOf(gambit("contrib__coord4__lcp__16.7.0.txt"));
    } finally {
      System.setIn(saved);
    }
    try (java.io.InputStream in =
        new java.io.ByteArrayInputStream("NFG 1 R \"x\" { \"a\" } { 1 }\n".getBytes())) {
      System.setIn(in);
      Run r = run("solve", "-");
      assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(r.err()).startsWith("parley: <stdin>:");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void componentsPrintGambitsConvexLines() throws Exception {
    // Gambit 16.7.0, gambit-enummixed -q -c contrib__deg2.nfg: 7 NE lines, then 4 maximal convex
    // sets as convex-k lines (shared/reference/games/out)
    Run r = run("solve", file("contrib__deg2.nfg"), "--method", "enummixed", "-c");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().lines().toList())
        .containsExactlyElementsOf(gambit("contrib__deg2__enummixed-c__16.7.0.txt"));
    Run j = run("solve", file("contrib__deg2.nfg"), "--method", "enummixed", "-c", "--json");
    assertThat(j.out()).contains("\"components\"", "\"convex-4,0,0,1,1,0,0\"");
    assertThat(run("solve", file("contrib__deg2.nfg"), "--method", "lcp", "-c").code())
        .isEqualTo(ExitCodes.BAD_INPUT);
    Run capped =
        run(
            "solve",
            file("contrib__deg2.nfg"),
            "--method",
            "enummixed",
            "-c",
            "--max-equilibria",
            "2");
    assertThat(capped.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(capped.err()).contains("--max-equilibria");
  }

  @Test
  void warnsWhenAPrintedProfileIsNotAnEquilibrium() throws Exception {
    // Gambit 16.7.0, gambit-logit -q -e -d 10 contrib__2x2x2.nfg ends at a point where player 3
    // gains 0.213 by deviating; we print Gambit's line and say so on standard error
    Run r = run("solve", file("contrib__2x2x2.nfg"), "--method", "logit", "-d", "10");
    assertThat(r.code()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().lines().toList())
        .containsExactlyElementsOf(gambit("contrib__2x2x2__logit-e__16.7.0.txt"));
    assertThat(r.err()).contains("warning: line 1 is not a Nash equilibrium: player 3 gains 0.213");
    // simpdiv stops within 1e-7 of the payoff range: no warning
    assertThat(run("solve", file("contrib__g3.nfg"), "--method", "simpdiv").err()).isEmpty();
  }
}
