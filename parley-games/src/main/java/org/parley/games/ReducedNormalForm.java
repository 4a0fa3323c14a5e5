package org.parley.games;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The reduced normal (strategic) form of an extensive game with perfect recall: a pure strategy
 * assigns an action to every information set that the player's own earlier choices do not rule out;
 * infosets ruled out are marked {@code *} (Gambit's labels, e.g. {@code "1*2"}). Strategies are
 * listed lexicographically with the player's last information set varying fastest. Payoffs are
 * expected values over chance.
 *
 * <p>Reference: Kuhn (1953); Gambit's {@code -S} option prints equilibria of this game.
 */
public final class ReducedNormalForm {
  private final ExtensiveFormGame tree;
  private final NormalFormGame game;
  private final List<List<int[]>> strategies; // [player][strategy] -> action per infoset or -1

  private ReducedNormalForm(
      ExtensiveFormGame tree, NormalFormGame game, List<List<int[]>> strategies) {
    this.tree = tree;
    this.game = game;
    this.strategies = strategies;
  }

  /**
   * Builds the reduced normal form.
   *
   * @param maxPayoffs refuse ({@link GameTooLargeException}) when profiles × players would exceed
   *     this
   * @throws IllegalArgumentException when the tree does not have perfect recall
   */
  public static ReducedNormalForm of(ExtensiveFormGame tree, long maxPayoffs) {
    Objects.requireNonNull(tree, "tree");
    if (!tree.hasPerfectRecall()) {
      throw new IllegalArgumentException(
          "the reduced normal form needs perfect recall: "
              + tree.perfectRecallViolation().orElse(""));
    }
    int n = tree.numPlayers();
    List<List<int[]>> strats = new ArrayList<>();
    long profiles = 1;
    for (int i = 0; i < n; i++) {
      List<int[]> l = new ArrayList<>();
      enumerate(tree, i, 0, new int[tree.infosets(i).size()], l, maxPayoffs);
      strats.add(List.copyOf(l));
      profiles *= l.size();
      if (profiles * n > maxPayoffs) {
        throw new GameTooLargeException(
            "reduced normal form too large: more than " + maxPayoffs + " payoffs");
      }
    }
    List<List<String>> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> ls = new ArrayList<>();
      for (int[] s : strats.get(i)) {
        StringBuilder sb = new StringBuilder();
        for (int a : s) {
          sb.append(a < 0 ? "*" : Integer.toString(a + 1));
        }
        ls.add(sb.toString());
      }
      labels.add(ls);
    }
    int count = (int) profiles;
    Rational[][] pay = new Rational[count][];
    int[] prof = new int[n];
    int[][] choice = new int[n][];
    for (int p = 0; p < count; p++) {
      for (int i = 0; i < n; i++) {
        choice[i] = strats.get(i).get(prof[i]);
      }
      Rational[] u = new Rational[n];
      Arrays.fill(u, Rational.ZERO);
      accumulate(tree, 0, Rational.ONE, choice, u);
      pay[p] = u;
      for (int i = 0; i < n; i++) {
        if (++prof[i] < strats.get(i).size()) {
          break;
        }
        prof[i] = 0;
      }
    }
    // Gambit's strategic form keeps the tree's payoff range, by which its solvers scale payoffs
    NormalFormGame g =
        NormalFormGame.of(tree.title(), tree.comment(), tree.players(), labels, pay, null)
            .withPayoffRange(tree.minPayoff(), tree.maxPayoff());
    return new ReducedNormalForm(tree, g, List.copyOf(strats));
  }

  /** Builds the reduced normal form with a limit of 10 million payoffs. */
  public static ReducedNormalForm of(ExtensiveFormGame tree) {
    return of(tree, 10_000_000L);
  }

  /**
   * Player {@code i}'s reduced pure strategies in this class's order, each an action per infoset or
   * -1 for infosets the player's own choices rule out.
   *
   * @throws GameTooLargeException when there are more than {@code max}
   * @throws IllegalArgumentException when the tree does not have perfect recall
   */
  public static List<int[]> reducedStrategies(ExtensiveFormGame tree, int player, long max) {
    if (!tree.hasPerfectRecall()) {
      throw new IllegalArgumentException(
          "reduced strategies need perfect recall: " + tree.perfectRecallViolation().orElse(""));
    }
    List<int[]> l = new ArrayList<>();
    enumerate(tree, player, 0, new int[tree.infosets(player).size()], l, max);
    return l;
  }

  /**
   * Whether player i's infoset h is reachable given the player's own pure choices {@code choice}.
   */
  public static boolean reachableByOwnChoices(
      ExtensiveFormGame tree, int player, int infoset, int[] choice) {
    return relevant(tree, player, infoset, choice);
  }

  private static void enumerate(
      ExtensiveFormGame t, int i, int h, int[] cur, List<int[]> out, long max) {
    List<Infoset> l = t.infosets(i);
    if (h == l.size()) {
      out.add(cur.clone());
      if (out.size() > max) {
        throw new GameTooLargeException(
            "reduced normal form too large: player "
                + (i + 1)
                + " has more than "
                + max
                + " strategies");
      }
      return;
    }
    if (!relevant(t, i, h, cur)) {
      cur[h] = -1;
      enumerate(t, i, h + 1, cur, out, max);
      return;
    }
    for (int a = 0; a < l.get(h).numActions(); a++) {
      cur[h] = a;
      enumerate(t, i, h + 1, cur, out, max);
    }
  }

  /** Whether infoset {@code h} is reachable given the player's choices at earlier infosets. */
  private static boolean relevant(ExtensiveFormGame t, int i, int h, int[] cur) {
    int seq = t.infosetSequence(i, h);
    while (seq != 0) {
      // find the infoset/action of this sequence
      int hh = infosetOfSequence(t, i, seq);
      int a = seq - t.actionSequence(i, hh, 0);
      if (cur[hh] != a) {
        return false;
      }
      seq = t.infosetSequence(i, hh);
    }
    return true;
  }

  static int infosetOfSequence(ExtensiveFormGame t, int i, int seq) {
    List<Infoset> l = t.infosets(i);
    int lo = 0;
    int hi = l.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (t.actionSequence(i, mid, 0) <= seq) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private static void accumulate(
      ExtensiveFormGame t, int node, Rational reach, int[][] choice, Rational[] u) {
    Node x = t.node(node);
    if (x instanceof Node.Terminal) {
      for (int i = 0; i < u.length; i++) {
        u[i] = u[i].add(reach.multiply(t.payoff(node, i)));
      }
    } else if (x instanceof Node.Personal p) {
      int a = choice[p.player()][p.infoset()];
      accumulate(t, x.children().get(a), reach, choice, u);
    } else {
      List<Rational> probs = t.chanceInfosets().get(((Node.Chance) x).infoset()).probabilities();
      for (int a = 0; a < x.children().size(); a++) {
        if (!probs.get(a).isZero()) {
          accumulate(t, x.children().get(a), reach.multiply(probs.get(a)), choice, u);
        }
      }
    }
  }

  /** The extensive game this was built from. */
  public ExtensiveFormGame tree() {
    return tree;
  }

  /** The reduced normal-form game. */
  public NormalFormGame game() {
    return game;
  }

  /**
   * Player {@code i}'s reduced strategy {@code s}: action per infoset, {@code -1} for {@code *}.
   */
  public int[] strategy(int player, int s) {
    return strategies.get(player).get(s).clone();
  }

  /**
   * The realisation-equivalent behaviour profile of a mixed profile of the reduced game (Kuhn's
   * theorem): {@code β(h, a) = r(σ_h a) / r(σ_h)}; infosets the player's own mixture never reaches
   * get the uniform distribution.
   */
  public BehaviourProfile toBehaviour(MixedProfile mixed) {
    int n = tree.numPlayers();
    if (mixed.isExact()) {
      Rational[][][] b = new Rational[n][][];
      for (int i = 0; i < n; i++) {
        Rational[] real = new Rational[tree.numSequences(i)];
        Arrays.fill(real, Rational.ZERO);
        Rational[] m = mixed.exactStrategy(i).orElseThrow();
        for (int s = 0; s < m.length; s++) {
          if (m[s].isZero()) {
            continue;
          }
          int[] st = strategies.get(i).get(s);
          real[0] = real[0].add(m[s]);
          for (int h = 0; h < st.length; h++) {
            if (st[h] >= 0) {
              int q = tree.actionSequence(i, h, st[h]);
              real[q] = real[q].add(m[s]);
            }
          }
        }
        List<Infoset> l = tree.infosets(i);
        b[i] = new Rational[l.size()][];
        for (int h = 0; h < l.size(); h++) {
          int k = l.get(h).numActions();
          b[i][h] = new Rational[k];
          Rational parent = real[tree.infosetSequence(i, h)];
          for (int a = 0; a < k; a++) {
            b[i][h][a] =
                parent.isZero()
                    ? Rational.of(1, k)
                    : real[tree.actionSequence(i, h, a)].divide(parent);
          }
        }
      }
      return BehaviourProfile.ofRationals(b);
    }
    double[][][] b = new double[n][][];
    for (int i = 0; i < n; i++) {
      double[] real = new double[tree.numSequences(i)];
      for (int s = 0; s < mixed.numStrategies(i); s++) {
        double w = mixed.probability(i, s);
        if (w == 0) {
          continue;
        }
        int[] st = strategies.get(i).get(s);
        real[0] += w;
        for (int h = 0; h < st.length; h++) {
          if (st[h] >= 0) {
            real[tree.actionSequence(i, h, st[h])] += w;
          }
        }
      }
      List<Infoset> l = tree.infosets(i);
      b[i] = new double[l.size()][];
      for (int h = 0; h < l.size(); h++) {
        int k = l.get(h).numActions();
        b[i][h] = new double[k];
        double parent = real[tree.infosetSequence(i, h)];
        double sum = 0;
        for (int a = 0; a < k; a++) {
          b[i][h][a] = parent <= 1e-15 ? 1.0 / k : real[tree.actionSequence(i, h, a)] / parent;
          sum += b[i][h][a];
        }
        for (int a = 0; a < k; a++) {
          b[i][h][a] /= sum;
        }
      }
    }
    return BehaviourProfile.ofDoubles(b);
  }
}
