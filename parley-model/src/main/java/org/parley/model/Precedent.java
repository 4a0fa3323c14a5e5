package org.parley.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A state that reversed (or was made to reverse) a weapons programme, from the bundled precedent
 * dataset ({@code precedents.csv}, shared/reference/cases).
 *
 * @param id slug of the state's name ({@code libya}, {@code south-africa}, {@code iran-jcpoa})
 * @param state the state as the dataset names it
 * @param reversalType what the reversal was
 * @param completed when the reversal was completed (the date the case is dated by)
 * @param externalAction whether it later suffered outside military action, regime change by outside
 *     force, or territorial loss
 * @param aftermath when that happened, if it did (or the key date of what followed)
 * @param source the dataset's sources for the row
 */
public record Precedent(
    String id,
    String state,
    String reversalType,
    LocalDate completed,
    boolean externalAction,
    LocalDate aftermath,
    String source) {
  public Precedent {
    requireNonNull(id, "id");
    requireNonNull(state, "state");
    requireNonNull(reversalType, "reversalType");
    requireNonNull(completed, "completed");
    requireNonNull(source, "source");
  }

  /** The aftermath date, if the dataset gives one. */
  public Optional<LocalDate> aftermathDate() {
    return Optional.ofNullable(aftermath);
  }

  /**
   * Whether, as known on {@code asOf}, the state suffered outside action within {@code windowYears}
   * of completing its reversal. Events after {@code asOf} are not known yet and do not count.
   */
  public boolean sufferedWithin(double windowYears, LocalDate asOf) {
    if (!externalAction || aftermath == null || aftermath.isAfter(asOf)) {
      return false;
    }
    double years = ChronoUnit.DAYS.between(completed, aftermath) / 365.25;
    return years <= windowYears;
  }
}
