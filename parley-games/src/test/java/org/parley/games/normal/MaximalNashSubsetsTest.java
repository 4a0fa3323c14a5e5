package org.parley.games.normal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;
import org.parley.games.ReducedNormalForm;
import org.parley.games.TestData;
import org.parley.games.io.NashOutput;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/**
 * {@link GambitOrderEnumeration#solveWithComponents}: every {@code gambit-enummixed -q -c} run of
 * Gambit 16.7.0 recorded in src/test/resources/gambit (index.tsv rows tagged {@code enummixed-c},
 * out/*__enummixed-c__16.7.0.txt, copied from ../shared/reference/games/out; see SOURCE.md there)
 * is reproduced line for line, and on seeded random games, degenerate ones included, each subset is
 * checked by its certificate: the convex hull of the subset is made of equilibria (exact regret 0
 * at its centroid and at a random convex combination), every extreme equilibrium is covered, and
 * the subsets are maximal.
 */
class MaximalNashSubsetsTest {
  private static final SolveOptions EXACT = SolveOptions.defaults().withExact(true);

  /** Rows of index.tsv: 16.7.0, tag enummixed-c, exit code 0. */
  static Stream<Arguments> rows() {
    return TestData.finishedRuns("enummixed-c")
        .map(c -> Arguments.of(c[0], c[9].substring("out/".length()), Integer.parseInt(c[7])));
  }

  @Test
  void everyRecordedRowIsTested() {
    // index.tsv holds 11 finished enummixed-c runs of Gambit 16.7.0
    assertThat(rows()).hasSize(11);
  }

