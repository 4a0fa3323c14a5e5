package org.parley.games.method;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.NormalFormGame;
import org.parley.games.io.NashOutput;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.ExtensiveFormSolver;
import org.parley.games.solver.NormalFormSolver;
import org.parley.games.solver.SolverResult;

/**
 * A method backed by solver classes: one for strategic games (or none: extensive only), one for
 * trees (or none: Gambit runs it on the reduced strategic form).
 */
final class SolverMethod implements SolutionMethod {
  /** How a tree method prints one equilibrium. */
  @FunctionalInterface
  interface TreeLine {
    String line(ExtensiveFormGame tree, BehaviourProfile profile, MethodSettings s);

    TreeLine PLAIN = (tree, p, s) -> NashOutput.line(p, s.printDecimals(p.isExact()));
  }

  private final String name;
  private final String summary;
  private final boolean exactByDefault;
  private final Function<MethodSettings, NormalFormSolver> strategic;
  private final Function<MethodSettings, ExtensiveFormSolver> tree;
  private final TreeLine treeLine;

  SolverMethod(
      String name,
      String summary,
      boolean exactByDefault,
      Function<MethodSettings, NormalFormSolver> strategic,
      Function<MethodSettings, ExtensiveFormSolver> tree,
      TreeLine treeLine) {
    this.name = Objects.requireNonNull(name, "name");
    this.summary = Objects.requireNonNull(summary, "summary");
    this.exactByDefault = exactByDefault;
    this.strategic = strategic;
    this.tree = tree;
    this.treeLine = Objects.requireNonNull(treeLine, "treeLine");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String summary() {
    return summary;
  }

  @Override
  public Solution solve(NormalFormGame game, MethodSettings s) {
    if (strategic == null) {
      throw new IllegalArgumentException(name + " solves extensive games (.efg) only");
    }
    return Forms.solve(name, strategic.apply(s), exactByDefault, game, s);
  }

  @Override
  public Solution solve(ExtensiveFormGame game, MethodSettings s) {
    if (tree == null || s.strategic()) {
      if (strategic == null) {
        throw new IllegalArgumentException(name + " has no strategic-form version (-S)");
      }
      return solve(Forms.reduced(game, s), s);
    }
    SolverResult<BehaviourProfile> r = tree.apply(s).solve(game, s.options(exactByDefault));
    List<Solution.Found> found = new ArrayList<>();
    for (Equilibrium<BehaviourProfile> e : r.equilibria()) {
      found.add(new Solution.Found(treeLine.line(game, e.profile(), s), e));
    }
    return new Solution(name, found, List.of(), r);
  }
}
