package org.parley.bargaining.scenario;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.model.Phase;
import org.parley.model.Scenario;

/**
 * Which phases of the agreement ladder a settlement reaches (summit.md stage B): the longest prefix
 * of the ladder whose thresholds the settlement meets, and, for the first phase it misses, by how
 * much on each issue — the part of "what would change that" a settlement alone can answer.
 *
 * @param agreed the phases reached, in ladder order (empty: no deal)
 * @param blocked the first phase not reached, if any
 * @param shortfalls for the blocked phase, each issue whose settlement is below its threshold
 */
public record LadderReading(
    List<Phase> agreed, Optional<Phase> blocked, List<Shortfall> shortfalls) {
  public LadderReading {
    agreed = List.copyOf(agreed);
    requireNonNull(blocked, "blocked");
    shortfalls = List.copyOf(shortfalls);
  }

  /**
   * An issue on which a settlement falls short of a phase's threshold.
   *
   * @param issue the issue id
   * @param settlement the settlement on it
   * @param threshold what the phase needs
   */
  public record Shortfall(String issue, double settlement, double threshold) {}

  /** Reads {@code settlement} (issue id → point) against the scenario's ladder. */
  public static LadderReading of(Scenario scenario, Map<String, Double> settlement) {
    List<Phase> agreed = new ArrayList<>();
    for (Phase phase : scenario.phases()) {
      List<Shortfall> missing = new ArrayList<>();
      for (var t : phase.thresholds().entrySet()) {
        double y =
            requireNonNull(
                settlement.get(t.getKey()), () -> "no settlement for issue " + t.getKey());
        if (y < t.getValue()) {
          missing.add(new Shortfall(t.getKey(), y, t.getValue()));
        }
      }
      if (!missing.isEmpty()) {
        return new LadderReading(agreed, Optional.of(phase), missing);
      }
      agreed.add(phase);
    }
    return new LadderReading(agreed, Optional.empty(), List.of());
  }

  /** Whether no phase is reached. */
  public boolean noDeal() {
    return agreed.isEmpty();
  }
}
