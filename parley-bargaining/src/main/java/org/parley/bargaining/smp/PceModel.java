package org.parley.bargaining.smp;

/**
 * How pairwise victory probabilities become the probability of each option being the collective
 * choice (KTAB {@code PCEModel}).
 *
 * <p>Constants are in KTAB's order, so {@link #ordinal()} is KTAB's index and {@link #ktabName()}
 * its name (bargaining.md §2.11).
 */
public enum PceModel {
  /** {@code p_a} proportional to the product over {@code b} of {@code P(a,b)}; the default. */
  CONDITIONAL("Conditional"),
  /** Markov chain with challenge probabilities proportional to incentive. */
  MARKOV_INCENTIVE("MarkovIncentive"),
  /** Markov chain with uniformly chosen challengers. */
  MARKOV_UNIFORM("MarkovUniform");

  private final String ktabName;

  PceModel(String ktabName) {
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
  public static PceModel ofIndex(int index) {
    PceModel[] all = values();
    if (index < 0 || index >= all.length) {
      throw new IllegalArgumentException(
          "PceModel index is " + index + "; it must be in [0, " + (all.length - 1) + "]");
    }
    return all[index];
  }

  /**
   * The option named {@code name}, matched case-insensitively against KTAB's name or the Java
   * constant.
   *
   * @throws IllegalArgumentException if there is none
   */
  public static PceModel parse(String name) {
    for (PceModel v : values()) {
      if (v.ktabName.equalsIgnoreCase(name) || v.name().equalsIgnoreCase(name)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "PceModel '"
            + name
            + "' is unknown; expected one of "
            + java.util.Arrays.toString(values()));
  }
}
