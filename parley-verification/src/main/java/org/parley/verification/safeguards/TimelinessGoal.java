package org.parley.verification.safeguards;

/**
 * IAEA timeliness goals (Safeguards Glossary 2001 §3.20, as commonly cited): the time within which
 * a diversion of one SQ should be detected.
 */
public enum TimelinessGoal {
  /** Unirradiated direct-use material: one month. */
  UNIRRADIATED_DIRECT_USE(1),
  /** Irradiated direct-use material (e.g. Pu in spent fuel): three months. */
  IRRADIATED_DIRECT_USE(3),
  /** Indirect-use material: one year. */
  INDIRECT_USE(12);

  private final int months;

  TimelinessGoal(int months) {
    this.months = months;
  }

  /** The goal in months. */
  public int months() {
    return months;
  }

  /** The goal for {@code material}, irradiated or not (irradiation matters for direct use only). */
  public static TimelinessGoal of(Material material, boolean irradiated) {
    if (!material.directUse()) {
      return INDIRECT_USE;
    }
    return irradiated ? IRRADIATED_DIRECT_USE : UNIRRADIATED_DIRECT_USE;
  }
}
