package org.parley.games.normal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.TestData;
import org.parley.games.io.NashOutput;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.NormalFormSolver;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/**
 * {@link ExtremeEquilibriumEnumeration} on several threads: the same equilibria in the same order,
 * and the same statistics, as the sequential search on seeded random games (degenerate and not);
 * limits stop every thread. Nothing here depends on timing: a test passes or fails the same on a
 * busy machine.
 */
class ExtremeEquilibriumEnumerationThreadsTest {
  private static final SolveOptions EXACT = SolveOptions.defaults().withExact(true);
  private static final ExtremeEquilibriumEnumeration EEE = new ExtremeEquilibriumEnumeration();

  @Nested
  class SequentialContract extends NormalFormSolverContract {
    @Override
    NormalFormSolver solver() {
      return EEE.withThreads(1);
    }
  }

  @Nested
  class FourThreadsContract extends NormalFormSolverContract {
    @Override
    NormalFormSolver solver() {
      return EEE.withThreads(4);
    }
  }

  @Property(tries = 80)
  void everyNumberOfThreadsGivesTheSequentialList(
      @ForAll @IntRange(min = 1, max = 8) int m,
      @ForAll @IntRange(min = 1, max = 8) int n,
      @ForAll @IntRange(min = 0, max = 3) int spread,
      @ForAll long seed) {
    // payoffs in [-spread, spread]: ties everywhere, so faces with several vertices and equilibria
    // reached from several leaves; spread 0 stands for [-1000, 1000] (generic games)
    int range = spread == 0 ? 1000 : spread;
    NormalFormGame g = RandomGames.bimatrix(new SplittableRandom(seed), m, n, range, false);
    SolverResult<MixedProfile> one = EEE.withThreads(1).solve(g, EXACT);
    assertThat(one).isInstanceOf(SolverResult.Complete.class);
    for (int threads : new int[] {2, 4}) {
      SolverResult<MixedProfile> many = EEE.withThreads(threads).solve(g, EXACT);
      assertThat(many).isInstanceOf(SolverResult.Complete.class);
      assertThat(profiles(many)).containsExactlyElementsOf(profiles(one));
      assertThat(lines(many)).containsExactlyElementsOf(lines(one));
      assertThat(many.statistics().iterations()).isEqualTo(one.statistics().iterations());
      assertThat(many.statistics().counters()).containsEntry("threads", (long) threads);
      assertThat(withoutThreads(many)).isEqualTo(withoutThreads(one));
    }
  }

  @Test
  void aLimitOnEquilibriaGivesTheSequentialFirstOnes() {
    // seed 5, 8×8, payoffs in [-2, 2]: a degenerate game with more than 3 extreme equilibria
    NormalFormGame g = RandomGames.bimatrix(new SplittableRandom(5), 8, 8, 2, false);
    List<MixedProfile> all = profiles(EEE.withThreads(1).solve(g, EXACT));
    assertThat(all).hasSizeGreaterThan(3);
    SolverResult<MixedProfile> r = EEE.withThreads(4).solve(g, EXACT.withMaxEquilibria(3));
    assertThat(r)
        .isInstanceOfSatisfying(
            SolverResult.Stopped.class,
            s -> assertThat(s.reason()).isEqualTo(SolverResult.StopReason.EQUILIBRIUM_LIMIT));
    assertThat(profiles(r)).containsExactlyElementsOf(all.subList(0, 3));
    assertThat(r.statistics().counters()).containsEntry("threads", 1L);
  }

  @Test
  void aNodeLimitStopsEveryThread() {
    // the reference 25×25 game has 193 391 nodes (docs/performance/eee.md)
    NormalFormGame g = TestData.nfg("gen__rand2p_25x25_s25.nfg");
    SolverResult<MixedProfile> r =
        new ExtremeEquilibriumEnumeration(2_000).withThreads(2).solve(g, EXACT);
    assertThat(r)
        .isInstanceOfSatisfying(
            SolverResult.Stopped.class,
            s -> assertThat(s.reason()).isEqualTo(SolverResult.StopReason.ITERATION_LIMIT));
    // each thread may count one node past the limit before it sees the stop
    assertThat(r.statistics().iterations()).isBetween(2_001L, 2_002L);
    // with a thread idle, the root hands its second branch to the pool
    assertThat(r.statistics().counters().get("forks")).isPositive();
    assertCertifiedAndDistinct(r);
  }

  @Test
  void aTimeoutStopsEveryThread() {
    NormalFormGame g = TestData.nfg("gen__rand2p_25x25_s25.nfg");
    SolverResult<MixedProfile> r =
        EEE.withThreads(2).solve(g, EXACT.withTimeout(Duration.ofNanos(1)));
    assertThat(r)
        .isInstanceOfSatisfying(
            SolverResult.Stopped.class,
            s -> assertThat(s.reason()).isEqualTo(SolverResult.StopReason.TIMEOUT));
    assertCertifiedAndDistinct(r);
  }

  @Test
  void threadsMustBePositive() {
    assertThat(EEE.withThreads(3).threads()).isEqualTo(3);
    assertThat(EEE.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThatThrownBy(() -> EEE.withThreads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threads 0");
  }

  @Test
  @Tag("slow")
  void randomTwentyFiveByTwentyFiveIsTheSameOnOneAndTwoThreads() {
    // 363 extreme equilibria: our count, confirmed by the all-integer search
    // (docs/performance/eee.md); Gambit 16.7.0's enummixed did not finish (index.tsv)
    NormalFormGame g = TestData.nfg("gen__rand2p_25x25_s25.nfg");
    SolverResult<MixedProfile> one = EEE.withThreads(1).solve(g, EXACT);
    SolverResult<MixedProfile> two = EEE.withThreads(2).solve(g, EXACT);
    assertThat(one).isInstanceOf(SolverResult.Complete.class);
    assertThat(two).isInstanceOf(SolverResult.Complete.class);
    assertThat(lines(one)).hasSize(363);
    assertThat(lines(two)).containsExactlyElementsOf(lines(one));
    assertThat(withoutThreads(two)).isEqualTo(withoutThreads(one));
  }

  private static List<MixedProfile> profiles(SolverResult<MixedProfile> r) {
    return r.equilibria().stream().map(Equilibrium::profile).toList();
  }

  private static List<String> lines(SolverResult<MixedProfile> r) {
    return r.equilibria().stream().map(e -> NashOutput.line(e.profile(), -1)).toList();
  }

  private static Map<String, Long> withoutThreads(SolverResult<MixedProfile> r) {
    Map<String, Long> c = new HashMap<>(r.statistics().counters());
    c.remove("threads");
    c.remove("forks"); // how many branches were handed to the pool: depends on scheduling
    return c;
  }

  private static void assertCertifiedAndDistinct(SolverResult<MixedProfile> r) {
    for (Equilibrium<MixedProfile> e : r.equilibria()) {
      assertThat(e.certificate().exactRegrets().orElseThrow())
          .allSatisfy(x -> assertThat(x.signum()).isZero());
    }
    assertThat(new HashSet<>(profiles(r))).hasSameSizeAs(r.equilibria());
  }
}
