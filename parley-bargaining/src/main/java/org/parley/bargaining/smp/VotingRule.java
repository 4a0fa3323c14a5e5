package org.parley.bargaining.smp;

/**
 * How an actor's utility difference between two options becomes a vote (KTAB {@code VotingRule}).
 *
 * <p>Constants are in KTAB's order, so {@link #ordinal()} is KTAB's index and {@link #ktabName()}
 * its name (bargaining.md §2.11).
 */
public enum VotingRule {
  /** All or nothing: {@code w * clamp(du/1e-8, -1, 1)}. */
  BINARY("Binary"),
  /** 80% proportional, 20% binary. */
  PROP_BIN("PropBin"),
  /** Proportional, {@code w * du}; the default. */
  PROP("Prop"),
  /** Half proportional, half cubic. */
  PROP_CBC("PropCbc"),
  /** {@code w * du^3}. */
  CUBIC("Cubic"),
  /** Prospect-theory asymmetry: gains count two thirds of losses. */
  ASYM_PROSP("ASymProsp");

  private final String ktabName;

  VotingRule(String ktabName) {
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
  public static VotingRule ofIndex(int index) {
    VotingRule[] all = values();
    if (index < 0 || index >= all.length) {
      throw new IllegalArgumentException(
          "VotingRule index is " + index + "; it must be in [0, " + (all.length - 1) + "]");
    }
    return all[index];
  }

  /**
   * The option named {@code name}, matched case-insensitively against KTAB's name or the Java
   * constant.
   *
   * @throws IllegalArgumentException if there is none
   */
  public static VotingRule parse(String name) {
    for (VotingRule v : values()) {
      if (v.ktabName.equalsIgnoreCase(name) || v.name().equalsIgnoreCase(name)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "VotingRule '"
            + name
            + "' is unknown; expected one of "
            + java.util.Arrays.toString(values()));
  }
}