  /** What {@code gambit-enummixed -c} prints: the NE lines, then the convex-k lines. */
  static List<String> gambitLines(GambitOrderEnumeration.Components c, int decimals) {
    List<String> lines = new ArrayList<>();
    for (Equilibrium<MixedProfile> e : c.result().equilibria()) {
      lines.add(NashOutput.line(e.profile(), decimals));
    }
    for (int k = 0; k < c.cliques().size(); k++) {
      for (MixedProfile p : c.cliques().get(k)) {
        lines.add(NashOutput.line("convex-" + (k + 1), p, decimals));
      }
    }
    return lines;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void sameLinesAsGambit(String file, String outFile, int count) {
    List<String> expected = TestData.output(outFile);
    assertThat(expected).as("copied output %s", outFile).isNotNull();
    assertThat(expected.stream().filter(l -> l.startsWith("NE,"))).hasSize(count);
    GambitOrderEnumeration.Components c =
        new GambitOrderEnumeration().solveWithComponents(TestData.nfg(file), EXACT);
    assertThat(c.result()).isInstanceOf(SolverResult.Complete.class);
    assertThat(gambitLines(c, -1)).containsExactlyElementsOf(expected);
  }

  @Test
  void solveIsUnchanged() {
    // contrib__deg2.nfg: the degenerate 3×3 game with 4 maximal Nash subsets (its -c output)
    NormalFormGame g = TestData.nfg("contrib__deg2.nfg");
    var alone = new GambitOrderEnumeration().solve(g, EXACT);
    var with = new GambitOrderEnumeration().solveWithComponents(g, EXACT).result();
    assertThat(with.equilibria()).isEqualTo(alone.equilibria());
  }

  @Test
  void decimalModePrintsTheSameSubsets() {
    NormalFormGame g = TestData.nfg("contrib__deg2.nfg");
    var exact = new GambitOrderEnumeration().solveWithComponents(g, EXACT);
    var approx =
        new GambitOrderEnumeration()
            .solveWithComponents(g, SolveOptions.defaults().withExact(false));
    approx.cliques().forEach(cl -> cl.forEach(p -> assertThat(p.isExact()).isFalse()));
    assertThat(gambitLines(approx, 6)).isEqualTo(gambitLines(exact, 6));
  }

  @Test
  void noSubsetsWhenStoppedEarly() {
    NormalFormGame g = TestData.nfg("contrib__deg2.nfg");
    var c = new GambitOrderEnumeration().solveWithComponents(g, EXACT.withMaxEquilibria(3));
    assertThat(c.result()).isInstanceOf(SolverResult.Stopped.class);
    assertThat(c.result().equilibria()).hasSize(3);
    assertThat(c.cliques()).isEmpty();
  }

  @Test
  void eeePathGivesTheSameSubsets() {
    // above the strategy limit EEE answers; its vertices are told apart by their strategies
    NormalFormGame g = TestData.nfg("contrib__deg2.nfg");
    var gambit = new GambitOrderEnumeration().solveWithComponents(g, EXACT);
    var eee = new GambitOrderEnumeration(1000, 5).solveWithComponents(g, EXACT);
    assertThat(eee.result().statistics().method()).isEqualTo("eee");
    assertThat(asSets(eee.cliques())).isEqualTo(asSets(gambit.cliques()));
    var eeeDoubles =
        new GambitOrderEnumeration(1000, 5)
            .solveWithComponents(g, SolveOptions.defaults().withExact(false));
    assertThat(eeeDoubles.result().equilibria().get(0).profile().isExact()).isFalse();
    assertThat(asSets(eeeDoubles.cliques())).isEqualTo(asSets(gambit.cliques()));
  }

  @Test
  void repeatedVerticesOfATreeAreRepeatedInItsSubset() {
    // the STOC'94 tree (Koller, Megiddo, von Stengel): Gambit 16.7.0 prints 6 NE lines, 4 distinct
    // (out/tests__zerosum_efg_from_sequence_form_STOC94_paper__enummixed__16.7.0.txt); a zero-sum
    // game has one maximal Nash subset, the product of the optimal strategy sets (von Neumann
    // 1928),
    // here 3 recorded player-1 vertices (2 distinct points) × 2 player-2 vertices
    ExtensiveFormGame tree = TestData.efg("tests__zerosum_efg_from_sequence_form_STOC94_paper.efg");
    NormalFormGame g = ReducedNormalForm.of(tree).game();
    var c =
        new GambitOrderEnumeration()
            .solveWithComponents(g, GambitOrderEnumeration.PayoffRange.of(tree), EXACT);
    assertThat(c.cliques()).hasSize(1);
    List<MixedProfile> subset = c.cliques().get(0);
    assertThat(subset).hasSize(6);
    assertThat(Set.copyOf(subset))
        .isEqualTo(
            c.result().equilibria().stream().map(Equilibrium::profile).collect(Collectors.toSet()))
        .hasSize(4);
  }

  @Property(tries = 60)
  void zeroSumGamesHaveOneSubset(
      @ForAll @IntRange(min = 1, max = 4) int m,
      @ForAll @IntRange(min = 1, max = 4) int n,
      @ForAll @IntRange(min = 1, max = 3) int range,
      @ForAll long seed) {
    // the equilibria of a zero-sum game are the product of the optimal strategy sets (von Neumann
    // 1928), a single maximal Nash subset
    NormalFormGame g = RandomGames.bimatrix(new SplittableRandom(seed), m, n, range, true);
    assertThat(new GambitOrderEnumeration().solveWithComponents(g, EXACT).cliques()).hasSize(1);
  }

  private static Set<Set<MixedProfile>> asSets(List<List<MixedProfile>> cliques) {
    Set<Set<MixedProfile>> out = new HashSet<>();
    cliques.forEach(c -> out.add(Set.copyOf(c)));
    return out;
  }

  /** Payoffs in {0, …, range}: range 1 or 2 gives many ties (degenerate games). */
  private static NormalFormGame game(SplittableRandom rng, int m, int n, int range) {
    long[][] a = new long[m][n];
    long[][] b = new long[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = rng.nextInt(range + 1);
        b[i][j] = rng.nextInt(range + 1);
      }
    }
    return NormalFormGame.bimatrix("random", a, b);
  }

  private static boolean isEquilibrium(NormalFormGame g, Rational[] x, Rational[] y) {
    Rational[] regrets = g.exactRegrets(MixedProfile.ofRationals(new Rational[][] {x, y}));
    return Arrays.stream(regrets).allMatch(r -> r.signum() == 0);
  }

