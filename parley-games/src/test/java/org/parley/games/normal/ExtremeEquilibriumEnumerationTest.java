package org.parley.games.normal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;
import org.parley.games.ReducedNormalForm;
import org.parley.games.TestData;
import org.parley.games.io.NashOutput;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.NormalFormSolver;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/**
 * {@link ExtremeEquilibriumEnumeration}: the solver contract, every recorded Gambit 16.7.0 {@code
 * gambit-enummixed} output for two-player games (src/test/resources/gambit, see SOURCE.md there:
 * copied from ../shared/reference/games), and differential tests against {@link VertexEnumeration}
 * on seeded random games, degenerate and not.
 */
class ExtremeEquilibriumEnumerationTest {
  private static final SolveOptions EXACT = SolveOptions.defaults().withExact(true);

  @Nested
  class Contract extends NormalFormSolverContract {
    @Override
    NormalFormSolver solver() {
      return new ExtremeEquilibriumEnumeration();
    }
  }

  /**
   * Every exact enummixed output of Gambit 16.7.0 on a game whose (reduced) normal form has 2
   * players.
   */
  static Stream<String> enummixedOutputs() throws IOException {
    try (Stream<Path> s = Files.list(TestData.root().resolve("out"))) {
      return s
          .map(p -> p.getFileName().toString())
          .filter(f -> f.endsWith("__enummixed__16.7.0.txt"))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static final Set<String> TIMED_OUT = TestData.timedOutRuns();

  @ParameterizedTest(name = "{0}")
  @MethodSource("enummixedOutputs")
  void sameSetOfExtremeEquilibriaAsGambit(String outFile) {
    String game = outFile.substring(0, outFile.length() - "__enummixed__16.7.0.txt".length());
    if (TIMED_OUT.contains(game + "__enummixed")) {
      return; // Gambit did not finish: its output is incomplete
    }
    NormalFormGame g;
    if (Files.exists(TestData.game(game + ".efg"))) {
      ExtensiveFormGame tree = TestData.efg(game + ".efg");
      if (tree.numPlayers() != 2 || tree.totalInfosets() > 12) {
        return; // reduced forms with thousands of strategies
      }
      g = ReducedNormalForm.of(tree).game();
    } else {
      g = TestData.nfg(game + ".nfg");
    }
    if (g.numPlayers() != 2) {
      return;
    }
    // reference: Gambit 16.7.0 gambit-enummixed -q <file>, out/<game>__enummixed__16.7.0.txt
    List<String> expected = TestData.output(outFile);
    SolverResult<MixedProfile> r = new ExtremeEquilibriumEnumeration().solve(g, EXACT);
    assertThat(r).isInstanceOf(SolverResult.Complete.class);
    r.equilibria()
        .forEach(
            e ->
                assertThat(e.certificate().exactRegrets().orElseThrow())
                    .allSatisfy(x -> assertThat(x.signum()).isZero()));
    List<String> lines =
        r.equilibria().stream().map(e -> NashOutput.line(e.profile(), -1)).toList();
    // as sets: Gambit prints some degenerate equilibria twice (index.tsv: num_distinct)
    assertThat(new HashSet<>(lines)).hasSameSizeAs(lines).isEqualTo(new HashSet<>(expected));
  }

  @Property(tries = 60)
  void agreesWithVertexEnumerationOnDegenerateGames(
      @ForAll @IntRange(min = 1, max = 5) int m,
      @ForAll @IntRange(min = 1, max = 5) int n,
      @ForAll long seed) {
    // payoffs in [-2, 2]: ties everywhere, so most of these games are degenerate
    NormalFormGame g = RandomGames.bimatrix(new SplittableRandom(seed), m, n, 2, false);
    assertSameAsVertexEnumeration(g);
  }

  @Property(tries = 40)
  void agreesWithVertexEnumerationOnGenericGames(
      @ForAll @IntRange(min = 2, max = 7) int m,
      @ForAll @IntRange(min = 2, max = 7) int n,
      @ForAll long seed) {
    NormalFormGame g = RandomGames.bimatrix(new SplittableRandom(seed), m, n, 1000, false);
    assertSameAsVertexEnumeration(g);
  }

  @Property(tries = 20)
  void agreesWithVertexEnumerationOnZeroSumGames(
      @ForAll @IntRange(min = 1, max = 5) int m,
      @ForAll @IntRange(min = 1, max = 5) int n,
      @ForAll long seed) {
    NormalFormGame g = RandomGames.bimatrix(new SplittableRandom(seed), m, n, 3, true);
    assertSameAsVertexEnumeration(g);
  }

  @Property(tries = 30)
  void agreesWithVertexEnumerationOnFractionalPayoffs(
      @ForAll @IntRange(min = 1, max = 5) int m,
      @ForAll @IntRange(min = 1, max = 5) int n,
      @ForAll long seed) {
    // payoffs p/q with q in 1..6: the integer tableaux must scale by the common denominator
    SplittableRandom rng = new SplittableRandom(seed);
    Rational[][] a = new Rational[m][n];
    Rational[][] b = new Rational[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = Rational.of(rng.nextInt(-6, 7), rng.nextInt(1, 7));
        b[i][j] = Rational.of(rng.nextInt(-6, 7), rng.nextInt(1, 7));
      }
    }
    assertSameAsVertexEnumeration(NormalFormGame.bimatrix("fractions", a, b));
  }

  @Property(tries = 40)
  void integerArithmeticAgreesWithTheFilteredSearch(
      @ForAll @IntRange(min = 1, max = 7) int m,
      @ForAll @IntRange(min = 1, max = 7) int n,
      @ForAll @IntRange(min = 1, max = 50) int range,
      @ForAll long seed) {
    // two arithmetics of the same search: floating point with exact fallbacks, and integers only
    NormalFormGame g = RandomGames.bimatrix(new SplittableRandom(seed), m, n, range, false);
    List<MixedProfile> filtered =
        new ExtremeEquilibriumEnumeration()
            .solve(g, EXACT).equilibria().stream().map(Equilibrium::profile).toList();
    List<MixedProfile> integer =
        ExtremeEquilibriumEnumeration.integerArithmetic().solve(g, EXACT).equilibria().stream()
            .map(Equilibrium::profile)
            .toList();
    assertThat(new HashSet<>(filtered)).isEqualTo(new HashSet<>(integer));
  }

  @Test
  void randomTwentyFiveByTwentyFiveContainsEveryLemkeHowsonEquilibriumOfGambit() {
    // reference: Gambit 16.7.0 `gambit-lcp -q` (all starting labels, 113 s) on
    // gen__rand2p_25x25_s25.nfg found 349 equilibria
    // (out/gen__rand2p_25x25_s25__lcp-all__16.7.0.txt);
    // Gambit's enummixed did not finish in 120 s (index.tsv). Every one of the 349 must be an
    // extreme equilibrium found here (Lemke-Howson ends at vertices of P x Q; von Stengel 2002).
    NormalFormGame g = TestData.nfg("gen__rand2p_25x25_s25.nfg");
    SolverResult<MixedProfile> r = new ExtremeEquilibriumEnumeration().solve(g, EXACT);
    assertThat(r).isInstanceOf(SolverResult.Complete.class);
    Set<String> lines = new HashSet<>();
    for (Equilibrium<MixedProfile> e : r.equilibria()) {
      assertThat(e.certificate().exactRegrets().orElseThrow())
          .allSatisfy(x -> assertThat(x.signum()).isZero());
      lines.add(NashOutput.line(e.profile(), -1));
    }
    assertThat(lines)
        .hasSameSizeAs(r.equilibria())
        .containsAll(TestData.output("gen__rand2p_25x25_s25__lcp-all__16.7.0.txt"));
    // a non-degenerate game has an odd number of equilibria (Shapley 1974); this one has
    // 363 extreme ones (our count, cross-checked by the all-integer run in docs/performance/eee.md)
    assertThat(lines.size() % 2).isEqualTo(1);
  }

  @Test
  void allPayoffsEqualGivesEveryPurePair() {
    // closed form: in a constant game every profile is an equilibrium; the extreme ones are the
    // m x n pure profiles
    NormalFormGame g =
        NormalFormGame.bimatrix(
            "flat", new long[][] {{1, 1, 1}, {1, 1, 1}}, new long[][] {{1, 1, 1}, {1, 1, 1}});
    List<Equilibrium<MixedProfile>> eqs =
        new ExtremeEquilibriumEnumeration().solve(g, EXACT).equilibria();
    assertThat(eqs).hasSize(6);
  }

  @Test
  void stopsAtTheEquilibriumLimit() {
    NormalFormGame g =
        NormalFormGame.bimatrix(
            "flat", new long[][] {{1, 1, 1}, {1, 1, 1}}, new long[][] {{1, 1, 1}, {1, 1, 1}});
    SolverResult<MixedProfile> r =
        new ExtremeEquilibriumEnumeration().solve(g, EXACT.withMaxEquilibria(2));
    assertThat(r).isInstanceOf(SolverResult.Stopped.class);
    assertThat(r.equilibria()).hasSize(2);
  }

  @Test
  void stopsAtTheNodeLimit() {
    NormalFormGame g = RandomGames.bimatrix(new SplittableRandom(3), 8, 8, 1000, false);
    SolverResult<MixedProfile> r = new ExtremeEquilibriumEnumeration(5).solve(g, EXACT);
    assertThat(r)
        .isInstanceOfSatisfying(
            SolverResult.Stopped.class,
            s -> assertThat(s.reason()).isEqualTo(SolverResult.StopReason.ITERATION_LIMIT));
  }

  @Test
  void floatingPointModeReportsTheSamePoints() {
    NormalFormGame g = RandomGames.bimatrix(new SplittableRandom(11), 6, 6, 1000, false);
    List<Equilibrium<MixedProfile>> exact =
        new ExtremeEquilibriumEnumeration().solve(g, EXACT).equilibria();
    List<Equilibrium<MixedProfile>> dbl =
        new ExtremeEquilibriumEnumeration().solve(g, SolveOptions.defaults()).equilibria();
    assertThat(dbl).hasSameSizeAs(exact);
    for (int k = 0; k < dbl.size(); k++) {
      assertThat(dbl.get(k).profile().isExact()).isFalse();
      assertThat(dbl.get(k).certificate().holds(1e-9)).isTrue();
      assertThat(dbl.get(k).profile().flatten()).containsExactly(exact.get(k).profile().flatten());
    }
  }

  private static void assertSameAsVertexEnumeration(NormalFormGame g) {
    List<Equilibrium<MixedProfile>> eee =
        new ExtremeEquilibriumEnumeration().solve(g, EXACT).equilibria();
    Set<MixedProfile> mine = new HashSet<>();
    for (Equilibrium<MixedProfile> e : eee) {
      assertThat(e.certificate().exactRegrets().orElseThrow())
          .allSatisfy(x -> assertThat(x.signum()).isZero());
      mine.add(e.profile());
    }
    assertThat(mine).hasSameSizeAs(eee).isNotEmpty(); // Nash (1951): at least one equilibrium
    Set<MixedProfile> reference = new HashSet<>();
    new VertexEnumeration().solve(g, EXACT).equilibria().forEach(e -> reference.add(e.profile()));
    assertThat(mine).isEqualTo(reference);
  }
}
