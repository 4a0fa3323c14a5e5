package org.parley.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A reference class the complier may reason from: a named set of precedents.
 *
 * @param id unique id ({@code commentaries}, {@code all-reversals})
 * @param description who reasons this way, in words
 * @param cases the precedents, all completed on or before the scenario's {@code as_of}
 */
public record PrecedentClass(String id, String description, List<Precedent> cases) {
  public PrecedentClass {
    requireNonNull(id, "id");
    requireNonNull(description, "description");
    cases = List.copyOf(cases);
  }
}
