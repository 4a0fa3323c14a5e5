package org.parley.games.simpdiv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/**
 * Unit tests of {@link SimplicialSubdivision}: options, limits, edge games, the floating filter.
 */
class SimplicialSubdivisionTest {
  private static final long FAR = Long.MAX_VALUE / 4;

  @Test
  void rejectsBadSettingsNamingTheValue() {
    SimplicialSubdivision s = new SimplicialSubdivision();
    assertThatThrownBy(() -> s.withGridResize(1)).hasMessageContaining("gridResize is 1");
    assertThatThrownBy(() -> s.withLeash(0)).hasMessageContaining("leash is 0");
    assertThatThrownBy(() -> s.withMaxRegret(Rational.ZERO)).hasMessageContaining("maxRegret is 0");
    assertThatThrownBy(() -> s.withLimits(0, 1)).hasMessageContaining("maxRounds is 0");
  }

  @Test
  void rejectsStartProfilesThatAreNotDistributions() {
    NormalFormGame g = NPlayerPropertyTest.randomGame(1, 2, 2);
    Rational h = Rational.of(1, 2);
    Rational[][] bad = {{h, h}, {h, Rational.of(1, 3)}};
    assertThatThrownBy(() -> new SimplicialSubdivision().run(g, Rational.ONE, bad, FAR))
        .hasMessageContaining("player 2's probabilities sum to 5/6");
    Rational[][] negative = {{Rational.of(3, 2), h.negate()}, {h, h}};
    assertThatThrownBy(() -> new SimplicialSubdivision().run(g, Rational.ONE, negative, FAR))
        .hasMessageContaining("probability -1/2 < 0");
  }

  @Test
  void startsOnTheGridOfTheStartProfile() {
    // from the centroid of a 3-strategy player the grids are 1/(3·2^r): every probability's
    // denominator divides 3·2^r (closed form of the mesh rule d = 1/(lcd·g^r))
    NormalFormGame g = NPlayerPropertyTest.randomGame(7, 3, 3);
    Rational t = Rational.of(1, 3);
    Rational[][] centroid = {{t, t, t}, {t, t, t}, {t, t, t}};
    SimplicialSubdivision.Run run =
        new SimplicialSubdivision().run(g, SimplicialSubdivision.payoffRange(g), centroid, FAR);
    assertThat(run.ending()).isEqualTo(SimplicialSubdivision.Ending.CONVERGED);
    assertThat(run.gridDenominator() % 3).isZero();
    for (Rational[] row : run.profile()) {
      for (Rational x : row) {
        assertThat(BigInteger.valueOf(run.gridDenominator()).mod(x.denominator()))
            .isEqualTo(BigInteger.ZERO);
      }
    }
  }

  @Test
  void gridRefinementThreeGivesPowersOfThree() {
    NormalFormGame g = NPlayerPropertyTest.randomGame(3, 3, 2);
    SimplicialSubdivision.Run run =
        new SimplicialSubdivision()
            .withGridResize(3)
            .run(
                g,
                SimplicialSubdivision.payoffRange(g),
                new SimplicialSubdivision().startProfile(g),
                FAR);
    assertThat(run.ending()).isEqualTo(SimplicialSubdivision.Ending.CONVERGED);
    long d = run.gridDenominator();
    while (d % 3 == 0) {
      d /= 3;
    }
    assertThat(d).isEqualTo(1);
  }

  @Test
  void onePlayerPicksHerFirstBestStrategy() {
    // one player, payoffs 2, 5, 5: the path ends at a best strategy; regret 0 (closed form)
    NormalFormGame g =
        NormalFormGame.of(
            "solo",
            List.of("A"),
            List.of(List.of("a", "b", "c")),
            new Rational[][] {{Rational.of(2)}, {Rational.of(5)}, {Rational.of(5)}});
    SolverResult<MixedProfile> r = new SimplicialSubdivision().solve(g, SolveOptions.defaults());
    assertThat(r).isInstanceOf(SolverResult.Complete.class);
    assertThat(r.equilibria().get(0).certificate().exactRegrets().orElseThrow())
        .allMatch(x -> x.signum() == 0);
  }

  @Test
  void constantGameStopsAfterOneRound() {
    // payoff range 0: the acceptance test 0 <= 0 holds after the first round
    NormalFormGame g =
        NormalFormGame.bimatrix(
            "flat", new long[][] {{1, 1}, {1, 1}}, new long[][] {{1, 1}, {1, 1}});
    SolverResult<MixedProfile> r = new SimplicialSubdivision().solve(g, SolveOptions.defaults());
    assertThat(r).isInstanceOf(SolverResult.Complete.class);
    assertThat(r.statistics().counters().get("rounds")).isEqualTo(1L);
  }

  @Test
  void stopsAtTheDeadlineWithTheLastCompletedRound() {
    // random 4-player 4-strategy game, seed 1: a path of more than 10^6 labels (measured)
    NormalFormGame g = NPlayerPropertyTest.randomGame(1, 4, 4);
    SolverResult<MixedProfile> r =
        new SimplicialSubdivision()
            .solve(g, SolveOptions.defaults().withTimeout(Duration.ofMillis(200)));
    assertThat(r)
        .isInstanceOfSatisfying(
            SolverResult.Stopped.class,
            s -> assertThat(s.reason()).isEqualTo(SolverResult.StopReason.TIMEOUT));
    assertThat(r.equilibria()).hasSize(1);
  }

  @Test
  void stepLimitStopsARound() {
    NormalFormGame g = NPlayerPropertyTest.randomGame(1, 4, 4);
    SolverResult<MixedProfile> r =
        new SimplicialSubdivision().withLimits(60, 50).solve(g, SolveOptions.defaults());
    assertThat(r)
        .isInstanceOfSatisfying(
            SolverResult.Stopped.class,
            s -> assertThat(s.reason()).isEqualTo(SolverResult.StopReason.ITERATION_LIMIT));
  }

  @Property(tries = 25, seed = "20261125")
  void floatingFilterFollowsTheExactPath(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 4) int players,
      @ForAll @IntRange(min = 2, max = 3) int strategies) {
    // the filter only decides what exact arithmetic would: same point, rounds and labels
    NormalFormGame g = NPlayerPropertyTest.randomGame(seed, players, strategies);
    SimplicialSubdivision s = new SimplicialSubdivision().withLimits(60, 20_000);
    Rational range = SimplicialSubdivision.payoffRange(g);
    SimplicialSubdivision.Run fast = s.run(g, range, s.startProfile(g), FAR, true);
    SimplicialSubdivision.Run exact = s.run(g, range, s.startProfile(g), FAR, false);
    assertThat(fast.profile()).isDeepEqualTo(exact.profile());
    assertThat(fast.steps()).isEqualTo(exact.steps());
    assertThat(fast.rounds()).isEqualTo(exact.rounds());
    assertThat(fast.maxRegret()).isEqualTo(exact.maxRegret());
  }
}
