package org.parley.bargaining.smp;

/**
 * How far a third party joining a contest is committed to the side it joins (KTAB {@code
 * ThirdPartyCommit}).
 *
 * <p>Constants are in KTAB's order, so {@link #ordinal()} is KTAB's index and {@link #ktabName()}
 * its name (bargaining.md §2.11).
 */
public enum ThirdPartyCommit {
  /** Keeps its own position whatever happens. */
  NO_COMMIT("NoCommit"),
  /** Adopts the winner's position only if its side lost; the default. */
  SEMI_COMMIT("SemiCommit"),
  /** Always adopts the winner's position. */
  FULL_COMMIT("FullCommit");

  private final String ktabName;

  ThirdPartyCommit(String ktabName) {
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
  public static ThirdPartyCommit ofIndex(int index) {
    ThirdPartyCommit[] all = values();
    if (index < 0 || index >= all.length) {
      throw new IllegalArgumentException(
          "ThirdPartyCommit index is " + index + "; it must be in [0, " + (all.length - 1) + "]");
    }
    return all[index];
  }

  /**
   * The option named {@code name}, matched case-insensitively against KTAB's name or the Java
   * constant.
   *
   * @throws IllegalArgumentException if there is none
   */
  public static ThirdPartyCommit parse(String name) {
    for (ThirdPartyCommit v : values()) {
      if (v.ktabName.equalsIgnoreCase(name) || v.name().equalsIgnoreCase(name)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "ThirdPartyCommit '"
            + name
            + "' is unknown; expected one of "
            + java.util.Arrays.toString(values()));
  }
}
