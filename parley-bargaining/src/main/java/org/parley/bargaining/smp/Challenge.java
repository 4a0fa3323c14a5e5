package org.parley.bargaining.smp;

import static java.util.Objects.requireNonNull;

/**
 * One actor's best challenge in one turn and the bargain it proposed (bargaining.md §2.7-2.8), with
 * the four estimates KTAB logs ({@code Est by h of prob P that [i>j], with expected gain to k}).
 *
 * @param turn the turn, from 1
 * @param initiator the challenging actor {@code i}
 * @param target the target {@code j}, the one with the largest expected gain to {@code i}
 * @param probability {@code i}'s estimate that {@code i} beats {@code j}
 * @param gainToInitiator {@code i}'s estimate of its own expected gain (the challenge's worth)
 * @param gainToTarget {@code i}'s estimate of the expected gain to {@code j}
 * @param probabilityByTarget {@code j}'s estimate that {@code i} beats {@code j}
 * @param gainToInitiatorByTarget {@code j}'s estimate of the expected gain to {@code i}
 * @param gainToTargetByTarget {@code j}'s estimate of its own expected gain
 * @param initiatorAdopts the position the bargain proposes for {@code i}, on the problem's scales
 * @param targetAdopts the position the bargain proposes for {@code j}, on the problem's scales
 */
public record Challenge(
    int turn,
    int initiator,
    int target,
    double probability,
    double gainToInitiator,
    double gainToTarget,
    double probabilityByTarget,
    double gainToInitiatorByTarget,
    double gainToTargetByTarget,
    double[] initiatorAdopts,
    double[] targetAdopts) {
  public Challenge {
    initiatorAdopts = requireNonNull(initiatorAdopts, "initiatorAdopts").clone();
    targetAdopts = requireNonNull(targetAdopts, "targetAdopts").clone();
  }

  @Override
  public double[] initiatorAdopts() {
    return initiatorAdopts.clone();
  }

  @Override
  public double[] targetAdopts() {
    return targetAdopts.clone();
  }
}
