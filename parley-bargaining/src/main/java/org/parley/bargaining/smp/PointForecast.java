package org.parley.bargaining.smp;

/**
 * Which single point of the final state's PCE distribution the forecast reports (bargaining.md
 * §2.10; not a KTAB option).
 *
 * <p>Constants are in KTAB's order, so {@link #ordinal()} is KTAB's index and {@link #ktabName()}
 * its name (bargaining.md §2.11).
 */
public enum PointForecast {
  /** The probability-weighted mean of the distinct final positions; the default. */
  PROBABILITY_WEIGHTED("ProbabilityWeighted"),
  /** The most probable distinct final position (the first on ties). */
  MOST_PROBABLE("MostProbable");

  private final String ktabName;

  PointForecast(String ktabName) {
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
  public static PointForecast ofIndex(int index) {
    PointForecast[] all = values();
    if (index < 0 || index >= all.length) {
      throw new IllegalArgumentException(
          "PointForecast index is " + index + "; it must be in [0, " + (all.length - 1) + "]");
    }
    return all[index];
  }

  /**
   * The option named {@code name}, matched case-insensitively against KTAB's name or the Java
   * constant.
   *
   * @throws IllegalArgumentException if there is none
   */
  public static PointForecast parse(String name) {
    for (PointForecast v : values()) {
      if (v.ktabName.equalsIgnoreCase(name) || v.name().equalsIgnoreCase(name)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "PointForecast '"
            + name
            + "' is unknown; expected one of "
            + java.util.Arrays.toString(values()));
  }
}
