package org.parley.summit;

/** Why a deal collapsed during a phase (summit.md §2 E–F). */
public enum CollapseCause {
  /** The inspector detected a violation. */
  VIOLATION_DETECTED,
  /** A guarantor reneged on its side of the phase. */
  GUARANTOR_RENEGED,
  /** A false alarm escalated and ended the deal. */
  FALSE_ALARM
}
