package org.parley.summit.simulation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.parley.model.Scenario;
import org.parley.model.Uncertainty;
import org.parley.model.paths.Assignment;
import org.parley.model.paths.InputPath;
import org.parley.model.paths.ScenarioPaths;

/**
 * A scenario's uncertain inputs (its {@code uncertainty} section), compiled once: each input's path
 * into a setter, each distribution into its {@link InverseCdf}. A point {@code x} (one value per
 * input, in the section's order) becomes a scenario with {@link #scenario(double[])}.
 *
 * <p>Whole-number inputs (site counts) take the nearest whole number of the sampled value.
 */
public final class UncertainInputs {
  private final Scenario template;
  private final List<Uncertainty> uncertainty;
  private final List<InverseCdf> quantiles;
  private final Assignment assignment;

  private UncertainInputs(Scenario template) {
    this.template = template;
    this.uncertainty = template.uncertainty();
    List<InverseCdf> q = new ArrayList<>();
    for (Uncertainty u : uncertainty) {
      q.add(InverseCdf.of(u.distribution()));
    }
    this.quantiles = List.copyOf(q);
    this.assignment =
        ScenarioPaths.assignment(template, uncertainty.stream().map(Uncertainty::path).toList());
  }

  /** The uncertain inputs of {@code s}. */
  public static UncertainInputs of(Scenario s) {
    return new UncertainInputs(requireNonNull(s, "s"));
  }

  /** The scenario the inputs are set on. */
  public Scenario template() {
    return template;
  }

  /** The number of uncertain inputs. */
  public int size() {
    return uncertainty.size();
  }

  /** Input {@code i}'s path. */
  public String path(int i) {
    return uncertainty.get(i).path();
  }

  /** The inputs' paths, in order. */
  public List<String> paths() {
    return uncertainty.stream().map(Uncertainty::path).toList();
  }

  /** Input {@code i}'s quantile function. */
  public InverseCdf quantile(int i) {
    return quantiles.get(i);
  }

  /** Each input's {@code level}-quantile ({@code 0.5}: the medians). */
  public double[] quantiles(double level) {
    double[] x = new double[size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = quantiles.get(i).applyAsDouble(level);
    }
    return x;
  }

  /** Maps uniforms {@code u} (one per input) to input values by inverse CDF. */
  public double[] fromUniforms(double[] u) {
    double[] x = new double[size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = quantiles.get(i).applyAsDouble(u[i]);
    }
    return x;
  }

  /** One sample of every input: one uniform draw from {@code rng} per input, in order. */
  public double[] sample(RandomGenerator rng) {
    double[] x = new double[size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = quantiles.get(i).applyAsDouble(rng.nextDouble());
    }
    return x;
  }

  /** The template with input {@code i} set to {@code x[i]} for every {@code i}. */
  public Scenario scenario(double[] x) {
    if (x.length != size()) {
      throw new IllegalArgumentException(
          "got " + x.length + " values for " + size() + " uncertain inputs");
    }
    double[] v = x;
    for (int i = 0; i < x.length; i++) {
      InputPath p = assignment.inputs().get(i);
      if (p.wholeNumber() && x[i] != Math.rint(x[i])) {
        if (v == x) {
          v = x.clone();
        }
        v[i] = Math.rint(x[i]);
      }
    }
    return assignment.apply(template, v);
  }
}
