package org.parley.games.normal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.ReducedNormalForm;
import org.parley.games.TestData;
import org.parley.games.extensive.PureBehaviourEnumeration;
import org.parley.games.io.NashOutput;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/**
 * Reference test: every recorded Gambit 16.7.0 output in src/test/resources/gambit/out
 * (gambit-enumpure, -enummixed [-c], -lcp [-d 10] [-S], -lp [-d 10] [-S]; see SOURCE.md there) for
 * the methods parley-games' core implements is reproduced: same lines in the same order for exact
 * methods (enummixed included, with Gambit's repeated lines), within 1e-6 for {@code -d 10} runs;
 * every equilibrium's certificate holds.
 */
class ReferenceSolveTest {
  static Stream<Arguments> outputs() throws IOException {
    try (Stream<Path> s = Files.list(TestData.root().resolve("out"))) {
      return s
          .map(p -> p.getFileName().toString())
          .filter(f -> f.endsWith("__16.7.0.txt"))
          .sorted()
          .map(
              f -> {
                String b = f.substring(0, f.length() - "__16.7.0.txt".length());
                String tag = b.substring(b.lastIndexOf("__") + 2);
                String game = b.substring(0, b.lastIndexOf("__"));
                return Arguments.of(game, tag, f);
              })
          .toList()
          .stream();
    }
  }

  /** Runs Gambit did not finish (index.tsv notes "timeout"): their output is incomplete. */
  private static final java.util.Set<String> TIMED_OUT = TestData.timedOutRuns();

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("outputs")
  void matchesGambit(String game, String tag, String outFile) {
    if (TIMED_OUT.contains(game + "__" + tag)) {
      return;
    }
    List<String> expected = TestData.output(outFile);
    boolean efg = Files.exists(TestData.game(game + ".efg"));
    boolean decimal = tag.endsWith("-d10");
    String method =
        tag.replace("-d10", "").replace("-S", "").replace("-e1", "").replace("-all", "");
    SolveOptions options =
        SolveOptions.defaults().withExact(!decimal).withMaxEquilibria(tag.contains("-e1") ? 1 : 0);
    List<String> lines;
    if (efg && !tag.endsWith("-S") && !method.equals("enummixed")) {
      if (!method.equals("enumpure")) {
        return; // sequence-form methods belong to org.parley.games.seqform (tested there)
      }
      ExtensiveFormGame g = TestData.efg(game + ".efg");
      if (!g.hasPerfectRecall()) {
        // Gambit: "Computing equilibria of games with imperfect recall is not supported"
        assertThat(expected).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new PureBehaviourEnumeration().solve(g, options))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("imperfect recall");
        return;
      }
      if (g.totalInfosets() > 12) {
        return; // montyhal & co.: thousands of reduced profiles, covered by the slow suite
      }
      SolverResult<BehaviourProfile> r = new PureBehaviourEnumeration().solve(g, options);
      r.equilibria().forEach(e -> assertThat(e.certificate().holds(0)).isTrue());
      lines =
          r.equilibria().stream()
              .map(e -> PureBehaviourEnumeration.gambitLine(g, e.profile()))
              .toList();
      assertThat(lines).containsExactlyInAnyOrderElementsOf(expected);
      return;
    }
    NormalFormGame g;
    if (efg) {
      ExtensiveFormGame tree = TestData.efg(game + ".efg");
      if (tree.totalInfosets() > 12) {
        return; // reduced forms with thousands of strategies: slow suite
      }
      g = ReducedNormalForm.of(tree).game();
    } else {
      g = TestData.nfg(game + ".nfg");
    }
    if (method.equals("enummixed")
        && g.numPlayers() == 2
        && g.numStrategies(0) + g.numStrategies(1) > 24) {
      return; // large vertex enumerations run in the slow suite
    }
    if (method.equals("enummixed-c")) {
      // NE lines, then the maximal Nash subsets (details in MaximalNashSubsetsTest)
      GambitOrderEnumeration.Components c =
          new GambitOrderEnumeration().solveWithComponents(g, options);
      assertThat(MaximalNashSubsetsTest.gambitLines(c, -1)).containsExactlyElementsOf(expected);
      return;
    }
    SolverResult<MixedProfile> r =
        switch (method) {
          case "enumpure" -> new PureStrategyEnumeration().solve(g, options);
          case "enummixed" -> new GambitOrderEnumeration().solve(g, options);
          case "lcp" -> new LemkeHowson().solve(g, options);
          case "lp" -> new ZeroSumLp().solve(g, options);
          default -> throw new IllegalArgumentException(tag);
        };
    assertThat(r).isInstanceOf(SolverResult.Complete.class);
    for (Equilibrium<MixedProfile> e : r.equilibria()) {
      assertThat(e.certificate().holds(1e-8)).as("certificate of %s", e.profile()).isTrue();
      if (!decimal) {
        assertThat(e.certificate().exactRegrets()).isPresent();
      }
    }
    lines =
        r.equilibria().stream().map(e -> NashOutput.line(e.profile(), decimal ? 10 : -1)).toList();
    if (decimal) {
      assertThat(lines).hasSameSizeAs(expected);
      for (int k = 0; k < lines.size(); k++) {
        double[] got = numbers(lines.get(k));
        double[] want = numbers(expected.get(k));
        assertThat(got).hasSameSizeAs(want);
        for (int c = 0; c < got.length; c++) {
          assertThat(got[c]).isCloseTo(want[c], within(1e-6));
        }
      }
    } else {
      assertThat(lines).containsExactlyElementsOf(expected);
    }
  }

  private static double[] numbers(String line) {
    String[] parts = line.split(",");
    double[] out = new double[parts.length - 1];
    for (int k = 1; k < parts.length; k++) {
      out[k - 1] = Double.parseDouble(parts[k]);
    }
    return out;
  }
}
