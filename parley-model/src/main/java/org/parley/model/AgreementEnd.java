package org.parley.model;

/** How a past agreement of the complier ended, as known at the scenario's {@code as_of}. */
public enum AgreementEnd {
  /** The complier broke it (or walked away). */
  BROKEN_BY_COMPLIER,
  /** The counterpart broke it. */
  BROKEN_BY_COUNTERPART,
  /** Both sides share the blame. */
  BROKEN_BY_BOTH,
  /** Carried out, or superseded by a follow-on agreement. */
  COMPLETED,
  /** Still in force at {@code as_of}. */
  ONGOING;

  /** The spelling used in scenario files, e.g. {@code broken_by_complier}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
