package org.parley.games.extensive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.GameTooLargeException;
import org.parley.games.Rational;
import org.parley.games.ReducedNormalForm;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.ExtensiveFormSolver;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;
import org.parley.games.solver.SolverStatistics;

/**
 * All pure-strategy Nash equilibria of an extensive game with perfect recall, as Gambit's {@code
 * enumpure} finds them on {@code .efg} files: every profile of reduced pure strategies (see {@link
 * ReducedNormalForm}) is checked by each player's best-response regret in the tree (floating point
 * first, then exactly for the candidates). Profiles are visited with player 1's strategy varying
 * fastest; {@link #gambitLine} prints them as Gambit does.
 *
 * <p>Cost: the number of reduced pure profiles times the tree size.
 */
public final class PureBehaviourEnumeration implements ExtensiveFormSolver {
  private final long maxProfiles;

  /**
   * @param maxProfiles refuse games with more pure behaviour profiles than this ({@link
   *     GameTooLargeException})
   */
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
      throw new IllegalArgumentException(
          "games with imperfect recall are not supported: "
              + game.perfectRecallViolation().orElse(""));
    }
    int n = game.numPlayers();
    List<List<int[]>> strategies = new ArrayList<>();
    long total = 1;
    for (int i = 0; i < n; i++) {
      List<int[]> l;
      try {
        l = ReducedNormalForm.reducedStrategies(game, i, maxProfiles);
      } catch (GameTooLargeException e) {
        throw new GameTooLargeException(
            "player " + (i + 1) + " has more than " + maxProfiles + " reduced pure strategies");
      }
      strategies.add(l);
      total *= l.size();
      if (total > maxProfiles) {
        throw new GameTooLargeException(
            "the game has more than " + maxProfiles + " reduced pure strategy profiles");
      }
    }
    int[] choice = new int[n];
    List<Equilibrium<BehaviourProfile>> eqs = new ArrayList<>();
    long visited = 0;
    while (true) {
      visited++;
      double[][][] d = new double[n][][];
      for (int i = 0; i < n; i++) {
        int[] st = strategies.get(i).get(choice[i]);
        d[i] = new double[st.length][];
        for (int h = 0; h < st.length; h++) {
          d[i][h] = new double[game.infosets(i).get(h).numActions()];
          d[i][h][Math.max(0, st[h])] = 1; // '*' infosets: any action, they are never reached
        }
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
            return new SolverResult.Stopped<>(
                eqs, stats(visited, start), SolverResult.StopReason.EQUILIBRIUM_LIMIT);
          }
        }
      }
      if ((visited & 255) == 0 && System.nanoTime() - deadline > 0) {
        return new SolverResult.Stopped<>(
            eqs, stats(visited, start), SolverResult.StopReason.TIMEOUT);
      }
      int i = 0;
      while (i < n) {
        if (++choice[i] < strategies.get(i).size()) {
          break;
        }
        choice[i] = 0;
        i++;
      }
      if (i == n) {
        break;
      }
    }
    return new SolverResult.Complete<>(eqs, stats(visited, start));
  }

  /**
   * Gambit's line for a pure behaviour equilibrium: information sets that the owner's own choices
   * rule out print as all zeros (Gambit enumerates the reduced strategic form).
   */
  public static String gambitLine(ExtensiveFormGame game, BehaviourProfile pure) {
    StringBuilder sb = new StringBuilder("NE");
    for (int i = 0; i < game.numPlayers(); i++) {
      int[] choice = new int[game.infosets(i).size()];
      for (int h = 0; h < choice.length; h++) {
        for (int a = 0; a < pure.numActions(i, h); a++) {
          if (pure.probability(i, h, a) > 0.5) {
            choice[h] = a;
          }
        }
      }
      for (int h = 0; h < choice.length; h++) {
        boolean reachable = ReducedNormalForm.reachableByOwnChoices(game, i, h, choice);
        for (int a = 0; a < pure.numActions(i, h); a++) {
          sb.append(',').append(reachable && choice[h] == a ? "1" : "0");
        }
      }
    }
    return sb.toString();
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
    return new SolverStatistics(
        "enumpure", visited, "profiles", Duration.ofNanos(System.nanoTime() - start), Map.of());
  }
}
