package org.parley.games.method;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.SolverResult;

/**
 * What a {@link SolutionMethod} found: each equilibrium with the {@code NE,} line Gambit would
 * print for it, the maximal convex sets of equilibria when they were asked for (Gambit's {@code
 * convex-k,} lines), and the solver's own result (complete or stopped, with statistics).
 *
 * @param method the method's name
 * @param found the equilibria in the order printed
 * @param components the {@code convex-k,} lines of each maximal convex set, in order (empty unless
 *     asked for)
 * @param result the solver's result: why it stopped, statistics
 */
public record Solution(
    String method, List<Found> found, List<List<String>> components, SolverResult<?> result) {
  public Solution {
    Objects.requireNonNull(method, "method");
    found = List.copyOf(found);
    components = components.stream().map(List::copyOf).toList();
    Objects.requireNonNull(result, "result");
  }

  /**
   * One equilibrium and its printed line. For {@code logit} the line is Gambit's end point of the
   * path, as Gambit prints it, while the equilibrium holds the renormalised profile and its honest
   * certificate.
   */
  public record Found(String line, Equilibrium<?> equilibrium) {
    public Found {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(equilibrium, "equilibrium");
    }
  }

  /** The lines Gambit prints: every {@code NE,} line, then the {@code convex-k,} lines. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    found.forEach(f -> out.add(f.line()));
    components.forEach(out::addAll);
    return out;
  }

  /** Whether the method ran to its end (not stopped by a time, equilibrium or iteration limit). */
  public boolean complete() {
    return result instanceof SolverResult.Complete<?>;
  }
}
