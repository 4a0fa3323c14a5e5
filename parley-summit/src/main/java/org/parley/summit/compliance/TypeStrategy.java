package org.parley.summit.compliance;

/**
 * One complier type's equilibrium behaviour: probabilities of complying, cheating at a declared
 * site and cheating at an undeclared site (summing to 1).
 */
public record TypeStrategy(double comply, double cheatDeclared, double cheatUndeclared) {
  public TypeStrategy {
    for (double x : new double[] {comply, cheatDeclared, cheatUndeclared}) {
      if (!(x >= -1e-9 && x <= 1 + 1e-9)) {
        throw new IllegalArgumentException("strategy probability " + x + " is not in [0, 1]");
      }
    }
    if (Math.abs(comply + cheatDeclared + cheatUndeclared - 1) > 1e-6) {
      throw new IllegalArgumentException(
          "strategy probabilities sum to "
              + (comply + cheatDeclared + cheatUndeclared)
              + ", not 1");
    }
  }

  /** Probability of cheating at all. */
  public double cheat() {
    return cheatDeclared + cheatUndeclared;
  }

  /** Probability of choice {@code i} (0 comply, 1 cheat declared, 2 cheat undeclared). */
  public double probability(int i) {
    return switch (i) {
      case 0 -> comply;
      case 1 -> cheatDeclared;
      case 2 -> cheatUndeclared;
      default -> throw new IndexOutOfBoundsException(i);
    };
  }
}
