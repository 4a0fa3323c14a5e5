package org.parley.bargaining.ktab;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.parley.bargaining.BargainingProblem;

/**
 * A KTAB actor table: the scenario's name and description, each actor's description, and the
 * bargaining problem (capabilities as given; positions on each dimension's 0-100 scale; saliences
 * divided by 100, so in [0, 1] and summing to at most 1 per actor).
 *
 * @param name the scenario name (first field of line 1)
 * @param description the scenario description (second field of line 1)
 * @param actorDescriptions one description per actor, in the problem's actor order
 * @param problem the actors, capabilities, dimensions, positions and saliences
 */
public record KtabScenario(
    String name, String description, List<String> actorDescriptions, BargainingProblem problem) {
  public KtabScenario {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    actorDescriptions = List.copyOf(requireNonNull(actorDescriptions, "actorDescriptions"));
    requireNonNull(problem, "problem");
    if (actorDescriptions.size() != problem.actorCount()) {
      throw new IllegalArgumentException("need one description per actor");
    }
  }
}
