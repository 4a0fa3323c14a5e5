package org.parley.summit.credibility;

/**
 * The probability that a guarantor reneges during a phase (summit.md §2 E; Parley's choice, see
 * docs/models/summit.md): the guarantors' breach rate from the complier's track record, {@code q =
 * (a_r + counterpartBreaches) / (a_r + b_r + ended)} (Beta posterior mean; an agreement broken by
 * both sides counts as a breach by the counterpart too), discounted by the assurances' credibility:
 * {@code r = q · (1 − κ)} per phase.
 *
 * @param priorA {@code a_r}
 * @param priorB {@code b_r}
 * @param counterpartBreaches agreements (on or before {@code as_of}) broken by the counterpart or
 *     both
 * @param ended agreements (on or before {@code as_of}) that have ended
 * @param breachRate {@code q}
 * @param kappa {@code κ}
 * @param perPhase {@code r}
 */
public record Reneging(
    double priorA,
    double priorB,
    int counterpartBreaches,
    int ended,
    double breachRate,
    double kappa,
    double perPhase) {
  public Reneging {
    if (!(perPhase >= 0 && perPhase <= 1)) {
      throw new IllegalArgumentException(
          "reneging probability is " + perPhase + "; it must be in [0, 1]");
    }
  }
}
