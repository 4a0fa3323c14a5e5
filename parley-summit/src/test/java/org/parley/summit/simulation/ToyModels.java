package org.parley.summit.simulation;

import java.util.random.RandomGenerator;
import org.parley.model.Scenario;
import org.parley.model.paths.ScenarioPaths;
import org.parley.summit.CollapseCause;
import org.parley.summit.Trial;
import org.parley.summit.TrialOutcome;

/** Small stand-ins for the summit model whose outcome probabilities are known in closed form. */
final class ToyModels {
  private ToyModels() {}

  /**
   * Reads the China guarantee's strength {@code σ}: with probability {@code σ} the deal completes;
   * otherwise it collapses in phase 1, 2 or 3 (cause by phase) after a uniformly drawn number of
   * months, or stalls at phase 1 — every outcome kind occurs.
   */
  static TrialModel strengthDriven() {
    return (Scenario s, RandomGenerator rng) -> {
      double sigma = ScenarioPaths.get(s, "assurances.china-guarantee.strength");
      double u = rng.nextDouble();
      if (u < sigma) {
        return new Trial(new TrialOutcome.Complete(), 4, 4, 126, false, false);
      }
      double v = rng.nextDouble();
      if (v < 0.1) {
        return new Trial(new TrialOutcome.NoDeal(), 0, 0, 0, false, true);
      }
      if (v < 0.3) {
        return new Trial(new TrialOutcome.StalledAt(1), 1, 1, 6, false, true);
      }
      if (v < 0.4) {
        return new Trial(new TrialOutcome.Hollow(), 4, 4, 126, true, true);
      }
      int phase = 1 + rng.nextInt(3);
      CollapseCause cause = CollapseCause.values()[phase - 1];
      double month = Math.floor(rng.nextDouble() * 40) / 4;
      return new Trial(
          new TrialOutcome.CollapsedAt(phase, cause, month),
          phase,
          phase - 1,
          6 * phase + month,
          rng.nextBoolean(),
          true);
    };
  }
}
