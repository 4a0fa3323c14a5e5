package org.parley.games.solver;

import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;

/** Finds equilibria of an extensive-form game, answering in behaviour strategies. */
public interface ExtensiveFormSolver {
  /** Short method name as on the command line ({@code lcp}, {@code lp}, {@code cfr}, …). */
  String name();

  /** Solves the game; every returned equilibrium carries its certificate. */
  SolverResult<BehaviourProfile> solve(ExtensiveFormGame game, SolveOptions options);
}
