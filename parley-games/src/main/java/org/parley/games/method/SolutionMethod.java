package org.parley.games.method;

import org.parley.games.ExtensiveFormGame;
import org.parley.games.NormalFormGame;

/**
 * A solution method by its command-line name: the solver class behind it, how Gambit runs it on
 * each kind of game and how it prints the answer. Implementations are in {@link SolutionMethods}.
 */
public interface SolutionMethod {
  /** The name, as Gambit's tool is named ({@code gambit-lcp} is {@code lcp}). */
  String name();

  /** One line for help texts. */
  String summary();

  /**
   * Solves a strategic game.
   *
   * @throws IllegalArgumentException when the game is outside the method's scope (e.g. not
   *     two-player, not zero-sum, or an extensive-only method)
   * @throws org.parley.games.GameTooLargeException past {@link MethodSettings#maxStrategies()}
   */
  Solution solve(NormalFormGame game, MethodSettings settings);

  /**
   * Solves a tree: in behaviour strategies, or on its reduced strategic form when the method works
   * there (as Gambit's {@code enummixed} and {@code simpdiv} do) or {@link
   * MethodSettings#strategic()} asks for it.
   *
   * @throws IllegalArgumentException when the game is outside the method's scope (e.g. imperfect
   *     recall)
   * @throws org.parley.games.GameTooLargeException past {@link MethodSettings#maxStrategies()}
   */
  Solution solve(ExtensiveFormGame tree, MethodSettings settings);
}
