package org.parley.games;

import java.util.List;
import java.util.Objects;

/**
 * An information set of a personal player: {@code player} (0-based), its position {@code index} in
 * that player's list (order of first appearance in the file), the number {@code number} it has in
 * the {@code .efg} file, its label, action labels and member nodes (pre-order).
 */
public record Infoset(
    int player, int index, int number, String name, List<String> actions, List<Integer> nodes) {
  public Infoset {
    Objects.requireNonNull(name, "name");
    actions = List.copyOf(actions);
    nodes = List.copyOf(nodes);
    if (actions.isEmpty()) {
      throw new IllegalArgumentException(
          "information set " + number + " of player " + (player + 1) + " has no actions");
    }
  }

  public int numActions() {
    return actions.size();
  }
}
