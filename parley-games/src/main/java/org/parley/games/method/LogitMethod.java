package org.parley.games.method;

import java.util.List;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.NormalFormGame;
import org.parley.games.logit.LogitTracing;

/**
 * {@code logit}: Gambit prints the raw end point of the traced path with {@code %.Ng} digits
 * ({@code -d N}, default 6), so that is the line; the equilibrium beside it is the renormalised
 * profile with its certificate.
 */
final class LogitMethod implements SolutionMethod {
  @Override
  public String name() {
    return "logit";
  }

  @Override
  public String summary() {
    return "logit quantal-response path to an equilibrium (n players)";
  }

  @Override
  public Solution solve(NormalFormGame game, MethodSettings s) {
    return solution(
        new LogitTracing().trace(Forms.checkSize(game, s.maxStrategies()), s.options(false)), s);
  }

  @Override
  public Solution solve(ExtensiveFormGame tree, MethodSettings s) {
    if (s.strategic()) {
      return solve(Forms.reduced(tree, s), s);
    }
    return solution(new LogitTracing().trace(tree, s.options(false)), s);
  }

  private static Solution solution(LogitTracing.Traced<?> traced, MethodSettings s) {
    String line = traced.terminal().gambitLine(s.decimals() < 0 ? 6 : s.decimals());
    List<Solution.Found> found =
        traced.result().equilibria().stream().map(e -> new Solution.Found(line, e)).toList();
    return new Solution("logit", found, List.of(), traced.result());
  }
}
