package org.parley.games.solver;

import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;

/** Finds Nash equilibria of a normal-form game. One implementing class per algorithm. */
public interface NormalFormSolver {
  /** Short method name as on the command line ({@code enumpure}, {@code lcp}, …). */
  String name();

  /**
   * Solves the game; every returned equilibrium carries its certificate.
   *
   * @throws IllegalArgumentException when the game is outside the method's scope (e.g. not
   *     two-player)
   */
  SolverResult<MixedProfile> solve(NormalFormGame game, SolveOptions options);
}
