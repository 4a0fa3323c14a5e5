package org.parley.games.extensive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.Rational;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.ExtensiveFormSolver;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;
import org.parley.games.solver.SolverStatistics;

/**
 * All pure behaviour-strategy Nash equilibria of an extensive game with perfect recall (Gambit's
 * {@code enumpure} on {@code .efg} files): every assignment of one action to each information set
 * is checked by the best-response regret of each player (floating point first, then exactly for
 * the candidates). Profiles are visited with player 1's first information set varying fastest.
 *
 * <p>Cost: the product of the action counts of all information sets, times the tree size.
 */
public final class PureBehaviourEnumeration implements ExtensiveFormSolver {
  private final long maxProfiles;

  /** The number of pure behaviour profiles exceeds the limit given at construction. */
  public static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  /** @param maxProfiles refuse games with more pure behaviour profiles than this ({@link TooLarge}) */
  public PureBehaviourEnumeration(long maxProfiles) {
    if (maxProfiles < 1) {
      throw new IllegalArgumentException("maxProfiles " + maxProfiles + " must be positive");
    }
    this.maxProfiles = maxProfiles;
  }

  /** Up to ten million profiles. */
  public PureBehaviourEnumeration() {
    this(10_000_000L);
  }

  @Override
  public String name() {
    return "enumpure";
  }

  @Override
  public SolverResult<BehaviourProfile> solve(ExtensiveFormGame game, SolveOptions options) {
    long start = System.nanoTime();
    long deadline = options.deadline(start);
    if (!game.hasPerfectRecall()) {
      throw new IllegalArgumentException("games with imperfect recall are not supported: "
          + game.perfectRecallViolation().orElse(""));
    }
    int n = game.numPlayers();
    List<int[]> slots = new ArrayList<>(); // {player, infoset}
    long total = 1;
    for (int i = 0; i < n; i++) {
      for (int h = 0; h < game.infosets(i).size(); h++) {
        slots.add(new int[] {i, h});
        total *= game.infosets(i).get(h).numActions();
        if (total > maxProfiles) {
          throw new TooLarge("the game has more than " + maxProfiles + " pure behaviour profiles");
        }
      }
    }
    int[] choice = new int[slots.size()];
    List<Equilibrium<BehaviourProfile>> eqs = new ArrayList<>();
    long visited = 0;
    while (true) {
      visited++;
      double[][][] d = new double[n][][];
      for (int i = 0; i < n; i++) {
        d[i] = new double[game.infosets(i).size()][];
      }
      for (int s = 0; s < slots.size(); s++) {
        int[] sl = slots.get(s);
        double[] row = new double[game.infosets(sl[0]).get(sl[1]).numActions()];
        row[choice[s]] = 1;
        d[sl[0]][sl[1]] = row;
      }
      BehaviourProfile b = BehaviourProfile.ofDoubles(d);
      double[] regrets = game.regrets(b);
      boolean candidate = Arrays.stream(regrets).allMatch(r -> r <= 1e-9);
      if (candidate) {
        BehaviourProfile exact = BehaviourProfile.ofRationals(toRational(d));
        Equilibrium<BehaviourProfile> e = Equilibrium.of(game, exact);
        if (e.certificate().holds(0)) {
          eqs.add(e);
          if (options.maxEquilibria() > 0 && eqs.size() >= options.maxEquilibria()) {
            return new SolverResult.Stopped<>(eqs, stats(visited, start), SolverResult.StopReason.EQUILIBRIUM_LIMIT);
          }
        }
      }
      if ((visited & 255) == 0 && System.nanoTime() - deadline > 0) {
        return new SolverResult.Stopped<>(eqs, stats(visited, start), SolverResult.StopReason.TIMEOUT);
      }
      int s = 0;
      while (s < slots.size()) {
        int[] sl = slots.get(s);
        if (++choice[s] < game.infosets(sl[0]).get(sl[1]).numActions()) {
          break;
        }
        choice[s] = 0;
        s++;
      }
      if (s == slots.size()) {
        break;
      }
    }
    return new SolverResult.Complete<>(eqs, stats(visited, start));
  }

  private static Rational[][][] toRational(double[][][] d) {
    Rational[][][] r = new Rational[d.length][][];
    for (int i = 0; i < d.length; i++) {
      r[i] = new Rational[d[i].length][];
      for (int h = 0; h < d[i].length; h++) {
        r[i][h] = new Rational[d[i][h].length];
        for (int a = 0; a < d[i][h].length; a++) {
          r[i][h][a] = d[i][h][a] == 1 ? Rational.ONE : Rational.ZERO;
        }
      }
    }
    return r;
  }

  private static SolverStatistics stats(long visited, long start) {
    return new SolverStatistics("enumpure", visited, "profiles", Duration.ofNanos(System.nanoTime() - start), Map.of());
  }
}
