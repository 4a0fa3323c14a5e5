package org.parley.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The precedent reference classes of a scenario and how they are read (summit.md §2 C).
 *
 * @param classes the classes, at least one
 * @param primary the id of the class the complier is assumed to reason from
 * @param windowYears {@code W}: how long after a reversal an attack still counts
 * @param priorA {@code a} of the Beta(a, b) prior on the hazard
 * @param priorB {@code b} of the Beta(a, b) prior on the hazard
 */
public record Precedents(
    List<PrecedentClass> classes,
    String primary,
    double windowYears,
    double priorA,
    double priorB) {
  public Precedents {
    classes = List.copyOf(classes);
    requireNonNull(primary, "primary");
  }

  /** The class with this id. */
  public Optional<PrecedentClass> byId(String id) {
    return classes.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
