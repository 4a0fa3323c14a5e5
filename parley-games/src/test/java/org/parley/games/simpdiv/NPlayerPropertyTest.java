package org.parley.games.simpdiv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;
import org.parley.games.logit.LogitTracing;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/**
 * Certificates on seeded random n-player games: simplicial subdivision and logit tracing each
 * return a profile whose largest regret is within their stated accuracy.
 */
class NPlayerPropertyTest {
  static NormalFormGame randomGame(long seed, int players, int strategies) {
    Random rnd = new Random(seed);
    List<String> names = new ArrayList<>();
    List<List<String>> labels = new ArrayList<>();
    int profiles = 1;
    for (int i = 0; i < players; i++) {
      names.add("P" + (i + 1));
      List<String> s = new ArrayList<>();
      for (int k = 0; k < strategies; k++) {
        s.add("s" + (k + 1));
      }
      labels.add(s);
      profiles *= strategies;
    }
    Rational[][] pay = new Rational[profiles][players];
    for (int p = 0; p < profiles; p++) {
      for (int i = 0; i < players; i++) {
        pay[p][i] = Rational.of(rnd.nextInt(21) - 10);
      }
    }
    return NormalFormGame.of("random " + seed, names, labels, pay);
  }

  @Property(tries = 20, seed = "20261125")
  void simplicialSubdivisionIsCertified(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 4) int players,
      @ForAll @IntRange(min = 2, max = 3) int strategies) {
    NormalFormGame g = randomGame(seed, players, strategies);
    SolverResult<MixedProfile> r = new SimplicialSubdivision().solve(g, SolveOptions.defaults());
    assertThat(r).isInstanceOf(SolverResult.Complete.class);
    // the stopping rule (Gambit's): exact largest regret <= 1e-8 × (max payoff − min payoff)
    Rational bound =
        SimplicialSubdivision.DEFAULT_MAX_REGRET.multiply(SimplicialSubdivision.payoffRange(g));
    assertThat(r.equilibria().get(0).certificate().exactRegrets().orElseThrow())
        .allMatch(x -> x.compareTo(bound) <= 0);
  }

  @Property(tries = 20, seed = "20261125")
  void logitTracingEndsNearAnEquilibrium(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 4) int players,
      @ForAll @IntRange(min = 2, max = 3) int strategies) {
    NormalFormGame g = randomGame(seed, players, strategies);
    SolverResult<MixedProfile> r = new LogitTracing().solve(g, SolveOptions.defaults());
    assertThat(r).isInstanceOf(SolverResult.Complete.class);
    // at λ = 10⁶ the regret is O(1/λ) times the payoff scale (McKelvey–Palfrey 1995)
    assertThat(r.equilibria().get(0).certificate().maxRegret()).isLessThan(1e-3);
  }
}
