package org.parley.summit.credibility;

import static java.util.Objects.requireNonNull;

/**
 * The risk to the regime at the end of phase {@code j}: {@code ρ_j = h · (1 − κ) · f_j} (summit.md
 * §2 C), and what it costs the complier, {@code ρ_j · V}.
 *
 * @param phaseId the phase
 * @param index the phase's number, from 1
 * @param h the hazard (primary reference class)
 * @param kappa the assurances' credibility {@code κ}
 * @param deterrentGivenUp {@code f_j}
 * @param rho {@code ρ_j}
 * @param regimeValue {@code V}
 * @param expectedLoss {@code ρ_j · V}
 */
public record PhaseRisk(
    String phaseId,
    int index,
    double h,
    double kappa,
    double deterrentGivenUp,
    double rho,
    double regimeValue,
    double expectedLoss) {
  public PhaseRisk {
    requireNonNull(phaseId, "phaseId");
  }
}
