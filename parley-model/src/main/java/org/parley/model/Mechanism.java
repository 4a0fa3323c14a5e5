package org.parley.model;

import java.util.Locale;

/** Kinds of security assurance (summit.md §1), from least to most binding in the usual reading. */
public enum Mechanism {
  PRESIDENTIAL_STATEMENT,
  EXECUTIVE_AGREEMENT,
  CONGRESSIONAL_RESOLUTION,
  RATIFIED_TREATY,
  UN_SECURITY_COUNCIL_RESOLUTION,
  THIRD_PARTY_GUARANTOR,
  COSTLY_SIGNAL;

  /** The spelling used in scenario files, e.g. {@code third_party_guarantor}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
