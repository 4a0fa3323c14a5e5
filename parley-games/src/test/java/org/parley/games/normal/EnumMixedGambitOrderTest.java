package org.parley.games.normal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.ReducedNormalForm;
import org.parley.games.TestData;
import org.parley.games.io.NashOutput;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.NormalFormSolver;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/**
 * {@link GambitOrderEnumeration} against every finished {@code gambit-enummixed -q} run of Gambit
 * 16.7.0 recorded in src/test/resources/gambit (index.tsv, out/*__enummixed__16.7.0.txt; see
 * SOURCE.md there): the same lines in the same order, repetitions included.
 */
class EnumMixedGambitOrderTest {
  @Nested
  class Contract extends NormalFormSolverContract {
    @Override
    NormalFormSolver solver() {
      return new GambitOrderEnumeration();
    }
  }

  /** Rows of index.tsv: 16.7.0, tag enummixed, exit code 0 (timeouts excluded). */
  static Stream<Arguments> rows() {
    return TestData.finishedRuns("enummixed")
        .map(c -> Arguments.of(c[0], c[9].substring("out/".length()), Integer.parseInt(c[7])));
  }

  private static SolverResult<MixedProfile> solve(String file, SolveOptions options) {
    GambitOrderEnumeration solver = new GambitOrderEnumeration();
    if (file.endsWith(".efg")) {
      ExtensiveFormGame tree = TestData.efg(file);
      NormalFormGame g = ReducedNormalForm.of(tree).game();
      return solver.solve(g, GambitOrderEnumeration.PayoffRange.of(tree), options);
    }
    return solver.solve(TestData.nfg(file), options);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void sameLinesInSameOrderAsGambit(String file, String outFile, int count) {
    List<String> expected = TestData.output(outFile);
    assertThat(expected).as("copied output %s", outFile).isNotNull().hasSize(count);
    SolverResult<MixedProfile> r = solve(file, SolveOptions.defaults().withExact(true));
    assertThat(r).isInstanceOf(SolverResult.Complete.class);
    for (Equilibrium<MixedProfile> e : r.equilibria()) {
      assertThat(e.certificate().exactRegrets()).isPresent();
      assertThat(e.certificate().holds(0)).as("exact certificate of %s", e.profile()).isTrue();
    }
    List<String> lines =
        r.equilibria().stream().map(e -> NashOutput.line(e.profile(), -1)).toList();
    assertThat(lines).containsExactlyElementsOf(expected);
  }

  @Test
  void listsTheSameSetAsEee() {
    // contrib__deg2.nfg: degenerate 3×3 game, 7 extreme equilibria (index.tsv num_distinct)
    NormalFormGame g = TestData.nfg("contrib__deg2.nfg");
    SolveOptions o = SolveOptions.defaults().withExact(true);
    var ours =
        new GambitOrderEnumeration()
            .solve(g, o).equilibria().stream().map(e -> NashOutput.line(e.profile(), -1)).toList();
    var eee =
        new ExtremeEquilibriumEnumeration()
            .solve(g, o).equilibria().stream().map(e -> NashOutput.line(e.profile(), -1)).toList();
    assertThat(new HashSet<>(ours)).isEqualTo(new HashSet<>(eee));
  }

  private static List<String> lines(SolverResult<MixedProfile> r) {
    return r.equilibria().stream().map(e -> NashOutput.line(e.profile(), -1)).toList();
  }

  @Property(tries = 80)
  void sameSetAsEeeAndCertified(
      @ForAll @IntRange(min = 1, max = 5) int m,
      @ForAll @IntRange(min = 1, max = 5) int n,
      @ForAll @IntRange(min = 1, max = 1000) int range,
      @ForAll long seed) {
    // small ranges make ties (degenerate games), large ones generic games
    NormalFormGame g =
        RandomGames.bimatrix(
            new SplittableRandom(seed), m, n, range % 7 == 0 ? 1000 : range % 4, false);
    SolveOptions o = SolveOptions.defaults().withExact(true);
    SolverResult<MixedProfile> r = new GambitOrderEnumeration().solve(g, o);
    assertThat(r).isInstanceOf(SolverResult.Complete.class);
    r.equilibria().forEach(e -> assertThat(e.certificate().holds(0)).isTrue());
    assertThat(new HashSet<>(lines(r)))
        .isEqualTo(new HashSet<>(lines(new ExtremeEquilibriumEnumeration().solve(g, o))));
  }

  @Test
  void decimalModeKeepsTheExactOrder() {
    // contrib__coord4.nfg: 15 equilibria (index.tsv); -d N prints the same profiles as doubles
    NormalFormGame g = TestData.nfg("contrib__coord4.nfg");
    var exact =
        new GambitOrderEnumeration().solve(g, SolveOptions.defaults().withExact(true)).equilibria();
    var approx =
        new GambitOrderEnumeration()
            .solve(g, SolveOptions.defaults().withExact(false))
            .equilibria();
    assertThat(approx).hasSameSizeAs(exact);
    for (int k = 0; k < exact.size(); k++) {
      assertThat(NashOutput.line(approx.get(k).profile(), 10))
          .isEqualTo(NashOutput.line(exact.get(k).profile(), 10));
    }
  }

  @Test
  void largerGamesGoToEee() {
    // above the threshold the answer is EEE's: each extreme equilibrium once
    NormalFormGame g = TestData.nfg("contrib__coord4.nfg");
    SolveOptions o = SolveOptions.defaults().withExact(true);
    var viaEee = new GambitOrderEnumeration(1000, 7).solve(g, o);
    assertThat(lines(viaEee))
        .containsExactlyElementsOf(lines(new ExtremeEquilibriumEnumeration().solve(g, o)));
  }

  @Test
  void stopsAtTheEquilibriumLimit() {
    NormalFormGame g = TestData.nfg("contrib__coord4.nfg");
    var all = new GambitOrderEnumeration().solve(g, SolveOptions.defaults().withExact(true));
    var three =
        new GambitOrderEnumeration()
            .solve(g, SolveOptions.defaults().withExact(true).withMaxEquilibria(3));
    assertThat(three).isInstanceOf(SolverResult.Stopped.class);
    assertThat(lines(three)).containsExactlyElementsOf(lines(all).subList(0, 3));
  }

  @Test
  void stopsAtTheBasisLimit() {
    NormalFormGame g = TestData.nfg("contrib__coord4.nfg");
    var r = new GambitOrderEnumeration(5, 20).solve(g, SolveOptions.defaults().withExact(true));
    assertThat(r)
        .isInstanceOfSatisfying(
            SolverResult.Stopped.class,
            s -> assertThat(s.reason()).isEqualTo(SolverResult.StopReason.ITERATION_LIMIT));
  }
}
