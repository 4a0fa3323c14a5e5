package org.parley.verification.allocation;

import static java.util.Objects.requireNonNull;

import org.parley.model.Access;
import org.parley.model.Phase;
import org.parley.model.Scenario;
import org.parley.model.VerificationRegime;

/**
 * Builds the {@link AllocationGame.Spec} of one phase of a scenario.
 *
 * <p>From the scenario's verification regime: site counts, effort, detection per inspection by site
 * type, baseline detection, false-alarm probability and the inspector's payoffs ({@code a, c, e},
 * cost per inspection). From the phase: its access ({@code none} means no inspections at all,
 * {@code declared} declared sites only, {@code declared_and_undeclared} both). The complier's
 * payoffs relative to complying, with benefit {@code B}, cost of its own steps {@code C} and the
 * detected-violation penalty {@code P} of the scenario's stakes (summit.md §2 D, without the
 * regime-risk term, which needs the credibility model): an undetected violation keeps the benefit
 * and saves the cost, {@code d = C}; a detected one loses the benefit and pays the penalty, {@code
 * b = B - C + P}; a false alarm collapses the deal with the regime's collapse probability, {@code h
 * = collapse·(B - C)} (0 when {@code B < C}).
 */
public final class ScenarioAllocation {
  private ScenarioAllocation() {}

  /** The spec of {@code phase} of {@code scenario} with an allocation grid of {@code gridSteps}. */
  public static AllocationGame.Spec spec(Scenario scenario, Phase phase, int gridSteps) {
    requireNonNull(scenario, "scenario");
    requireNonNull(phase, "phase");
    VerificationRegime v = scenario.verification();
    double benefit = phase.complierBenefit();
    double cost = phase.complierCost();
    double net = Math.max(0, benefit - cost);
    double effort = phase.access() == Access.NONE ? 0 : v.inspectionsPerPeriod();
    // A regime without sites of a kind is still a valid game: with no declared sites there is
    // nothing to inspect there (per-inspection detection 0, only the baseline applies); with no
    // suspected undeclared sites no effort can go to them (as without undeclared access).
    return new AllocationGame.Spec(
        Math.max(1, v.declaredSites()),
        Math.max(1, v.undeclaredSites()),
        effort,
        v.declaredSites() >= 1 ? v.detectionDeclared() : 0,
        v.detectionUndeclared(),
        v.baselineDetection(),
        v.falseAlarm(),
        v.payoffs().a(),
        v.payoffs().c(),
        v.payoffs().e(),
        v.payoffs().inspectionCost(),
        net + scenario.stakes().detectedPenalty(),
        Math.max(0, cost),
        v.falseAlarmCollapse() * net,
        phase.access().undeclared() && v.undeclaredSites() >= 1,
        gridSteps);
  }

  /**
   * The spec of {@code phase} with the scenario's full inspection effort, whatever the phase's
   * access: the base for asking what undeclared access would be worth in that phase.
   */
  public static AllocationGame.Spec specWithEffort(Scenario scenario, Phase phase, int gridSteps) {
    return spec(scenario, phase, gridSteps)
        .withInspectionsPerPeriod(scenario.verification().inspectionsPerPeriod());
  }
}
