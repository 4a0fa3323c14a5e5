package org.parley.model.paths;

import static java.util.Objects.requireNonNull;

import java.util.function.ObjDoubleConsumer;
import java.util.function.ToDoubleFunction;
import org.parley.model.Scenario;

/**
 * One numeric input of a scenario, compiled from its id-form path ({@code
 * assurances.china-guarantee.strength}) into a getter and a setter. Compile once with {@link
 * ScenarioPaths#compile}, then read or set it on any scenario with the same structure (the same
 * ids), such as the scenarios sampled from one template.
 *
 * <p>Setting checks the value against the range the scenario format allows for that input (a
 * salience in [0, 1], a position on its issue's scale, a whole number of sites) and names the path
 * and value when it is outside; it never clamps.
 */
public final class InputPath {
  private final String path;
  private final boolean wholeNumber;
  private final double min;
  private final double max;
  private final ToDoubleFunction<Scenario> getter;
  private final ObjDoubleConsumer<Draft> setter;

  InputPath(
      String path,
      boolean wholeNumber,
      double min,
      double max,
      ToDoubleFunction<Scenario> getter,
      ObjDoubleConsumer<Draft> setter) {
    this.path = requireNonNull(path, "path");
    this.wholeNumber = wholeNumber;
    this.min = min;
    this.max = max;
    this.getter = requireNonNull(getter, "getter");
    this.setter = requireNonNull(setter, "setter");
  }

  /** The id-form path this input was compiled from. */
  public String path() {
    return path;
  }

  /** Whether the input must be a whole number (site counts). */
  public boolean wholeNumber() {
    return wholeNumber;
  }

  /** The smallest value the scenario format allows (may be {@code -∞}). */
  public double min() {
    return min;
  }

  /** The largest value the scenario format allows (may be {@code +∞}). */
  public double max() {
    return max;
  }

  /** The input's value in {@code s}. */
  public double get(Scenario s) {
    return getter.applyAsDouble(requireNonNull(s, "s"));
  }

  /** A copy of {@code s} with this input set to {@code value}; every other input is unchanged. */
  public Scenario set(Scenario s, double value) {
    Draft d = new Draft(requireNonNull(s, "s"));
    apply(d, value);
    return d.toScenario();
  }

  void apply(Draft d, double value) {
    check(value);
    setter.accept(d, value);
  }

  private void check(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "'" + path + "' cannot be set to " + value + "; expected a finite number");
    }
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          "'"
              + path
              + "' cannot be set to "
              + value
              + "; expected a number in ["
              + min
              + ", "
              + max
              + "]");
    }
    if (wholeNumber && value != Math.rint(value)) {
      throw new IllegalArgumentException(
          "'" + path + "' cannot be set to " + value + "; expected a whole number");
    }
  }

  @Override
  public String toString() {
    return path;
  }
}
