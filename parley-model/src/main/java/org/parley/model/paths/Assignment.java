package org.parley.model.paths;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.parley.model.Scenario;

/**
 * Several compiled inputs set together: {@link #apply} copies the scenario once, sets every input
 * and rebuilds it once, which is what a Monte Carlo sample needs.
 */
public final class Assignment {
  private final List<InputPath> inputs;

  Assignment(List<InputPath> inputs) {
    this.inputs = List.copyOf(inputs);
  }

  /** The inputs, in the order {@link #apply} takes their values. */
  public List<InputPath> inputs() {
    return inputs;
  }

  /** The inputs' values in {@code s}, in order. */
  public double[] get(Scenario s) {
    double[] out = new double[inputs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = inputs.get(i).get(s);
    }
    return out;
  }

  /**
   * A copy of {@code s} with input {@code i} set to {@code values[i]}; everything else unchanged.
   */
  public Scenario apply(Scenario s, double[] values) {
    requireNonNull(s, "s");
    requireNonNull(values, "values");
    if (values.length != inputs.size()) {
      throw new IllegalArgumentException(
          "got " + values.length + " values for " + inputs.size() + " inputs");
    }
    if (values.length == 0) {
      return s;
    }
    Draft d = new Draft(s);
    for (int i = 0; i < values.length; i++) {
      inputs.get(i).apply(d, values[i]);
    }
    return d.toScenario();
  }
}
