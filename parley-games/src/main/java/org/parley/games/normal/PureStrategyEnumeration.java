package org.parley.games.normal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.NormalFormSolver;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;
import org.parley.games.solver.SolverStatistics;

/**
 * All pure-strategy Nash equilibria of an n-player game (Gambit's {@code enumpure}): a pure profile
 * is an equilibrium when no player has a strictly better pure reply. Exact rational comparisons.
 * First, for every player, the best payoff against each profile of the others is tabulated (one
 * pass over the payoff table per player); then every profile is checked in O(n). Profiles are
 * listed in Gambit's order (player 1's strategy varying fastest).
 *
 * <p>Cost: O(n · |S|) comparisons for |S| pure profiles.
 */
public final class PureStrategyEnumeration implements NormalFormSolver {
  @Override
  public String name() {
    return "enumpure";
  }

  @Override
  public SolverResult<MixedProfile> solve(NormalFormGame game, SolveOptions options) {
    long start = System.nanoTime();
    long deadline = options.deadline(start);
    int n = game.numPlayers();
    int total = game.profileCount();
    // best[i][p] = best payoff of player i over own strategies, for the others' part of profile p
    Rational[][] best = new Rational[n][];
    for (int i = 0; i < n; i++) {
      int mi = game.numStrategies(i);
      int stride = game.stride(i);
      best[i] = new Rational[total / mi];
      for (int p = 0; p < total; p++) {
        int own = (p / stride) % mi;
        if (own != 0) {
          continue;
        }
        Rational b = game.payoff(p, i);
        for (int s = 1; s < mi; s++) {
          b = b.max(game.payoff(p + s * stride, i));
        }
        best[i][reduced(p, stride, mi)] = b;
      }
      if (System.nanoTime() - deadline > 0) {
        return stopped(List.of(), total, start);
      }
    }
    List<Equilibrium<MixedProfile>> eqs = new ArrayList<>();
    int[] counts = game.strategyCounts();
    for (int p = 0; p < total; p++) {
      boolean ok = true;
      for (int i = 0; i < n && ok; i++) {
        int mi = counts[i];
        int stride = game.stride(i);
        ok = game.payoff(p, i).compareTo(best[i][reduced(p, stride, mi)]) >= 0;
      }
      if (ok) {
        eqs.add(Equilibrium.of(game, MixedProfile.pure(counts, game.profile(p))));
        if (options.maxEquilibria() > 0 && eqs.size() >= options.maxEquilibria()) {
          return new SolverResult.Stopped<>(
              eqs, stats(total, start), SolverResult.StopReason.EQUILIBRIUM_LIMIT);
        }
      }
      if ((p & 4095) == 4095 && System.nanoTime() - deadline > 0) {
        return stopped(eqs, p, start);
      }
    }
    return new SolverResult.Complete<>(eqs, stats(total, start));
  }

  /** Index of profile p with player i's coordinate removed. */
  private static int reduced(int p, int stride, int mi) {
    return (p % stride) + (p / (stride * mi)) * stride;
  }

  private static SolverStatistics stats(long profiles, long start) {
    return new SolverStatistics(
        "enumpure", profiles, "profiles", Duration.ofNanos(System.nanoTime() - start), Map.of());
  }

  private static SolverResult<MixedProfile> stopped(
      List<Equilibrium<MixedProfile>> eqs, long profiles, long start) {
    return new SolverResult.Stopped<>(eqs, stats(profiles, start), SolverResult.StopReason.TIMEOUT);
  }
}
