package org.parley.summit.sensitivity;

import static java.util.Objects.requireNonNull;

import org.parley.summit.simulation.TrialModel;
import org.parley.summit.simulation.UncertainInputs;

/**
 * The summit model as a {@link Response}: the input values are set on the scenario, one trial is
 * run, and the response is 1 if the trial ends in {@code event}, else 0 — so its mean over trials
 * is the event's probability.
 */
public final class SummitResponse {
  private SummitResponse() {}

  /** The indicator of {@code event} in one trial of {@code model} at the given input values. */
  public static Response indicator(UncertainInputs inputs, TrialModel model, OutcomeEvent event) {
    requireNonNull(inputs, "inputs");
    requireNonNull(model, "model");
    requireNonNull(event, "event");
    return (x, rng) -> event.test(model.run(inputs.scenario(x), rng)) ? 1 : 0;
  }
}
