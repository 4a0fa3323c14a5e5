package org.parley.games.simpdiv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;
import org.parley.games.io.EfgFormat;
import org.parley.games.io.NashOutput;
import org.parley.games.io.NfgFormat;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/**
 * Reference tests against {@code gambit-simpdiv -q <file>}: every {@code simpdiv} row of the
 * module's copy of {@code index.tsv} ({@code src/test/resources/gext}, SOURCE.md there; Gambit
 * 16.7.0 and 17.0.0a2), the recorded output {@code gext/out/<game>__simpdiv__<version>.txt} printed
 * identically, line by line. {@code .efg} files are solved on the reduced strategic form and
 * printed as mixed profiles, as {@code gambit-simpdiv} does.
 */
class SimplicialSubdivisionReferenceTest {
  record Case(String file, String version, String output) {
    @Override
    public String toString() {
      return file + " (" + version + ")";
    }
  }

  static String resource(String name) {
    try (InputStream in =
        SimplicialSubdivisionReferenceTest.class.getResourceAsStream("/gext/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource gext/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Case> cases() {
    List<Case> out = new ArrayList<>();
    for (String line : resource("index.tsv").split("\n")) {
      String[] f = line.split("\t", -1);
      if (f.length > 9 && f[5].equals("simpdiv")) {
        out.add(new Case(f[0], f[3], f[9]));
      }
    }
    return out.stream();
  }

  static List<String> lines(String text) {
    return text.lines().filter(l -> !l.isBlank()).toList();
  }

  /** Solves {@code file} as gambit-simpdiv does and answers its printed lines (exact fractions). */
  static List<String> solveAsGambit(String file, String version, int decimals) throws Exception {
    SimplicialSubdivision sd = new SimplicialSubdivision();
    if (version.equals("17.0.0a2")) {
      sd = sd.withStartingPoint(SimplicialSubdivision.StartingPoint.FIRST_STRATEGIES);
    }
    SolverResult<MixedProfile> r;
    if (file.endsWith(".efg")) {
      ExtensiveFormGame g = EfgFormat.read(resource("games/" + file));
      r = sd.solveStrategic(g, SolveOptions.defaults());
    } else {
      NormalFormGame g = NfgFormat.read(resource("games/" + file));
      r = sd.solve(g, SolveOptions.defaults());
    }
    assertThat(r).as(file).isInstanceOf(SolverResult.Complete.class);
    return r.equilibria().stream().map(e -> NashOutput.line(e.profile(), decimals)).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void printsWhatGambitPrints(Case c) throws Exception {
    // expected: gext/<output>, recorded from gambit-simpdiv -q (Gambit 16.7.0 or 17.0.0a2),
    // index.tsv row; 16.7.0 is the default, 17.0.0a2 differs only in its starting point
    assertThat(solveAsGambit(c.file(), c.version(), -1))
        .containsExactlyElementsOf(lines(resource(c.output())));
  }

  @Test
  void everyRowIsCovered() {
    // index.tsv lists 7 simpdiv rows per Gambit version (16.7.0, 17.0.0a2): 6 .nfg files and
    // Selten's horse (.efg)
    assertThat(cases().filter(c -> c.version().equals("16.7.0")).count()).isEqualTo(7);
    assertThat(cases().count()).isEqualTo(14);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void certificateHoldsToTheAcceptanceTolerance(Case c) throws Exception {
    if (c.file().endsWith(".efg")) {
      return;
    }
    NormalFormGame g = NfgFormat.read(resource("games/" + c.file()));
    Equilibrium<MixedProfile> e =
        new SimplicialSubdivision().solve(g, SolveOptions.defaults()).equilibria().get(0);
    // the stopping rule: largest exact regret <= 1e-7 × (max payoff − min payoff)
    Rational bound =
        SimplicialSubdivision.DEFAULT_MAX_REGRET.multiply(SimplicialSubdivision.payoffRange(g));
    for (Rational r : e.certificate().exactRegrets().orElseThrow()) {
      assertThat(r.compareTo(bound)).as("regret %s <= %s", r, bound).isLessThanOrEqualTo(0);
    }
  }

  @Test
  void seltensHorseBehaviourProfileIsCertified() throws Exception {
    // Gambit 16.7.0 prints NE,1,0,1,0,3/16,13/16 (out/..selten1975__fig1__simpdiv__16.7.0.txt):
    // one action per information set, so the behaviour profile has the same numbers
    ExtensiveFormGame g =
        EfgFormat.read(resource("games/catalog__journals__ijgt__selten1975__fig1.efg"));
    var r = new SimplicialSubdivision().solve(g, SolveOptions.defaults());
    assertThat(r).isInstanceOf(SolverResult.Complete.class);
    assertThat(NashOutput.line(r.equilibria().get(0).profile(), -1))
        .isEqualTo("NE,1,0,1,0,3/16,13/16");
    assertThat(r.equilibria().get(0).certificate().exactRegrets().orElseThrow())
        .allMatch(x -> x.signum() == 0);
  }

  @Test
  void decimalsArePrintedFromTheExactPoint() throws Exception {
    // contrib__g3: Gambit 16.7.0 prints
    // NE,209715/1048576,838861/1048576,1,0,1,0,349525/524288,174763/524288;
    // 209715/1048576 = 0.19999980926513671875 and 349525/524288 = 0.66666603088378906250 (exact)
    List<String> l = solveAsGambit("contrib__g3.nfg", "16.7.0", 4);
    assertThat(l).containsExactly("NE,0.2000,0.8000,1.0000,0.0000,1.0000,0.0000,0.6667,0.3333");
  }
}
