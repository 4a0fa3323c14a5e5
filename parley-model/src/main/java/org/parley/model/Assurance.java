package org.parley.model;

import static java.util.Objects.requireNonNull;

/**
 * A security assurance mechanism offered to the complier.
 *
 * @param id unique id
 * @param mechanism its kind
 * @param giver the actor id that gives it
 * @param strength {@code σ_m ∈ [0, 1]}: the probability that it alone would hold when tested
 * @param description what it is, in words
 */
public record Assurance(
    String id, Mechanism mechanism, String giver, double strength, String description) {
  public Assurance {
    requireNonNull(id, "id");
    requireNonNull(mechanism, "mechanism");
    requireNonNull(giver, "giver");
    requireNonNull(description, "description");
  }
}
