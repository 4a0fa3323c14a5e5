package org.parley.games;

import java.util.List;
import java.util.Objects;

/**
 * A named outcome of an extensive game: the number it has in the file and one payoff per player.
 */
public record Outcome(int number, String name, List<Rational> payoffs) {
  public Outcome {
    Objects.requireNonNull(name, "name");
    payoffs = List.copyOf(payoffs);
    if (number < 1) {
      throw new IllegalArgumentException("outcome number " + number + " must be >= 1");
    }
  }
}
