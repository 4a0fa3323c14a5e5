package org.parley.games;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A finite extensive-form game (game tree) with chance moves, information sets and outcomes that
 * may sit on any node (payoffs accrue along the path), as in Gambit's {@code .efg} format.
 *
 * <p>Nodes are numbered in depth-first pre-order; players are 0-based; each player's information
 * sets are listed in order of first appearance in pre-order (the order Gambit prints them in {@code
 * NE,} lines). Immutable.
 *
 * <p><b>Sequences</b> (Koller, Megiddo and von Stengel 1996; von Stengel 1996): player {@code i}
 * has {@link #numSequences(int)} sequences; sequence 0 is the empty sequence and sequence {@code
 * actionSequence(i, h, a)} = 1 + (actions of earlier infosets) + a ends with action {@code a} at
 * infoset {@code h}. {@link #nodeSequence(int, int)} is player {@code i}'s last sequence on the
 * path to a node; {@link #infosetSequence(int, int)} the sequence leading to an infoset (unique
 * under perfect recall).
 */
public final class ExtensiveFormGame {
  private final String title;
  private final String comment;
  private final List<String> players;
  private final List<Node> nodes;
  private final List<List<Infoset>> infosets;
  private final List<ChanceInfoset> chanceInfosets;
  private final List<Outcome> outcomes;

  // derived
  private final Rational[][] cumulative; // [node][player]
  private final double[][] cumulativeDouble;
  private final Rational[] chanceReach; // [node]
  private final int[][] actionOffset; // [player][infoset] -> first sequence of that infoset
  private final int[] numSequences;
  private final int[][] nodeSequence; // [player][node]
  private final int[][] infosetSequence; // [player][infoset], -1 if ambiguous (no perfect recall)
  private final int[] actionIndex; // [node] -> action index leading to node from parent, -1 at root
  private final int[] depth;
  private final String perfectRecallViolation; // null when the game has perfect recall

  private ExtensiveFormGame(
      String title,
      String comment,
      List<String> players,
      List<Node> nodes,
      List<List<Infoset>> infosets,
      List<ChanceInfoset> chanceInfosets,
      List<Outcome> outcomes) {
    this.title = Objects.requireNonNull(title, "title");
    this.comment = Objects.requireNonNull(comment, "comment");
    this.players = List.copyOf(players);
    this.nodes = List.copyOf(nodes);
    List<List<Infoset>> inf = new ArrayList<>();
    for (List<Infoset> l : infosets) {
      inf.add(List.copyOf(l));
    }
    this.infosets = List.copyOf(inf);
    this.chanceInfosets = List.copyOf(chanceInfosets);
    this.outcomes = List.copyOf(outcomes);
    int n = this.players.size();
    int size = this.nodes.size();
    if (n < 1) {
      throw new IllegalArgumentException("a game needs at least one player");
    }
    if (this.infosets.size() != n) {
      throw new IllegalArgumentException(
          "infoset lists for " + this.infosets.size() + " players; game has " + n);
    }
    if (size == 0) {
      throw new IllegalArgumentException("a game tree needs a root");
    }
    for (Outcome o : this.outcomes) {
      if (o.payoffs().size() != n) {
        throw new IllegalArgumentException(
            "outcome " + o.number() + " has " + o.payoffs().size() + " payoffs; expected " + n);
      }
    }
    // validate structure
    actionIndex = new int[size];
    depth = new int[size];
    Arrays.fill(actionIndex, -1);
    for (int k = 0; k < size; k++) {
      Node x = this.nodes.get(k);
      if (x.id() != k) {
        throw new IllegalArgumentException("node at position " + k + " has id " + x.id());
      }
      if (x.outcome() < -1 || x.outcome() >= this.outcomes.size()) {
        throw new IllegalArgumentException("node " + k + " refers to outcome index " + x.outcome());
      }
      if (k == 0 ? x.parent() != -1 : (x.parent() < 0 || x.parent() >= k)) {
        throw new IllegalArgumentException(
            "node " + k + " has parent " + x.parent() + " (nodes must be in pre-order)");
      }
      int expectedChildren;
      if (x instanceof Node.Personal p) {
        if (p.player() < 0
            || p.player() >= n
            || p.infoset() < 0
            || p.infoset() >= this.infosets.get(p.player()).size()) {
          throw new IllegalArgumentException(
              "node " + k + " refers to a missing player or infoset");
        }
        expectedChildren = this.infosets.get(p.player()).get(p.infoset()).numActions();
      } else if (x instanceof Node.Chance c) {
        if (c.infoset() < 0 || c.infoset() >= this.chanceInfosets.size()) {
          throw new IllegalArgumentException("node " + k + " refers to a missing chance infoset");
        }
        expectedChildren = this.chanceInfosets.get(c.infoset()).numActions();
      } else {
        expectedChildren = 0;
      }
      if (x.children().size() != expectedChildren) {
        throw new IllegalArgumentException(
            "node "
                + k
                + " has "
                + x.children().size()
                + " children; its information set has "
                + expectedChildren
                + " actions");
      }
      for (int a = 0; a < x.children().size(); a++) {
        int c = x.children().get(a);
        if (c <= k || c >= size || this.nodes.get(c).parent() != k) {
          throw new IllegalArgumentException("node " + k + " has an inconsistent child " + c);
        }
        actionIndex[c] = a;
        depth[c] = depth[k] + 1;
      }
    }
    for (int k = 1; k < size; k++) {
      if (actionIndex[k] < 0) {
        throw new IllegalArgumentException("node " + k + " is not a child of its parent");
      }
    }
    for (int i = 0; i < n; i++) {
      for (int h = 0; h < this.infosets.get(i).size(); h++) {
        Infoset s = this.infosets.get(i).get(h);
        if (s.player() != i || s.index() != h) {
          throw new IllegalArgumentException(
              "infoset " + s.number() + " of player " + (i + 1) + " is misplaced");
        }
      }
    }
    // cumulative payoffs and chance reach
    cumulative = new Rational[size][n];
    cumulativeDouble = new double[size][n];
    chanceReach = new Rational[size];
    for (int k = 0; k < size; k++) {
      Node x = this.nodes.get(k);
      for (int i = 0; i < n; i++) {
        Rational base = k == 0 ? Rational.ZERO : cumulative[x.parent()][i];
        if (x.outcome() >= 0) {
          base = base.add(this.outcomes.get(x.outcome()).payoffs().get(i));
        }
        cumulative[k][i] = base;
        cumulativeDouble[k][i] = base.doubleValue();
      }
      if (k == 0) {
        chanceReach[k] = Rational.ONE;
      } else {
        Node par = this.nodes.get(x.parent());
        Rational r = chanceReach[x.parent()];
        if (par instanceof Node.Chance c) {
          r = r.multiply(this.chanceInfosets.get(c.infoset()).probabilities().get(actionIndex[k]));
        }
        chanceReach[k] = r;
      }
    }
    // sequences
    actionOffset = new int[n][];
    numSequences = new int[n];
    for (int i = 0; i < n; i++) {
      List<Infoset> l = this.infosets.get(i);
      actionOffset[i] = new int[l.size()];
      int next = 1;
      for (int h = 0; h < l.size(); h++) {
        actionOffset[i][h] = next;
        next += l.get(h).numActions();
      }
      numSequences[i] = next;
    }
    nodeSequence = new int[n][size];
    for (int k = 1; k < size; k++) {
      Node par = this.nodes.get(this.nodes.get(k).parent());
      for (int i = 0; i < n; i++) {
        nodeSequence[i][k] = nodeSequence[i][par.id()];
      }
      if (par instanceof Node.Personal p) {
        nodeSequence[p.player()][k] = actionOffset[p.player()][p.infoset()] + actionIndex[k];
      }
    }
    infosetSequence = new int[n][];
    String violation = null;
    for (int i = 0; i < n; i++) {
      List<Infoset> l = this.infosets.get(i);
      infosetSequence[i] = new int[l.size()];
      for (int h = 0; h < l.size(); h++) {
        Infoset s = l.get(h);
        int seq = -2;
        for (int x : s.nodes()) {
          Node nx = this.nodes.get(x);
          if (!(nx instanceof Node.Personal p) || p.player() != i || p.infoset() != h) {
            throw new IllegalArgumentException(
                "infoset "
                    + s.number()
                    + " of player "
                    + (i + 1)
                    + " lists node "
                    + x
                    + " that is not in it");
          }
          int q = nodeSequence[i][x];
          if (seq == -2) {
            seq = q;
          } else if (seq != q) {
            seq = -1;
          }
        }
        infosetSequence[i][h] = Math.max(seq, -1);
        if (seq == -1 && violation == null) {
          violation =
              "player "
                  + (i + 1)
                  + "'s information set "
                  + s.number()
                  + " contains nodes reached by different own earlier moves (imperfect recall)";
        }
      }
    }
    this.perfectRecallViolation = violation;
  }

  /**
   * A game from its parts. Nodes must be in pre-order with ids {@code 0..n-1}; infosets and chance
   * infosets must list their member nodes; outcome indices refer to {@code outcomes}.
   *
   * @throws IllegalArgumentException naming the first inconsistency
   */
  public static ExtensiveFormGame of(
      String title,
      String comment,
      List<String> players,
      List<Node> nodes,
      List<List<Infoset>> infosets,
      List<ChanceInfoset> chanceInfosets,
      List<Outcome> outcomes) {
    return new ExtensiveFormGame(
        title, comment, players, nodes, infosets, chanceInfosets, outcomes);
  }

  public String title() {
    return title;
  }

  public String comment() {
    return comment;
  }

  public List<String> players() {
    return players;
  }

  public int numPlayers() {
    return players.size();
  }

  /** All nodes in pre-order; node 0 is the root. */
  public List<Node> nodes() {
    return nodes;
  }

  public Node node(int id) {
    return nodes.get(id);
  }

  public Node root() {
    return nodes.get(0);
  }

  /** Player {@code i}'s information sets in order of first appearance. */
  public List<Infoset> infosets(int player) {
    return infosets.get(player);
  }

  /** The information set a personal node belongs to. */
  public Infoset infoset(Node.Personal node) {
    return infosets.get(node.player()).get(node.infoset());
  }

  public List<ChanceInfoset> chanceInfosets() {
    return chanceInfosets;
  }

  /** The least payoff of any player over the tree's outcomes (Gambit's {@code GetMinPayoff}). */
  public Rational minPayoff() {
    Rational lo = null;
    for (Outcome o : outcomes()) {
      for (Rational x : o.payoffs()) {
        lo = lo == null ? x : lo.min(x);
      }
    }
    return lo == null ? Rational.ZERO : lo;
  }

  /** The greatest payoff of any player over the tree's outcomes (Gambit's {@code GetMaxPayoff}). */
  public Rational maxPayoff() {
    Rational hi = null;
    for (Outcome o : outcomes()) {
      for (Rational x : o.payoffs()) {
        hi = hi == null ? x : hi.max(x);
      }
    }
    return hi == null ? Rational.ZERO : hi;
  }

  public List<Outcome> outcomes() {
    return outcomes;
  }

  /** Index of the action leading from a node's parent to it ({@code -1} at the root). */
  public int actionIndex(int node) {
    return actionIndex[node];
  }

  /** Number of moves from the root. */
  public int depth(int node) {
    return depth[node];
  }

  /** Sum of the outcomes on the path from the root to {@code node}, inclusive (exact). */
  public Rational payoff(int node, int player) {
    return cumulative[node][player];
  }

  /** Sum of the outcomes on the path from the root to {@code node}, inclusive. */
  public double payoffDouble(int node, int player) {
    return cumulativeDouble[node][player];
  }

  /** Product of the chance probabilities on the path to {@code node}. */
  public Rational chanceReach(int node) {
    return chanceReach[node];
  }

  /** Probability of the chance move leading to {@code node} (1 when its parent is not chance). */
  public Rational chanceProbability(int node) {
    if (node == 0) {
      return Rational.ONE;
    }
    Node par = nodes.get(nodes.get(node).parent());
    if (par instanceof Node.Chance c) {
      return chanceInfosets.get(c.infoset()).probabilities().get(actionIndex[node]);
    }
    return Rational.ONE;
  }

  /** Number of sequences of player {@code i}, including the empty sequence 0. */
  public int numSequences(int player) {
    return numSequences[player];
  }

  /** The sequence that ends with action {@code a} at player {@code i}'s infoset {@code h}. */
  public int actionSequence(int player, int infoset, int action) {
    return actionOffset[player][infoset] + action;
  }

  /** Player {@code i}'s last sequence on the path from the root to {@code node}. */
  public int nodeSequence(int player, int node) {
    return nodeSequence[player][node];
  }

  /**
   * The sequence of player {@code i} leading to infoset {@code h} ({@code -1} without perfect
   * recall).
   */
  public int infosetSequence(int player, int infoset) {
    return infosetSequence[player][infoset];
  }

  /** Whether every player remembers their own earlier moves (Kuhn 1953). */
  public boolean hasPerfectRecall() {
    return perfectRecallViolation == null;
  }

  /** A description of the first perfect-recall violation, if any. */
  public Optional<String> perfectRecallViolation() {
    return Optional.ofNullable(perfectRecallViolation);
  }

  /** Whether the payoffs of every terminal node sum to the same constant. */
  public boolean isConstantSum() {
    Rational c = null;
    for (Node x : nodes) {
      if (x instanceof Node.Terminal) {
        Rational s = Rational.ZERO;
        for (int i = 0; i < players.size(); i++) {
          s = s.add(cumulative[x.id()][i]);
        }
        if (c == null) {
          c = s;
        } else if (!c.equals(s)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Number of personal information sets summed over players. */
  public int totalInfosets() {
    int t = 0;
    for (List<Infoset> l : infosets) {
      t += l.size();
    }
    return t;
  }

  /** Expected payoff of each player under a behaviour profile (double arithmetic). */
  public double[] expectedPayoffs(BehaviourProfile b) {
    return BehaviourEvaluation.expected(this, b);
  }

  /**
   * Regret of each player (best-response value minus current value) under a behaviour profile, in
   * doubles. Requires perfect recall.
   */
  public double[] regrets(BehaviourProfile b) {
    return BehaviourEvaluation.regrets(this, b);
  }

  /** Exact regrets; requires an exact profile and perfect recall. */
  public Rational[] exactRegrets(BehaviourProfile b) {
    return BehaviourEvaluation.exactRegrets(this, b);
  }

  /** Same players, tree, labels, probabilities and payoffs (titles and comments ignored). */
  public boolean sameGameAs(ExtensiveFormGame o) {
    return players.equals(o.players)
        && nodes.equals(o.nodes)
        && infosets.equals(o.infosets)
        && chanceInfosets.equals(o.chanceInfosets)
        && outcomes.equals(o.outcomes);
  }

  @Override
  public String toString() {
    return "ExtensiveFormGame[\""
        + title
        + "\" "
        + players.size()
        + " players, "
        + nodes.size()
        + " nodes]";
  }
}
