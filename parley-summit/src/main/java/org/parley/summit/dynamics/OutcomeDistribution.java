package org.parley.summit.dynamics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact distribution of stage E's outcomes for one scenario (no input uncertainty), by outcome
 * label ({@code NO_DEAL}, {@code STALLED_AT(j)}, {@code COLLAPSED_AT(j, CAUSE)}, {@code HOLLOW},
 * {@code COMPLETE}).
 *
 * @param probabilities probability of each outcome label with positive probability, in a stable
 *     order
 * @param reach {@code reach.get(j - 1)} = probability that phase {@code j} of the ladder is entered
 * @param expectedDeepestPhase expected deepest phase entered
 */
public record OutcomeDistribution(
    Map<String, Double> probabilities, List<Double> reach, double expectedDeepestPhase) {
  public OutcomeDistribution {
    probabilities = Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
    reach = List.copyOf(reach);
  }

  /** Probability of one outcome label (0 if absent). */
  public double probability(String label) {
    return probabilities.getOrDefault(label, 0.0);
  }

  /** Probability that phase {@code j} (from 1) is entered; 0 beyond the ladder. */
  public double reach(int j) {
    return j >= 1 && j <= reach.size() ? reach.get(j - 1) : 0;
  }

  /** Sum of all probabilities (1 up to round-off). */
  public double total() {
    return probabilities.values().stream().mapToDouble(Double::doubleValue).sum();
  }
}
