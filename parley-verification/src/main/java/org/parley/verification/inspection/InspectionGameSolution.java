package org.parley.verification.inspection;

import static java.util.Objects.requireNonNull;

import org.parley.games.Rational;

/**
 * The solution of an {@link InspectionGame}.
 *
 * @param game the game
 * @param equilibrium the simultaneous-move equilibrium (its regime)
 * @param leadership the inspector's best announcement when it leads
 * @param deterrenceThreshold the detection probability needed to deter under certain inspection
 * @param regret the largest gain of a pure deviation from {@code equilibrium} (0 exactly)
 */
public record InspectionGameSolution(
    InspectionGame game,
    InspectionEquilibrium equilibrium,
    InspectorLeadership leadership,
    Rational deterrenceThreshold,
    Rational regret) {
  public InspectionGameSolution {
    requireNonNull(game, "game");
    requireNonNull(equilibrium, "equilibrium");
    requireNonNull(leadership, "leadership");
    requireNonNull(deterrenceThreshold, "deterrenceThreshold");
    requireNonNull(regret, "regret");
  }
}
