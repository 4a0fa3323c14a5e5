package org.parley.verification.allocation;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * An equilibrium of the {@link AllocationGame} and what it means.
 *
 * @param spec the inputs
 * @param shares the allocation grid (share of effort to undeclared sites)
 * @param allocation the inspector's equilibrium probabilities over {@code shares}
 * @param comply probability the inspectee complies
 * @param cheatDeclared probability it cheats at a declared site
 * @param cheatUndeclared probability it cheats at an undeclared site
 * @param expectedUndeclaredShare the expected share of effort sent to undeclared sites
 * @param detectionDeclared probability that cheating at a declared site is detected (averaged over
 *     the inspector's allocation)
 * @param detectionUndeclared the same for an undeclared site
 * @param undetectedCheating probability that the inspectee cheats and is not detected
 * @param inspectorPayoff the inspector's expected payoff
 * @param inspecteePayoff the inspectee's expected payoff
 * @param regret the equilibrium's largest gain from deviating (certificate)
 * @param equilibriaFound how many equilibria the solver found
 * @param solver the solver's name
 */
public record AllocationResult(
    AllocationGame.Spec spec,
    double[] shares,
    double[] allocation,
    double comply,
    double cheatDeclared,
    double cheatUndeclared,
    double expectedUndeclaredShare,
    double detectionDeclared,
    double detectionUndeclared,
    double undetectedCheating,
    double inspectorPayoff,
    double inspecteePayoff,
    double regret,
    int equilibriaFound,
    String solver) {
  public AllocationResult {
    requireNonNull(spec, "spec");
    shares = shares.clone();
    allocation = allocation.clone();
    requireNonNull(solver, "solver");
  }

  @Override
  public double[] shares() {
    return shares.clone();
  }

  @Override
  public double[] allocation() {
    return allocation.clone();
  }

  /** Probability of cheating at all. */
  public double cheating() {
    return cheatDeclared + cheatUndeclared;
  }

  static AllocationResult of(
      AllocationGame game,
      double[] allocation,
      double[] choice,
      double regret,
      int found,
      String solver) {
    double[] shares = game.shares();
    double expectedShare = 0;
    double detDeclared = 0;
    double detUndeclared = 0;
    double inspector = 0;
    double inspectee = 0;
    AllocationGame.Choice[] choices = AllocationGame.Choice.values();
    for (int i = 0; i < shares.length; i++) {
      expectedShare += allocation[i] * shares[i];
      detDeclared += allocation[i] * game.detectionDeclared(shares[i]);
      detUndeclared += allocation[i] * game.detectionUndeclared(shares[i]);
      for (int j = 0; j < choices.length; j++) {
        inspector += allocation[i] * choice[j] * game.inspectorPayoff(shares[i], choices[j]);
        inspectee += allocation[i] * choice[j] * game.inspecteePayoff(shares[i], choices[j]);
      }
    }
    // the two mixes are independent, so undetected cheating factorises
    double undetected = choice[1] * (1 - detDeclared) + choice[2] * (1 - detUndeclared);
    return new AllocationResult(
        game.spec(),
        shares,
        allocation,
        choice[0],
        choice[1],
        choice[2],
        expectedShare,
        detDeclared,
        detUndeclared,
        undetected,
        inspector,
        inspectee,
        regret,
        found,
        solver);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AllocationResult r
        && spec.equals(r.spec)
        && Arrays.equals(shares, r.shares)
        && Arrays.equals(allocation, r.allocation)
        && Double.compare(comply, r.comply) == 0
        && Double.compare(cheatDeclared, r.cheatDeclared) == 0
        && Double.compare(cheatUndeclared, r.cheatUndeclared) == 0
        && Double.compare(inspectorPayoff, r.inspectorPayoff) == 0
        && Double.compare(regret, r.regret) == 0
        && equilibriaFound == r.equilibriaFound
        && solver.equals(r.solver);
  }

  @Override
  public int hashCode() {
    return spec.hashCode() * 31 + Arrays.hashCode(allocation);
  }

  @Override
  public String toString() {
    return "AllocationResult[allocation="
        + Arrays.toString(allocation)
        + ", comply="
        + comply
        + ", cheatDeclared="
        + cheatDeclared
        + ", cheatUndeclared="
        + cheatUndeclared
        + ", detectionDeclared="
        + detectionDeclared
        + ", detectionUndeclared="
        + detectionUndeclared
        + ", undetectedCheating="
        + undetectedCheating
        + ", inspectorPayoff="
        + inspectorPayoff
        + ", regret="
        + regret
        + "]";
  }
}
