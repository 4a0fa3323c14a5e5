package org.parley.games.method;

import org.parley.games.ExtensiveFormGame;
import org.parley.games.NormalFormGame;
import org.parley.games.normal.GambitOrderEnumeration;

/**
 * {@code enummixed}: all extreme equilibria of a two-player game in Gambit's order ({@link
 * GambitOrderEnumeration}); trees are solved on their reduced strategic form, as Gambit does.
 */
final class EnumMixedMethod implements SolutionMethod {
  @Override
  public String name() {
    return "enummixed";
  }

  @Override
  public String summary() {
    return "all extreme equilibria, exact (2 players)";
  }

  @Override
  public Solution solve(NormalFormGame game, MethodSettings s) {
    return Forms.solve(name(), new GambitOrderEnumeration(), true, game, s);
  }

  @Override
  public Solution solve(ExtensiveFormGame tree, MethodSettings s) {
    return solve(Forms.reduced(tree, s), s);
  }
}
