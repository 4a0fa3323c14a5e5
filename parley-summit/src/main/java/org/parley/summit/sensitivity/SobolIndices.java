package org.parley.summit.sensitivity;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Variance-based sensitivity indices of one output (Sobol' 1993; Saltelli et al. 2010).
 *
 * @param output what the output is (an outcome label)
 * @param samples the base sample size {@code N}
 * @param evaluations model evaluations used, {@code N (k + 2)}
 * @param seed the seed
 * @param mean the output's mean over the {@code 2N} independent points (matrices A and B)
 * @param variance the output's variance over the same points; 0 means the output did not vary and
 *     every index is reported as 0
 * @param indices one per factor, in factor order
 */
public record SobolIndices(
    String output,
    int samples,
    long evaluations,
    long seed,
    double mean,
    double variance,
    List<Index> indices) {
  public SobolIndices {
    requireNonNull(output, "output");
    indices = List.copyOf(indices);
  }

  /**
   * One factor's indices.
   *
   * @param factor the factor's name
   * @param firstOrder {@code S_i = V[E(Y | X_i)] / V(Y)}: the share of variance the factor explains
   *     alone
   * @param total {@code S_Ti = E[V(Y | X_~i)] / V(Y)}: its share including all interactions
   */
  public record Index(String factor, double firstOrder, double total) {
    public Index {
      requireNonNull(factor, "factor");
    }
  }
}
