package org.parley.summit;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.parley.bargaining.scenario.LadderReading;
import org.parley.bargaining.scenario.SettlementAnalysis.ModelSettlement;
import org.parley.model.Phase;
import org.parley.model.Scenario;
import org.parley.summit.compliance.PhaseEquilibrium;
import org.parley.summit.credibility.Credibility;
import org.parley.summit.dynamics.OutcomeDistribution;

/**
 * The deterministic part of a summit analysis (stages A–D of summit.md §2, and stage E's exact
 * outcome distribution at the scenario's point values).
 *
 * @param scenario the scenario analysed
 * @param options the options used
 * @param settlement stage A: the forecaster's settlement per issue, with its trajectory
 * @param ladder stage B: how the settlement reads against the ladder
 * @param agreedPhases stage B: the agreed phases (the longest prefix whose thresholds are met)
 * @param credibility stage C
 * @param equilibria stage D: one equilibrium per agreed phase, along the quiet path (each solved at
 *     the belief held after the earlier phases passed without an alarm); phases from {@code
 *     stoppedBefore} on are shown as what would happen if the complier went on
 * @param stoppedBefore the first agreed phase the complier declines to enter ({@code ρ_j·V > B_j −
 *     C_j}), or 0 if it enters them all
 * @param outcomes stage E's exact outcome distribution at the point values (no input uncertainty)
 */
public record SummitBaseline(
    Scenario scenario,
    SummitOptions options,
    ModelSettlement settlement,
    LadderReading ladder,
    List<Phase> agreedPhases,
    Credibility credibility,
    List<PhaseEquilibrium> equilibria,
    int stoppedBefore,
    OutcomeDistribution outcomes) {
  public SummitBaseline {
    requireNonNull(scenario, "scenario");
    requireNonNull(options, "options");
    requireNonNull(settlement, "settlement");
    requireNonNull(ladder, "ladder");
    agreedPhases = List.copyOf(agreedPhases);
    requireNonNull(credibility, "credibility");
    equilibria = List.copyOf(equilibria);
    requireNonNull(outcomes, "outcomes");
  }

  /** Whether no phase was agreed. */
  public boolean noDeal() {
    return agreedPhases.isEmpty();
  }

  /** The largest regret among the phase equilibria (0 without any). */
  public double maxRegret() {
    return equilibria.stream().mapToDouble(PhaseEquilibrium::regret).max().orElse(0);
  }
}
