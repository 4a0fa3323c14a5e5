package org.parley.games;

import java.util.ArrayList;
import java.util.List;

/**
 * Expected payoffs and best-response regrets of behaviour profiles (package-private). Best
 * responses are computed backwards over the responder's information sets, deepest own-sequence
 * first, which is valid under perfect recall (each infoset's decision only depends on later ones).
 */
final class BehaviourEvaluation {
  private BehaviourEvaluation() {}

  private interface Arith<T> {
    T zero();

    T one();

    T add(T a, T b);

    T mul(T a, T b);

    int compare(T a, T b);

    T chance(ExtensiveFormGame g, int node);

    T prob(BehaviourProfile b, int player, int infoset, int action);

    T payoff(ExtensiveFormGame g, int node, int player);
  }

  private static final Arith<Double> DOUBLE =
      new Arith<>() {
        public Double zero() {
          return 0.0;
        }

        public Double one() {
          return 1.0;
        }

        public Double add(Double a, Double b) {
          return a + b;
        }

        public Double mul(Double a, Double b) {
          return a * b;
        }

        public int compare(Double a, Double b) {
          return Double.compare(a, b);
        }

        public Double chance(ExtensiveFormGame g, int node) {
          return g.chanceProbability(node).doubleValue();
        }

        public Double prob(BehaviourProfile b, int player, int infoset, int action) {
          return b.probability(player, infoset, action);
        }

        public Double payoff(ExtensiveFormGame g, int node, int player) {
          return g.payoffDouble(node, player);
        }
      };

  private static final Arith<Rational> EXACT =
      new Arith<>() {
        public Rational zero() {
          return Rational.ZERO;
        }

        public Rational one() {
          return Rational.ONE;
        }

        public Rational add(Rational a, Rational b) {
          return a.add(b);
        }

        public Rational mul(Rational a, Rational b) {
          return a.multiply(b);
        }

        public int compare(Rational a, Rational b) {
          return a.compareTo(b);
        }

        public Rational chance(ExtensiveFormGame g, int node) {
          return g.chanceProbability(node);
        }

        public Rational prob(BehaviourProfile b, int player, int infoset, int action) {
          return b.exactProbability(player, infoset, action).orElseThrow();
        }

        public Rational payoff(ExtensiveFormGame g, int node, int player) {
          return g.payoff(node, player);
        }
      };

  static double[] expected(ExtensiveFormGame g, BehaviourProfile b) {
    check(g, b);
    List<Double> u = expectedGeneric(g, b, DOUBLE);
    return u.stream().mapToDouble(Double::doubleValue).toArray();
  }

