package org.parley.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * One rung of the agreement ladder (summit.md §1).
 *
 * @param id unique id
 * @param name display name
 * @param thresholds the settlement this phase needs, per issue id: reached when the settlement is
 *     at least the threshold (issue scales run towards the deal)
 * @param implemented the position on each issue once this phase is carried out
 * @param steps what each side does, per actor id
 * @param durationMonths how long the phase takes to carry out
 * @param access what the inspector may reach during the phase
 * @param deterrentGivenUp {@code f_j ∈ [0, 1]}: the fraction of its deterrent the complier has
 *     given up by the end of the phase
 * @param complierBenefit what the complier gains from the phase (utility points)
 * @param complierCost what the complier's own steps cost it (utility points)
 */
public record Phase(
    String id,
    String name,
    Map<String, Double> thresholds,
    Map<String, Double> implemented,
    Map<String, List<String>> steps,
    double durationMonths,
    Access access,
    double deterrentGivenUp,
    double complierBenefit,
    double complierCost) {
  public Phase {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    thresholds = Maps.ordered(thresholds);
    implemented = Maps.ordered(implemented);
    steps = Maps.ordered(steps);
    requireNonNull(access, "access");
  }
}