  /** The distinct strategies of {@code player} among {@code profiles}, in first-seen order. */
  private static List<List<Rational>> strategies(List<MixedProfile> profiles, int player) {
    List<List<Rational>> out = new ArrayList<>();
    for (MixedProfile p : profiles) {
      List<Rational> s = List.of(p.exactStrategy(player).orElseThrow());
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Whether {@code clique} is {@code [(x, y) for x in X for y in Y]} for some lists X and Y: for
   * some block length b, each block of b profiles has one player-1 strategy and the first block's
   * sequence of player-2 strategies.
   */
  private static boolean isProduct(List<MixedProfile> clique) {
    for (int b = 1; b <= clique.size(); b++) {
      if (clique.size() % b != 0) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < clique.size() && ok; k++) {
        MixedProfile p = clique.get(k);
        MixedProfile blockStart = clique.get(k - k % b);
        ok =
            Arrays.equals(
                    p.exactStrategy(0).orElseThrow(), blockStart.exactStrategy(0).orElseThrow())
                && Arrays.equals(
                    p.exactStrategy(1).orElseThrow(),
                    clique.get(k % b).exactStrategy(1).orElseThrow());
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }

  /** {@code Σ w_k s_k / Σ w_k} with positive weights. */
  private static Rational[] combination(List<List<Rational>> points, long[] weights) {
    Rational[] sum = new Rational[points.get(0).size()];
    Arrays.fill(sum, Rational.ZERO);
    long total = 0;
    for (int k = 0; k < points.size(); k++) {
      total += weights[k];
      for (int s = 0; s < sum.length; s++) {
        sum[s] = sum[s].add(points.get(k).get(s).multiply(weights[k]));
      }
    }
    for (int s = 0; s < sum.length; s++) {
      sum[s] = sum[s].divide(Rational.of(total));
    }
    return sum;
  }

  @Property(tries = 200)
  void subsetsAreMaximalConvexSetsOfEquilibria(
      @ForAll @IntRange(min = 1, max = 4) int m,
      @ForAll @IntRange(min = 1, max = 4) int n,
      @ForAll @IntRange(min = 1, max = 6) int range,
      @ForAll long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    NormalFormGame g = game(rng, m, n, range > 3 ? 1000 : range);
    var c = new GambitOrderEnumeration().solveWithComponents(g, EXACT);
    assertThat(c.result()).isInstanceOf(SolverResult.Complete.class);
    List<MixedProfile> extreme =
        c.result().equilibria().stream().map(Equilibrium::profile).toList();
    List<List<Rational>> all1 = strategies(extreme, 0);
    List<List<Rational>> all2 = strategies(extreme, 1);
    assertThat(c.cliques()).isNotEmpty(); // Nash (1951): there is an equilibrium
    List<Set<MixedProfile>> sets = new ArrayList<>();
    for (List<MixedProfile> clique : c.cliques()) {
      for (MixedProfile p : clique) {
        assertThat(g.exactRegrets(p)).as("regrets of %s", p).allMatch(r -> r.signum() == 0);
      }
      List<List<Rational>> u = strategies(clique, 0);
      List<List<Rational>> v = strategies(clique, 1);
      // printed as a product of vertex lists, player 1's varying slowest (a degenerate point
      // recorded in two bases is two vertices, so U and V may repeat strategies)
      assertThat(isProduct(clique)).as("product order of %s", clique).isTrue();
      Set<MixedProfile> product = new HashSet<>();
      for (List<Rational> x : u) {
        for (List<Rational> y : v) {
          product.add(
              MixedProfile.ofRationals(
                  new Rational[][] {x.toArray(Rational[]::new), y.toArray(Rational[]::new)}));
        }
      }
      assertThat(Set.copyOf(clique)).isEqualTo(product);
      // convex: the centroid and a random convex combination are equilibria
      long[] ones1 = new long[u.size()];
      long[] ones2 = new long[v.size()];
      Arrays.fill(ones1, 1);
      Arrays.fill(ones2, 1);
      assertThat(isEquilibrium(g, combination(u, ones1), combination(v, ones2)))
          .as("centroid of %s", clique)
          .isTrue();
      long[] w1 = rng.longs(u.size(), 1, 100).toArray();
      long[] w2 = rng.longs(v.size(), 1, 100).toArray();
      assertThat(isEquilibrium(g, combination(u, w1), combination(v, w2))).isTrue();
      // maximal: no other extreme strategy of either player fits with the whole other side
      for (List<Rational> x : all1) {
        if (!u.contains(x)) {
          Rational[] xs = x.toArray(Rational[]::new);
          assertThat(v.stream().allMatch(y -> isEquilibrium(g, xs, y.toArray(Rational[]::new))))
              .as("%s extends %s", x, clique)
              .isFalse();
        }
      }
      for (List<Rational> y : all2) {
        if (!v.contains(y)) {
          Rational[] ys = y.toArray(Rational[]::new);
          assertThat(u.stream().allMatch(x -> isEquilibrium(g, x.toArray(Rational[]::new), ys)))
              .as("%s extends %s", y, clique)
              .isFalse();
        }
      }
      sets.add(Set.copyOf(clique));
    }
    // every extreme equilibrium lies in a subset
    for (MixedProfile e : extreme) {
      assertThat(sets).anyMatch(s -> s.contains(e));
    }
    // no subset inside another
    for (int a = 0; a < sets.size(); a++) {
      for (int b = 0; b < sets.size(); b++) {
        if (a != b) {
          assertThat(sets.get(b).containsAll(sets.get(a)))
              .as("subset %d inside subset %d", a + 1, b + 1)
              .isFalse();
        }
      }
    }
    // EEE's vertices (one per point) give the same subsets as Gambit's (one per basis)
    var eee = new GambitOrderEnumeration(1000, 2).solveWithComponents(g, EXACT);
    assertThat(asSets(eee.cliques())).isEqualTo(new HashSet<>(sets));
  }
}
