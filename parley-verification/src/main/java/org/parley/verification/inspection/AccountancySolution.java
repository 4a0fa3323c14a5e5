package org.parley.verification.inspection;

import static java.util.Objects.requireNonNull;

/**
 * The equilibrium of an {@link AccountancyGame} with the root finder's evidence.
 *
 * @param game the game
 * @param alpha the equilibrium false-alarm probability {@code α*}
 * @param detection {@code 1 - β(α*)}
 * @param violation the inspectee's equilibrium violation probability {@code t*}
 * @param inspectorSimultaneous the inspector's payoff in simultaneous play
 * @param inspectorLeader the inspector's payoff when it announces {@code α*} and the inspectee
 *     (indifferent, tie broken toward legality) stays legal: {@code -e α*}
 * @param inspecteePayoff the inspectee's payoff {@code -h α*}
 * @param evaluations function evaluations the root finder used
 * @param residual {@code |hα* - b + (b + d)β(α*)|}, the indifference condition's error
 */
public record AccountancySolution(
    AccountancyGame game,
    double alpha,
    double detection,
    double violation,
    double inspectorSimultaneous,
    double inspectorLeader,
    double inspecteePayoff,
    int evaluations,
    double residual) {
  public AccountancySolution {
    requireNonNull(game, "game");
  }
}
