package org.parley.summit.credibility;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The hazard under one precedent reference class: {@code h = (k + a) / (n + a + b)}, the Beta(a, b)
 * posterior mean of the chance that a state which reversed its programme suffers outside military
 * action, regime change or territorial loss within {@code W} years (summit.md §2 C).
 *
 * @param classId the reference class
 * @param description who reasons this way
 * @param k precedents in the class that suffered within {@code W} years, as known on {@code as_of}
 * @param n precedents in the class completed on or before {@code as_of}
 * @param a Beta prior {@code a}
 * @param b Beta prior {@code b}
 * @param windowYears {@code W}
 * @param h the hazard
 * @param counted the ids of the {@code n} precedents used
 * @param suffered the ids of the {@code k} that suffered
 * @param excluded ids in the class left out because they were completed after {@code as_of}
 */
public record Hazard(
    String classId,
    String description,
    int k,
    int n,
    double a,
    double b,
    double windowYears,
    double h,
    List<String> counted,
    List<String> suffered,
    List<String> excluded) {
  public Hazard {
    requireNonNull(classId, "classId");
    requireNonNull(description, "description");
    counted = List.copyOf(counted);
    suffered = List.copyOf(suffered);
    excluded = List.copyOf(excluded);
    if (k < 0 || n < k) {
      throw new IllegalArgumentException(
          "k is " + k + " and n is " + n + "; it must hold that 0 <= k <= n");
    }
  }
}
