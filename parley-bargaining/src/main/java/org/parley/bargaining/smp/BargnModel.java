package org.parley.bargaining.smp;

/**
 * Which bargains a challenge proposes (KTAB {@code SMPBargnModel}).
 *
 * <p>Constants are in KTAB's order, so {@link #ordinal()} is KTAB's index and {@link #ktabName()}
 * its name (bargaining.md §2.11).
 */
public enum BargnModel {
  /** Only the bargain interpolated from the initiator's view; the default. */
  INIT_ONLY_INTERP("InitOnlyInterp"),
  /** Both the initiator's and the receiver's interpolations. */
  INIT_RCVR_INTERP("InitRcvrInterp"),
  /** One bargain, the power-weighted average of both interpolations. */
  PW_COMP_INTERP("PWCompInterp");

  private final String ktabName;

  BargnModel(String ktabName) {
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
  public static BargnModel ofIndex(int index) {
    BargnModel[] all = values();
    if (index < 0 || index >= all.length) {
      throw new IllegalArgumentException(
          "BargnModel index is " + index + "; it must be in [0, " + (all.length - 1) + "]");
    }
    return all[index];
  }

  /**
   * The option named {@code name}, matched case-insensitively against KTAB's name or the Java
   * constant.
   *
   * @throws IllegalArgumentException if there is none
   */
  public static BargnModel parse(String name) {
    for (BargnModel v : values()) {
      if (v.ktabName.equalsIgnoreCase(name) || v.name().equalsIgnoreCase(name)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "BargnModel '"
            + name
            + "' is unknown; expected one of "
            + java.util.Arrays.toString(values()));
  }
}
