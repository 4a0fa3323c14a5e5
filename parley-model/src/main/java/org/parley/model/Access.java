package org.parley.model;

/** What a phase lets the inspector reach. */
public enum Access {
  /** No on-site access: national technical means only. */
  NONE,
  /** Declared sites only (safeguards-style inspections). */
  DECLARED,
  /** Declared sites and suspected undeclared sites (complementary or special access). */
  DECLARED_AND_UNDECLARED;

  /** Whether undeclared sites may be inspected. */
  public boolean undeclared() {
    return this == DECLARED_AND_UNDECLARED;
  }
}
