package org.parley.bargaining.smp;

import static java.util.Objects.requireNonNull;

/**
 * One state of an SMP run: the positions at the start of a turn (or the final positions) and what
 * the model infers from them (bargaining.md §2.5-2.6).
 *
 * @param index the state number, 0 for the input positions; state {@code t} follows turn {@code t}
 * @param positions {@code positions[actor][dimension]} on the problem's scales
 * @param riskAttitudes KTAB's {@code R_i}, inferred from the risk-neutral PCE over the positions
 * @param positionProbabilities for each actor, the PCE probability of its position (actors sharing
 *     a position within {@code 1e-3} on the [0, 1] scale share one number, so the column may sum to
 *     more than 1) -- KTAB's "History of actors' winning probabilities"
 * @param distinctOf for each actor, the index of the first actor holding the same position
 * @param mostProbable the most probable distinct position (the first on ties)
 * @param probabilityWeighted the probability-weighted mean of the distinct positions
 */
public record SmpState(
    int index,
    double[][] positions,
    double[] riskAttitudes,
    double[] positionProbabilities,
    int[] distinctOf,
    double[] mostProbable,
    double[] probabilityWeighted) {
  public SmpState {
    positions = Arrays2.copy(requireNonNull(positions, "positions"));
    riskAttitudes = requireNonNull(riskAttitudes, "riskAttitudes").clone();
    positionProbabilities = requireNonNull(positionProbabilities, "positionProbabilities").clone();
    distinctOf = requireNonNull(distinctOf, "distinctOf").clone();
    mostProbable = requireNonNull(mostProbable, "mostProbable").clone();
    probabilityWeighted = requireNonNull(probabilityWeighted, "probabilityWeighted").clone();
  }

  @Override
  public double[][] positions() {
    return Arrays2.copy(positions);
  }

  /** Actor {@code actor}'s position on dimension {@code d}. */
  public double position(int actor, int d) {
    return positions[actor][d];
  }

  @Override
  public double[] riskAttitudes() {
    return riskAttitudes.clone();
  }

  @Override
  public double[] positionProbabilities() {
    return positionProbabilities.clone();
  }

  @Override
  public int[] distinctOf() {
    return distinctOf.clone();
  }

  @Override
  public double[] mostProbable() {
    return mostProbable.clone();
  }

  @Override
  public double[] probabilityWeighted() {
    return probabilityWeighted.clone();
  }
}
