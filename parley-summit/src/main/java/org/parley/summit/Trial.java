package org.parley.summit;

import static java.util.Objects.requireNonNull;

/**
 * One run of stages A–E on one (sampled) scenario.
 *
 * @param outcome how it ended
 * @param deepestPhase the deepest phase entered (0 for no deal or a deal never started)
 * @param phasesCompleted phases carried out to the end
 * @param months months elapsed until the end of the run (to the collapse, or to the end of the last
 *     completed phase)
 * @param hiddenViolation whether the complier cheated undetected at some point (a hidden
 *     capability)
 * @param opportunistic the complier's drawn type: {@code true} opportunistic, {@code false} sincere
 */
public record Trial(
    TrialOutcome outcome,
    int deepestPhase,
    int phasesCompleted,
    double months,
    boolean hiddenViolation,
    boolean opportunistic) {
  public Trial {
    requireNonNull(outcome, "outcome");
    if (deepestPhase < 0 || phasesCompleted < 0 || phasesCompleted > deepestPhase) {
      throw new IllegalArgumentException(
          "deepestPhase "
              + deepestPhase
              + " and phasesCompleted "
              + phasesCompleted
              + " must satisfy 0 <= phasesCompleted <= deepestPhase");
    }
    if (!(months >= 0) || Double.isInfinite(months)) {
      throw new IllegalArgumentException(
          "months is " + months + "; it must be a finite number >= 0");
    }
  }
}
