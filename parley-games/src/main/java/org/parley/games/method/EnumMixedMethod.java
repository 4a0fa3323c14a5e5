package org.parley.games.method;

import java.util.ArrayList;
import java.util.List;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.io.NashOutput;
import org.parley.games.normal.GambitOrderEnumeration;

/**
 * {@code enummixed}: all extreme equilibria of a two-player game in Gambit's order ({@link
 * GambitOrderEnumeration}) and, with {@link MethodSettings#components()}, the maximal convex sets
 * of equilibria they span (Gambit's {@code -c}, {@code convex-k,} lines). Trees are solved on their
 * reduced strategic form, as Gambit does.
 */
final class EnumMixedMethod implements SolutionMethod {
  @Override
  public String name() {
    return "enummixed";
  }

  @Override
  public String summary() {
    return "all extreme equilibria, exact, and with -c the maximal convex sets (2 players)";
  }

  @Override
  public Solution solve(NormalFormGame game, MethodSettings s) {
    GambitOrderEnumeration enumeration = new GambitOrderEnumeration();
    NormalFormGame g = Forms.checkSize(game, s.maxStrategies());
    if (!s.components()) {
      return Forms.withLines(name(), enumeration.solve(g, s.options(true)), s);
    }
    GambitOrderEnumeration.Components c = enumeration.solveWithComponents(g, s.options(true));
    Solution extreme = Forms.withLines(name(), c.result(), s);
    List<List<String>> convex = new ArrayList<>();
    for (int k = 0; k < c.cliques().size(); k++) {
      String label = "convex-" + (k + 1);
      List<String> lines = new ArrayList<>();
      for (MixedProfile p : c.cliques().get(k)) {
        lines.add(NashOutput.line(label, p, s.printDecimals(p.isExact())));
      }
      convex.add(lines);
    }
    return new Solution(name(), extreme.found(), convex, c.result());
  }

  @Override
  public Solution solve(ExtensiveFormGame tree, MethodSettings s) {
    return solve(Forms.reduced(tree, s), s);
  }
}
