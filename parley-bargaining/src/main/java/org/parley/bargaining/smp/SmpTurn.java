package org.parley.bargaining.smp;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One turn of an SMP run: the challenges made, the bargain each actor adopted and the stopping
 * statistic (bargaining.md §2.8-2.9).
 *
 * @param index the turn, from 1; it turns state {@code index - 1} into state {@code index}
 * @param challenges the challenges, in initiator order (actors without a worthwhile target are
 *     absent)
 * @param choices one choice per actor, in actor order
 * @param distance the sum over actors of the Euclidean distance moved, on the [0, 1] scale
 * @param fractionalChange {@code distance / (first turn's distance + 1e-4)}, KTAB's "Fractional
 *     change compared to first step"
 */
public record SmpTurn(
    int index,
    List<Challenge> challenges,
    List<Choice> choices,
    double distance,
    double fractionalChange) {
  public SmpTurn {
    challenges = List.copyOf(requireNonNull(challenges, "challenges"));
    choices = List.copyOf(requireNonNull(choices, "choices"));
  }
}
