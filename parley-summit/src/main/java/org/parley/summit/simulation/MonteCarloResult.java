package org.parley.summit.simulation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * What a Monte Carlo run of the summit model found (summit.md §2 F). Depends only on the scenario,
 * the model, the seed and the sample count — never on the thread count.
 *
 * @param seed the seed every sample's streams derive from
 * @param samples the number of samples
 * @param inputs the paths of the inputs that were sampled
 * @param outcomes each outcome class that occurred, in {@link OutcomeClass} order
 * @param kinds the five kinds ({@code NO_DEAL}, {@code STALLED}, {@code COLLAPSED}, {@code HOLLOW},
 *     {@code COMPLETE}), each summed over phases and causes; their estimates sum to 1
 * @param monthsToCollapse months from the start of the deal to its collapse, over collapsed samples
 * @param expectedDeepestPhase the mean deepest phase entered (0 = none)
 * @param deepestPhase {@code deepestPhase.get(j)}: samples whose deepest phase was {@code j}
 * @param hiddenViolation probability that the complier cheated undetected at some point
 */
public record MonteCarloResult(
    long seed,
    long samples,
    List<String> inputs,
    List<OutcomeProbability> outcomes,
    List<Probability> kinds,
    MonthsDistribution monthsToCollapse,
    double expectedDeepestPhase,
    List<Long> deepestPhase,
    Probability hiddenViolation) {
  public MonteCarloResult {
    inputs = List.copyOf(inputs);
    outcomes = List.copyOf(outcomes);
    kinds = List.copyOf(kinds);
    requireNonNull(monthsToCollapse, "monthsToCollapse");
    deepestPhase = List.copyOf(deepestPhase);
    requireNonNull(hiddenViolation, "hiddenViolation");
  }

  /** One outcome class and its probability. */
  public record OutcomeProbability(OutcomeClass outcome, Probability probability) {
    public OutcomeProbability {
      requireNonNull(outcome, "outcome");
      requireNonNull(probability, "probability");
    }
  }

  /** The probability of an outcome class (0 with its interval if it never occurred). */
  public Probability probability(OutcomeClass c) {
    return outcomes.stream()
        .filter(o -> o.outcome().equals(c))
        .map(OutcomeProbability::probability)
        .findFirst()
        .orElse(Probability.of(c.label(), 0, samples));
  }

  /**
   * The probability of a kind: {@code NO_DEAL}, {@code STALLED}, {@code COLLAPSED}, {@code HOLLOW}
   * or {@code COMPLETE}.
   */
  public Optional<Probability> kind(String label) {
    return kinds.stream().filter(k -> k.label().equals(label)).findFirst();
  }
}
