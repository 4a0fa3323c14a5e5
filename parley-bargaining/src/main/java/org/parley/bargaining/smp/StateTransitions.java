package org.parley.bargaining.smp;

/**
 * How each actor picks among its candidate bargains (KTAB {@code StateTransMode}).
 *
 * <p>Constants are in KTAB's order, so {@link #ordinal()} is KTAB's index and {@link #ktabName()}
 * its name (bargaining.md §2.11).
 */
public enum StateTransitions {
  /** The most probable bargain (the first on ties); the default. */
  DETERMINISTIC("Deterministic"),
  /** A bargain drawn with its PCE probability, from the seeded generator. */
  STOCHASTIC("Stochastic");

  private final String ktabName;

  StateTransitions(String ktabName) {
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
  public static StateTransitions ofIndex(int index) {
    StateTransitions[] all = values();
    if (index < 0 || index >= all.length) {
      throw new IllegalArgumentException(
          "StateTransitions index is " + index + "; it must be in [0, " + (all.length - 1) + "]");
    }
    return all[index];
  }

  /**
   * The option named {@code name}, matched case-insensitively against KTAB's name or the Java
   * constant.
   *
   * @throws IllegalArgumentException if there is none
   */
  public static StateTransitions parse(String name) {
    for (StateTransitions v : values()) {
      if (v.ktabName.equalsIgnoreCase(name) || v.name().equalsIgnoreCase(name)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "StateTransitions '"
            + name
            + "' is unknown; expected one of "
            + java.util.Arrays.toString(values()));
  }
}