  static double[] regrets(ExtensiveFormGame g, BehaviourProfile b) {
    check(g, b);
    int n = g.numPlayers();
    List<Double> u = expectedGeneric(g, b, DOUBLE);
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = Math.max(0, bestResponseValue(g, b, i, DOUBLE) - u.get(i));
    }
    return r;
  }

  static Rational[] exactRegrets(ExtensiveFormGame g, BehaviourProfile b) {
    check(g, b);
    if (!b.isExact()) {
      throw new IllegalArgumentException("exact regrets need an exact profile");
    }
    int n = g.numPlayers();
    List<Rational> u = expectedGeneric(g, b, EXACT);
    Rational[] r = new Rational[n];
    for (int i = 0; i < n; i++) {
      r[i] = bestResponseValue(g, b, i, EXACT).subtract(u.get(i));
    }
    return r;
  }

  private static <T> List<T> expectedGeneric(ExtensiveFormGame g, BehaviourProfile b, Arith<T> ar) {
    int size = g.nodes().size();
    List<T> reach = new ArrayList<>(size);
    int n = g.numPlayers();
    List<T> u = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      u.add(ar.zero());
    }
    for (int k = 0; k < size; k++) {
      Node x = g.node(k);
      T r = k == 0 ? ar.one() : ar.mul(reach.get(x.parent()), edge(g, b, k, ar));
      reach.add(r);
      if (x instanceof Node.Terminal) {
        for (int i = 0; i < n; i++) {
          u.set(i, ar.add(u.get(i), ar.mul(r, ar.payoff(g, k, i))));
        }
      }
    }
    return u;
  }

  private static <T> T edge(ExtensiveFormGame g, BehaviourProfile b, int child, Arith<T> ar) {
    Node par = g.node(g.node(child).parent());
    if (par instanceof Node.Personal p) {
      return ar.prob(b, p.player(), p.infoset(), g.actionIndex(child));
    }
    return ar.chance(g, child);
  }

  /** Value of player {@code i}'s best response to the others' behaviour. */
  private static <T> T bestResponseValue(
      ExtensiveFormGame g, BehaviourProfile b, int i, Arith<T> ar) {
    if (!g.hasPerfectRecall()) {
      throw new IllegalArgumentException(
          "best responses need perfect recall: " + g.perfectRecallViolation().orElse(""));
    }
    int size = g.nodes().size();
    // reach probability by chance and the other players
    List<T> reach = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      Node x = g.node(k);
      if (k == 0) {
        reach.add(ar.one());
        continue;
      }
      Node par = g.node(x.parent());
      T e = (par instanceof Node.Personal p && p.player() == i) ? ar.one() : edge(g, b, k, ar);
      reach.add(ar.mul(reach.get(x.parent()), e));
    }
    // decide infosets bottom-up: value(node) = reach-weighted payoff of the subtree under choices
    List<Infoset> mine = g.infosets(i);
    int[] choice = new int[mine.size()];
    Integer[] order = new Integer[mine.size()];
    for (int h = 0; h < order.length; h++) {
      order[h] = h;
    }
    // deeper infosets (larger min depth) first; under perfect recall a later own infoset lies
    // deeper
    java.util.Arrays.sort(
        order, (p, q) -> Integer.compare(minDepth(g, mine.get(q)), minDepth(g, mine.get(p))));
    List<T> value = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      value.add(null);
    }
    boolean[] decided = new boolean[mine.size()];
    for (int h : order) {
      Infoset s = mine.get(h);
      T best = null;
      int bestA = 0;
      for (int a = 0; a < s.numActions(); a++) {
        T tot = ar.zero();
        for (int x : s.nodes()) {
          tot = ar.add(tot, subtree(g, g.node(x).children().get(a), i, choice, decided, reach, ar));
        }
        if (best == null || ar.compare(tot, best) > 0) {
          best = tot;
          bestA = a;
        }
      }
      choice[h] = bestA;
      decided[h] = true;
    }
    return subtree(g, 0, i, choice, decided, reach, ar);
  }

  private static int minDepth(ExtensiveFormGame g, Infoset s) {
    int m = Integer.MAX_VALUE;
    for (int x : s.nodes()) {
      m = Math.min(m, g.depth(x));
    }
    return m;
  }

  /**
   * Sum over terminals below {@code node} of reach(terminal) * payoff_i, following decided choices.
   */
  private static <T> T subtree(
      ExtensiveFormGame g,
      int node,
      int i,
      int[] choice,
      boolean[] decided,
      List<T> reach,
      Arith<T> ar) {
    Node x = g.node(node);
    if (x instanceof Node.Terminal) {
      return ar.mul(reach.get(node), ar.payoff(g, node, i));
    }
    if (x instanceof Node.Personal p && p.player() == i) {
      if (!decided[p.infoset()]) {
        throw new IllegalStateException("infoset order violated (imperfect recall?)");
      }
      return subtree(g, x.children().get(choice[p.infoset()]), i, choice, decided, reach, ar);
    }
    T tot = ar.zero();
    for (int c : x.children()) {
      tot = ar.add(tot, subtree(g, c, i, choice, decided, reach, ar));
    }
    return tot;
  }

  private static void check(ExtensiveFormGame g, BehaviourProfile b) {
    if (b.numPlayers() != g.numPlayers()) {
      throw new IllegalArgumentException(
          "profile has " + b.numPlayers() + " players; game has " + g.numPlayers());
    }
    for (int i = 0; i < g.numPlayers(); i++) {
      if (b.numInfosets(i) != g.infosets(i).size()) {
        throw new IllegalArgumentException(
            "profile gives player "
                + (i + 1)
                + " "
                + b.numInfosets(i)
                + " infosets; game has "
                + g.infosets(i).size());
      }
      for (int h = 0; h < b.numInfosets(i); h++) {
        if (b.numActions(i, h) != g.infosets(i).get(h).numActions()) {
          throw new IllegalArgumentException(
              "profile: player " + (i + 1) + ", infoset " + (h + 1) + " action count mismatch");
        }
      }
    }
  }
}
