package org.parley.summit.compliance;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.parley.games.ExtensiveFormGame;

/**
 * The solved compliance game of one phase (summit.md §2 D), with its certificate.
 *
 * @param spec the game's inputs
 * @param opportunistic the opportunistic type's behaviour
 * @param sincere the sincere type's behaviour
 * @param allocation the inspector's probability of each share in {@code spec.shares()}
 * @param detectionDeclared probability over the phase that a declared-site violation is detected,
 *     under the inspector's equilibrium allocation
 * @param detectionUndeclared the same for an undeclared-site violation
 * @param falseAlarm probability of a false alarm over a compliant phase
 * @param cheatProbability probability of a violation, before the type is known
 * @param detectedCheating probability of a detected violation
 * @param undetectedCheating probability of an undetected violation
 * @param complierPayoff the complier's expected payoff (before its type is drawn)
 * @param inspectorPayoff the inspector side's expected payoff
 * @param regret the larger of the two players' regrets (NashConv component) of the profile
 * @param pivots complementary pivots taken by the solver
 * @param method the solver's name
 */
public record PhaseEquilibrium(
    ComplianceSpec spec,
    TypeStrategy opportunistic,
    TypeStrategy sincere,
    List<Double> allocation,
    double detectionDeclared,
    double detectionUndeclared,
    double falseAlarm,
    double cheatProbability,
    double detectedCheating,
    double undetectedCheating,
    double complierPayoff,
    double inspectorPayoff,
    double regret,
    int pivots,
    String method) {
  public PhaseEquilibrium {
    requireNonNull(spec, "spec");
    requireNonNull(opportunistic, "opportunistic");
    requireNonNull(sincere, "sincere");
    allocation = List.copyOf(allocation);
    requireNonNull(method, "method");
    if (allocation.size() != spec.shares().size()) {
      throw new IllegalArgumentException(
          "allocation has "
              + allocation.size()
              + " entries for "
              + spec.shares().size()
              + " shares");
    }
  }

  /** Whether the equilibrium's regret is at most {@code eps}. */
  public boolean certified(double eps) {
    return regret <= eps;
  }

  /** The phase's number, from 1. */
  public int index() {
    return spec.index();
  }

  /** The strategy of one type. */
  public TypeStrategy strategy(boolean opportunisticType) {
    return opportunisticType ? opportunistic : sincere;
  }

  /**
   * Probability over the phase that a violation at site kind {@code kind} (1 declared, 2
   * undeclared) is detected.
   */
  public double detection(int choice) {
    return switch (choice) {
      case 1 -> detectionDeclared;
      case 2 -> detectionUndeclared;
      default ->
          throw new IllegalArgumentException("choice " + choice + " is not a violation (1 or 2)");
    };
  }

  /**
   * The game as an extensive-form game (built on demand), e.g. to write as a Gambit {@code .efg}.
   */
  public ExtensiveFormGame game() {
    return ComplianceGame.toExtensiveForm(spec);
  }
}
