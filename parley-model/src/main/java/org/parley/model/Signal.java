package org.parley.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A pre-summit step by the complier that updates beliefs about its type.
 *
 * @param id unique id
 * @param description what was done or promised
 * @param date when
 * @param verified whether it was verified (independently observed)
 * @param costly whether it cost the complier something real
 * @param likelihoodRatio {@code P(signal | sincere) / P(signal | opportunistic)}, {@code > 0}
 */
public record Signal(
    String id,
    String description,
    LocalDate date,
    boolean verified,
    boolean costly,
    double likelihoodRatio) {
  public Signal {
    requireNonNull(id, "id");
    requireNonNull(description, "description");
    requireNonNull(date, "date");
  }
}
