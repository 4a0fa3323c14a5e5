package org.parley.summit.credibility;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * Stage C of the summit model (summit.md §2 C), every figure with its inputs so a report can show
 * its derivation.
 *
 * @param hazards the hazard under every reference class of the scenario, in scenario order
 * @param primaryClass the class the complier is assumed to reason from
 * @param h the hazard under the primary class
 * @param strengths each assurance's strength {@code σ_m}, by assurance id
 * @param kappa {@code κ = 1 − Π_m (1 − σ_m)}
 * @param phaseRisks {@code ρ_j} for every phase of the ladder, in order
 * @param belief the complier-type belief (track record, then signals)
 * @param reneging the guarantors' reneging probability per phase
 */
public record Credibility(
    List<Hazard> hazards,
    String primaryClass,
    double h,
    Map<String, Double> strengths,
    double kappa,
    List<PhaseRisk> phaseRisks,
    TypeBelief belief,
    Reneging reneging) {
  public Credibility {
    hazards = List.copyOf(hazards);
    requireNonNull(primaryClass, "primaryClass");
    strengths = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(strengths));
    phaseRisks = List.copyOf(phaseRisks);
    requireNonNull(belief, "belief");
    requireNonNull(reneging, "reneging");
  }

  /** The hazard under class {@code classId}. */
  public java.util.Optional<Hazard> hazard(String classId) {
    return hazards.stream().filter(x -> x.classId().equals(classId)).findFirst();
  }

  /** {@code ρ_j} of phase {@code j} (from 1). */
  public PhaseRisk risk(int j) {
    return phaseRisks.get(j - 1);
  }
}
