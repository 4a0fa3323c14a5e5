package org.parley.summit.simulation;

import java.util.random.RandomGenerator;
import org.parley.model.Scenario;
import org.parley.summit.Trial;

/**
 * One run of stages A–E of the summit model on one sampled scenario, drawing every random event
 * from {@code rng} (summit.md §2 F). Implementations must be thread-safe and must not keep state
 * between calls that changes results, so that a Monte Carlo run is the same on any thread count.
 * The production model is {@code (s, rng) -> SummitModel.trial(s, options, rng)}.
 */
@FunctionalInterface
public interface TrialModel {
  /** Runs one trial of {@code sampled}. */
  Trial run(Scenario sampled, RandomGenerator rng);
}
