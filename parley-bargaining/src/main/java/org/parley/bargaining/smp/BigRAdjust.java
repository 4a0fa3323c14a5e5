package org.parley.bargaining.smp;

/**
 * How actor {@code h} perceives actor {@code i}'s risk attitude (KTAB {@code BigRAdjust}).
 *
 * <p>Constants are in KTAB's order, so {@link #ordinal()} is KTAB's index and {@link #ktabName()}
 * its name (bargaining.md §2.11).
 */
public enum BigRAdjust {
  /** {@code r_hi = R_h} (projects its own attitude). */
  NONE("None"),
  /** {@code r_hi = (2 R_h + R_i)/3}; the default. */
  ONE_THIRD("OneThird"),
  /** {@code r_hi = (R_h + R_i)/2}. */
  HALF("Half"),
  /** {@code r_hi = (R_h + 2 R_i)/3}. */
  TWO_THIRDS("TwoThirds"),
  /** {@code r_hi = R_i} (perfect perception). */
  FULL("Full");

  private final String ktabName;

  BigRAdjust(String ktabName) {
    this.ktabName = ktabName;
  }

  /** The name KTAB uses in its logs and XML files. */
  public String ktabName() {
    return ktabName;
  }

  /** KTAB's index of this option. */
  public int index() {
    return ordinal();
  }

  /**
   * The option with KTAB's index {@code index}.
   *
   * @throws IllegalArgumentException if there is none
   */
  public static BigRAdjust ofIndex(int index) {
    BigRAdjust[] all = values();
    if (index < 0 || index >= all.length) {
      throw new IllegalArgumentException(
          "BigRAdjust index is " + index + "; it must be in [0, " + (all.length - 1) + "]");
    }
    return all[index];
  }

  /**
   * The option named {@code name}, matched case-insensitively against KTAB's name or the Java
   * constant.
   *
   * @throws IllegalArgumentException if there is none
   */
  public static BigRAdjust parse(String name) {
    for (BigRAdjust v : values()) {
      if (v.ktabName.equalsIgnoreCase(name) || v.name().equalsIgnoreCase(name)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "BigRAdjust '"
            + name
            + "' is unknown; expected one of "
            + java.util.Arrays.toString(values()));
  }
}
