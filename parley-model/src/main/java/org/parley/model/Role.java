package org.parley.model;

/** The part an actor plays in a summit (summit.md §1). */
public enum Role {
  /** The state asked to give up a programme (exactly one per scenario). */
  COMPLIER,
  /** Offers concessions and assurances (at least one). */
  GUARANTOR,
  /** The verifying body; bargains only if it has positions. */
  INSPECTOR,
  /** Allies, neighbours and others who take part in bargaining only. */
  OTHER
}
