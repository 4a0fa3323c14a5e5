package org.parley.games;

import java.util.List;
import java.util.Objects;

/** An information set of the chance player: actions with exact probabilities that must sum to 1. */
public record ChanceInfoset(
    int index,
    int number,
    String name,
    List<String> actions,
    List<Rational> probabilities,
    List<Integer> nodes) {
  public ChanceInfoset {
    Objects.requireNonNull(name, "name");
    actions = List.copyOf(actions);
    probabilities = List.copyOf(probabilities);
    nodes = List.copyOf(nodes);
    if (actions.size() != probabilities.size()) {
      throw new IllegalArgumentException(
          "chance infoset "
              + number
              + ": "
              + actions.size()
              + " actions but "
              + probabilities.size()
              + " probabilities");
    }
    Rational sum = Rational.ZERO;
    for (Rational p : probabilities) {
      if (p.signum() < 0) {
        throw new IllegalArgumentException(
            "chance infoset " + number + ": probability " + p + " is negative");
      }
      sum = sum.add(p);
    }
    if (!sum.equals(Rational.ONE)) {
      throw new IllegalArgumentException(
          "chance infoset " + number + ": probabilities sum to " + sum + ", not exactly 1");
    }
  }

  public int numActions() {
    return actions.size();
  }
}
