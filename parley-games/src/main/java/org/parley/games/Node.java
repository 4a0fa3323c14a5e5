package org.parley.games;

import java.util.List;

/**
 * A node of an {@link ExtensiveFormGame}. Nodes are numbered {@code 0..n-1} in depth-first
 * pre-order (the order of the {@code .efg} file); node 0 is the root. {@link #outcome()} is an
 * index into {@link ExtensiveFormGame#outcomes()} or {@code -1} when the node has no outcome; an
 * outcome may sit on any node and payoffs accrue along the path.
 */
public sealed interface Node permits Node.Chance, Node.Personal, Node.Terminal {
  int id();

  String name();

  /** Parent node id, or {@code -1} at the root. */
  int parent();

  /** Index into the game's outcome list, or {@code -1}. */
  int outcome();

  /** Child node ids, one per action, in action order (empty at terminals). */
  List<Integer> children();

  /** A chance move; {@code infoset} indexes {@link ExtensiveFormGame#chanceInfosets()}. */
  record Chance(int id, String name, int parent, int infoset, List<Integer> children, int outcome)
      implements Node {
    public Chance {
      children = List.copyOf(children);
    }
  }

  /**
   * A move of {@code player} (0-based); {@code infoset} indexes that player's list {@link
   * ExtensiveFormGame#infosets(int)}.
   */
  record Personal(
      int id, String name, int parent, int player, int infoset, List<Integer> children, int outcome)
      implements Node {
    public Personal {
      children = List.copyOf(children);
    }
  }

  /** A terminal node. */
  record Terminal(int id, String name, int parent, int outcome) implements Node {
    @Override
    public List<Integer> children() {
      return List.of();
    }
  }
}
