package org.parley.bargaining.smp;

/**
 * How a bargain is interpolated between the positions of initiator and target (KTAB {@code
 * InterVecBrgn}).
 *
 * <p>Constants are in KTAB's order, so {@link #ordinal()} is KTAB's index and {@link #ktabName()}
 * its name (bargaining.md §2.11).
 */
public enum InterVecBrgn {
  /** Weights salience times probability. */
  S1P1("S1P1"),
  /** Weights salience squared times probability squared; the default. */
  S2P2("S2P2"),
  /** The likely loser moves by a salience-squared share. */
  S2PMAX("S2PMax");

  private final String ktabName;

  InterVecBrgn(String ktabName) {
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
  public static InterVecBrgn ofIndex(int index) {
    InterVecBrgn[] all = values();
    if (index < 0 || index >= all.length) {
      throw new IllegalArgumentException(
          "InterVecBrgn index is " + index + "; it must be in [0, " + (all.length - 1) + "]");
    }
    return all[index];
  }

  /**
   * The option named {@code name}, matched case-insensitively against KTAB's name or the Java
   * constant.
   *
   * @throws IllegalArgumentException if there is none
   */
  public static InterVecBrgn parse(String name) {
    for (InterVecBrgn v : values()) {
      if (v.ktabName.equalsIgnoreCase(name) || v.name().equalsIgnoreCase(name)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "InterVecBrgn '"
            + name
            + "' is unknown; expected one of "
            + java.util.Arrays.toString(values()));
  }
}
