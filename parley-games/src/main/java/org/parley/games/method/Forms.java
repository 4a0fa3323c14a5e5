package org.parley.games.method;

import java.util.ArrayList;
import java.util.List;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.GameTooLargeException;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.ReducedNormalForm;
import org.parley.games.io.NashOutput;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.NormalFormSolver;
import org.parley.games.solver.SolverResult;

/** The steps every method shares: the size limit, the reduced strategic form, plain NE lines. */
final class Forms {
  private Forms() {}

  /** Refuses a game with more than {@code max} strategies for a player or 100·max profiles. */
  static NormalFormGame checkSize(NormalFormGame g, long max) {
    long profiles = 1;
    for (int i = 0; i < g.numPlayers(); i++) {
      if (g.numStrategies(i) > max) {
        throw new GameTooLargeException(
            "player "
                + (i + 1)
                + " has "
                + g.numStrategies(i)
                + " strategies, more than the limit of "
                + max);
      }
      profiles *= g.numStrategies(i);
    }
    if (profiles > 100 * max) {
      throw new GameTooLargeException(
          "the game has " + profiles + " pure profiles, more than the limit of " + 100 * max);
    }
    return g;
  }

  /**
   * The reduced strategic form of {@code tree} within the size limit. It keeps the tree's payoff
   * range, by which Gambit's methods scale payoffs, so they order their answers as Gambit does.
   */
  static NormalFormGame reduced(ExtensiveFormGame tree, MethodSettings s) {
    try {
      return checkSize(
          ReducedNormalForm.of(tree, 100 * s.maxStrategies()).game(), s.maxStrategies());
    } catch (GameTooLargeException e) {
      throw new GameTooLargeException("reduced strategic form: " + e.getMessage());
    }
  }

  /** Runs a strategic-form solver and prints each equilibrium as a plain {@code NE,} line. */
  static Solution solve(
      String name, NormalFormSolver solver, boolean exact, NormalFormGame g, MethodSettings s) {
    return withLines(name, solver.solve(checkSize(g, s.maxStrategies()), s.options(exact)), s);
  }

  static Solution withLines(String name, SolverResult<MixedProfile> r, MethodSettings s) {
    List<Solution.Found> found = new ArrayList<>();
    for (Equilibrium<MixedProfile> e : r.equilibria()) {
      found.add(
          new Solution.Found(
              NashOutput.line(e.profile(), s.printDecimals(e.profile().isExact())), e));
    }
    return new Solution(name, found, List.of(), r);
  }
}
