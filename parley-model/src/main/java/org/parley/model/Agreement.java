package org.parley.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One past agreement of the complier (its track record).
 *
 * @param id unique id (the dataset's id, or the scenario's own)
 * @param name the agreement
 * @param date when it was concluded
 * @param end how it ended, as known at {@code as_of}
 * @param source where this comes from
 */
public record Agreement(String id, String name, LocalDate date, AgreementEnd end, String source) {
  public Agreement {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(date, "date");
    requireNonNull(end, "end");
    requireNonNull(source, "source");
  }
}
