package org.parley.summit.sensitivity;

import java.util.ArrayList;
import java.util.List;
import org.parley.summit.simulation.InverseCdf;
import org.parley.summit.simulation.UncertainInputs;

/**
 * Independent uncertain factors: a name and a quantile function each.
 *
 * @param names the factors' names (for the summit, the inputs' paths)
 * @param quantiles each factor's inverse CDF
 */
public record Factors(List<String> names, List<InverseCdf> quantiles) {
  public Factors {
    names = List.copyOf(names);
    quantiles = List.copyOf(quantiles);
    if (names.size() != quantiles.size()) {
      throw new IllegalArgumentException(
          names.size() + " names for " + quantiles.size() + " quantile functions");
    }
  }

  /** The uncertain inputs of a scenario, as factors. */
  public static Factors of(UncertainInputs inputs) {
    List<InverseCdf> q = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      q.add(inputs.quantile(i));
    }
    return new Factors(inputs.paths(), q);
  }

  /** The number of factors. */
  public int size() {
    return names.size();
  }

  /** Each factor's {@code level}-quantile. */
  public double[] at(double level) {
    double[] x = new double[size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = quantiles.get(i).applyAsDouble(level);
    }
    return x;
  }
}
