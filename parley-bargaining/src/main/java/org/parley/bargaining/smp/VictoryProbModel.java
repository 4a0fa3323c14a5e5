package org.parley.bargaining.smp;

/**
 * How two coalition strengths become the probability that one beats the other (KTAB {@code
 * VPModel}).
 *
 * <p>Constants are in KTAB's order, so {@link #ordinal()} is KTAB's index and {@link #ktabName()}
 * its name (bargaining.md §2.11).
 */
public enum VictoryProbModel {
  /** {@code s1/(s1+s2)}; the default. */
  LINEAR("Linear"),
  /** Strengths squared. */
  SQUARE("Square"),
  /** Strengths to the fourth power. */
  QUARTIC("Quartic"),
  /** Strengths to the eighth power. */
  OCTIC("Octic"),
  /** Nearly all-or-nothing once one side is 10% stronger. */
  BINARY("Binary");

  private final String ktabName;

  VictoryProbModel(String ktabName) {
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
  public static VictoryProbModel ofIndex(int index) {
    VictoryProbModel[] all = values();
    if (index < 0 || index >= all.length) {
      throw new IllegalArgumentException(
          "VictoryProbModel index is " + index + "; it must be in [0, " + (all.length - 1) + "]");
    }
    return all[index];
  }

  /**
   * The option named {@code name}, matched case-insensitively against KTAB's name or the Java
   * constant.
   *
   * @throws IllegalArgumentException if there is none
   */
  public static VictoryProbModel parse(String name) {
    for (VictoryProbModel v : values()) {
      if (v.ktabName.equalsIgnoreCase(name) || v.name().equalsIgnoreCase(name)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "VictoryProbModel '"
            + name
            + "' is unknown; expected one of "
            + java.util.Arrays.toString(values()));
  }
}
