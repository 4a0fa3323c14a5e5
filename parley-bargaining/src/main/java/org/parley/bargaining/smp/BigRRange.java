package org.parley.bargaining.smp;

/**
 * The range onto which position probabilities are mapped as risk attitudes (KTAB {@code
 * BigRRange}).
 *
 * <p>Constants are in KTAB's order, so {@link #ordinal()} is KTAB's index and {@link #ktabName()}
 * its name (bargaining.md §2.11).
 */
public enum BigRRange {
  /** {@code [0, 1]}. */
  MIN("Min"),
  /** {@code [-1/2, 1]}; the default. */
  MID("Mid"),
  /** {@code [-1, 1]}. */
  MAX("Max");

  private final String ktabName;

  BigRRange(String ktabName) {
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
  public static BigRRange ofIndex(int index) {
    BigRRange[] all = values();
    if (index < 0 || index >= all.length) {
      throw new IllegalArgumentException(
          "BigRRange index is " + index + "; it must be in [0, " + (all.length - 1) + "]");
    }
    return all[index];
  }

  /**
   * The option named {@code name}, matched case-insensitively against KTAB's name or the Java
   * constant.
   *
   * @throws IllegalArgumentException if there is none
   */
  public static BigRRange parse(String name) {
    for (BigRRange v : values()) {
      if (v.ktabName.equalsIgnoreCase(name) || v.name().equalsIgnoreCase(name)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "BigRRange '"
            + name
            + "' is unknown; expected one of "
            + java.util.Arrays.toString(values()));
  }
}
