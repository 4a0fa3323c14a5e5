package org.parley.games.seqform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.io.EfgFormat;
import org.parley.games.io.NashOutput;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/**
 * Line-for-line agreement with {@code gambit-lcp -q} and {@code gambit-lcp -q -d 10} (Gambit
 * 16.7.0) on every {@code .efg} lcp row of {@code index.tsv}; the expected lines are the recorded
 * outputs in {@code src/test/resources/gambit/out/} (SOURCE.md there).
 */
class SequenceFormLemkeGambitTest {
  /** The .efg lcp rows of index.tsv (16.7.0), exact fractions. */
  static Stream<Row> exactRows() {
    return text("index.tsv")
        .lines()
        .skip(1)
        .map(l -> l.split("\t", -1))
        .filter(f -> f[0].endsWith(".efg") && f[3].equals("16.7.0") && f[5].equals("lcp"))
        .map(f -> new Row(f[0], Integer.parseInt(f[6]), f[9]));
  }

  /** An index.tsv row: game file, Gambit's exit code, recorded output. */
  record Row(String file, int exitCode, String output) {
    @Override
    public String toString() {
      return file;
    }
  }

  /** Recorded {@code -d 10} outputs for .efg games (Gambit 16.7.0). */
  static Stream<String> decimalGames() {
    return Stream.of("openspiel__kuhn_poker");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exactRows")
  void exactLinesAreGambits(Row row) {
    ExtensiveFormGame g = efg(row.file());
    SequenceFormLemke solver = new SequenceFormLemke();
    SolveOptions exact = SolveOptions.defaults().withExact(true);
    if (row.exitCode() != 0) {
      // Gambit 16.7.0 prints nothing and refuses on stderr (imperfect recall)
      assertThatThrownBy(() -> solver.solve(g, exact)).isInstanceOf(IllegalArgumentException.class);
      return;
    }
    SolverResult<BehaviourProfile> r = solver.solve(g, exact);
    assertThat(r).isInstanceOf(SolverResult.Complete.class);
    for (Equilibrium<BehaviourProfile> e : r.equilibria()) {
      assertThat(e.certificate().holds(0)).as("exact certificate").isTrue();
    }
    List<String> ours = r.equilibria().stream().map(e -> NashOutput.line(e.profile(), -1)).toList();
    assertThat(ours).containsExactlyElementsOf(lines(row.output()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decimalGames")
  void decimalLinesAreGambits(String game) {
    ExtensiveFormGame g = efg(game + ".efg");
    SolverResult<BehaviourProfile> r = new SequenceFormLemke().solve(g, SolveOptions.defaults());
    assertThat(r.equilibria())
        .allSatisfy(e -> assertThat(e.certificate().maxRegret()).isLessThan(1e-9));
    List<String> ours = r.equilibria().stream().map(e -> NashOutput.line(e.profile(), 10)).toList();
    assertThat(ours).containsExactlyElementsOf(lines("out/" + game + "__lcp-d10__16.7.0.txt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exactRows")
  void decimalModeFollowsTheSamePath(Row row) {
    // Gambit's double tableau follows the exact path on these trees (checked against the one
    // recorded -d 10 output above); ours must too: the double answer, printed to 10 decimals,
    // equals the exact answer printed to 10 decimals
    if (row.exitCode() != 0) {
      return;
    }
    ExtensiveFormGame g = efg(row.file());
    var exact = GambitSequenceLcp.solve(g, true, false, 0, 10_000, Long.MAX_VALUE);
    var dbl = GambitSequenceLcp.solve(g, false, false, 0, 10_000, Long.MAX_VALUE);
    assertThat(dbl.pivots()).isEqualTo(exact.pivots());
    assertThat(dbl.equilibria()).hasSameSizeAs(exact.equilibria());
    for (int k = 0; k < exact.equilibria().size(); k++) {
      assertThat(NashOutput.line(dbl.equilibria().get(k), 10))
          .isEqualTo(
              NashOutput.line(
                  BehaviourProfile.ofDoubles(toDoubles(exact.equilibria().get(k))), 10));
    }
  }

  @org.junit.jupiter.api.Test
  void allAccessibleEquilibriaAreCertified() {
    // Gambit's AllLemke recursion (perturbed covering vector, restart from every new basis) on
    // Watson's signalling game; every equilibrium it reaches must pass the exact certificate, the
    // first one is the one gambit-lcp prints
    // (out/catalog__books__watson2013__fig29_1__lcp__16.7.0.txt)
    ExtensiveFormGame g = efg("catalog__books__watson2013__fig29_1.efg");
    var all = GambitSequenceLcp.solve(g, true, true, 0, 10_000, Long.MAX_VALUE);
    assertThat(all.stoppedBy()).isNull();
    assertThat(all.equilibria()).hasSizeGreaterThan(1);
    assertThat(NashOutput.line(all.equilibria().get(0), -1)).isEqualTo("NE,0,1,0,1,0,1,0,1");
    for (BehaviourProfile b : all.equilibria()) {
      assertThat(Equilibrium.of(g, b).certificate().holds(0)).as(NashOutput.line(b, -1)).isTrue();
    }
    assertThat(all.equilibria().stream().distinct().count()).isEqualTo(all.equilibria().size());
  }

  @org.junit.jupiter.api.Test
  void kuhnPokerValueIsMinusOneEighteenth() {
    // Kuhn (1950), games.md §5: the value of Kuhn poker for player 1 is -1/18
    ExtensiveFormGame g = efg("openspiel__kuhn_poker.efg");
    var eq =
        new SequenceFormLemke()
            .solve(g, SolveOptions.defaults().withExact(true))
            .equilibria()
            .get(0);
    assertThat(eq.certificate().holds(0)).isTrue();
    // the exact profile is Gambit's line (exactLinesAreGambits); its payoff evaluated in doubles
    assertThat(eq.payoffs().get(0))
        .isCloseTo(-1.0 / 18, org.assertj.core.api.Assertions.within(1e-12));
  }

  private static double[][][] toDoubles(BehaviourProfile b) {
    double[][][] d = new double[b.numPlayers()][][];
    for (int i = 0; i < d.length; i++) {
      d[i] = new double[b.numInfosets(i)][];
      for (int h = 0; h < d[i].length; h++) {
        d[i][h] = new double[b.numActions(i, h)];
        for (int a = 0; a < d[i][h].length; a++) {
          d[i][h][a] = b.probability(i, h, a);
        }
      }
    }
    return d;
  }

  private static List<String> lines(String output) {
    return text(output).lines().filter(l -> !l.isBlank()).toList();
  }

  private static ExtensiveFormGame efg(String file) {
    try {
      return EfgFormat.read(text("games/" + file));
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String text(String resource) {
    try (InputStream in =
        SequenceFormLemkeGambitTest.class.getResourceAsStream("/gambit/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource gambit/" + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
