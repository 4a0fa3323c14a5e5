package org.parley.verification.inspection;

import static java.util.Objects.requireNonNull;

import org.parley.games.Rational;

/**
 * The equilibrium of a {@link DresherGame}: the inspectee's value and the first-period
 * probabilities, with the stage game's regret as evidence (0 exactly at an equilibrium).
 *
 * @param game the game solved
 * @param value {@code v(n, m)}, the inspectee's equilibrium payoff
 * @param inspectNow probability the inspector inspects in the first period
 * @param violateNow probability the inspectee violates in the first period
 * @param regret the largest gain of a pure deviation in the first-stage game (0 at equilibrium)
 */
public record DresherSolution(
    DresherGame game, Rational value, Rational inspectNow, Rational violateNow, Rational regret) {
  public DresherSolution {
    requireNonNull(game, "game");
    requireNonNull(value, "value");
    requireNonNull(inspectNow, "inspectNow");
    requireNonNull(violateNow, "violateNow");
    requireNonNull(regret, "regret");
  }

  /** The inspector's payoff in the zero-sum game, {@code -v(n, m)}. */
  public Rational inspectorPayoff() {
    return value.negate();
  }
}
