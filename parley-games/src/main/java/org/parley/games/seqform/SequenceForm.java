package org.parley.games.seqform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.Node;

/**
 * The sequence form of a two-player extensive game with perfect recall (Koller, Megiddo and von
 * Stengel, "Efficient computation of equilibria for extensive two-person games", Games and Economic
 * Behavior 14 (1996) 247–259; von Stengel, "Efficient computation of behavior strategies", GEB 14
 * (1996) 220–246).
 *
 * <p>A <i>sequence</i> of a player is the empty sequence (index 0) or an action at one of her
 * information sets (the sequence "reach that set, then take that action"). The sequences of
 * information set {@code h} are contiguous, starting at {@link #firstSequence}. A realisation plan
 * {@code x} gives each sequence the product of the player's own behaviour probabilities along it;
 * realisation plans are exactly the non-negative solutions of {@code E x = e}: {@code x_∅ = 1} and
 * {@code x_{parent(h)} = Σ_a x_{h,a}} for every information set {@code h}. The payoff matrices
 * {@code A}, {@code B} hold, for each pair of sequences, the sum over leaves reached by that pair
 * of chance probability × payoff; so the expected payoffs of plans {@code x, y} are {@code xᵀAy}
 * and {@code xᵀBy}. Sizes are linear in the tree, unlike the reduced normal form.
 *
 * <p>Immutable. Players are 0-based; information sets are numbered per player in the order the game
 * lists them.
 */
public final class SequenceForm {
  private final int[][] infosetParent; // [player][h] -> parent sequence
  private final int[][] infosetFirst; // [player][h] -> first sequence
  private final int[][] infosetActions; // [player][h] -> number of actions
  private final int[][] seqInfoset; // [player][s] -> infoset (-1 for empty)
  private final int[] numSeq;
  // payoff entries, sparse, merged per (s1, s2)
  private final int[] entryRow;
  private final int[] entryCol;
  private final double[] entryA;
  private final double[] entryB;
  private final double[] entryProb; // chance probability mass of leaves with this pair
  private final double maxLeafPayoff;
  private final double minLeafPayoff;

  /**
   * Builds the sequence form from the information-set structure and the leaves.
   *
   * @param infosetParent for each player and information set, the parent sequence (the player's own
   *     last sequence on the way to the set; 0 = empty)
   * @param infosetActions for each player and information set, its number of actions
   * @param leaves each leaf's sequence pair, chance probability and payoffs (already summed along
   *     the path)
   */
  public SequenceForm(int[][] infosetParent, int[][] infosetActions, List<Leaf> leaves) {
    Objects.requireNonNull(leaves, "leaves");
    if (infosetParent.length != 2 || infosetActions.length != 2) {
      throw new IllegalArgumentException("the sequence form needs exactly two players");
    }
    this.infosetParent = new int[2][];
    this.infosetActions = new int[2][];
    this.infosetFirst = new int[2][];
    this.seqInfoset = new int[2][];
    this.numSeq = new int[2];
    for (int p = 0; p < 2; p++) {
      int ni = infosetParent[p].length;
      if (infosetActions[p].length != ni) {
        throw new IllegalArgumentException(
            "player "
                + (p + 1)
                + ": "
                + ni
                + " parents but "
                + infosetActions[p].length
                + " action counts");
      }
      this.infosetParent[p] = infosetParent[p].clone();
      this.infosetActions[p] = infosetActions[p].clone();
      this.infosetFirst[p] = new int[ni];
      int s = 1;
      for (int h = 0; h < ni; h++) {
        if (infosetActions[p][h] < 1) {
          throw new IllegalArgumentException(
              "player " + (p + 1) + " information set " + (h + 1) + " has no actions");
        }
        infosetFirst[p][h] = s;
        s += infosetActions[p][h];
      }
      numSeq[p] = s;
      seqInfoset[p] = new int[s];
      seqInfoset[p][0] = -1;
      for (int h = 0; h < ni; h++) {
        for (int a = 0; a < infosetActions[p][h]; a++) {
          seqInfoset[p][infosetFirst[p][h] + a] = h;
        }
      }
      for (int h = 0; h < ni; h++) {
        int par = infosetParent[p][h];
        if (par < 0 || par >= s) {
          throw new IllegalArgumentException(
              "player "
                  + (p + 1)
                  + " information set "
                  + (h + 1)
                  + " has parent sequence "
                  + par
                  + "; there are "
                  + s);
        }
      }
    }
    // merge leaves by (s1, s2)
    List<Leaf> sorted = new ArrayList<>(leaves);
    sorted.sort(
        (u, v) ->
            u.seq1() != v.seq1()
                ? Integer.compare(u.seq1(), v.seq1())
                : Integer.compare(u.seq2(), v.seq2()));
    int k = 0;
    int[] r = new int[sorted.size()];
    int[] c = new int[sorted.size()];
    double[] ea = new double[sorted.size()];
    double[] eb = new double[sorted.size()];
    double[] ep = new double[sorted.size()];
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    for (Leaf l : sorted) {
      if (l.seq1() < 0 || l.seq1() >= numSeq[0] || l.seq2() < 0 || l.seq2() >= numSeq[1]) {
        throw new IllegalArgumentException(
            "leaf sequence pair (" + l.seq1() + ", " + l.seq2() + ") out of range");
      }
      max = Math.max(max, Math.max(l.payoff1(), l.payoff2()));
      min = Math.min(min, Math.min(l.payoff1(), l.payoff2()));
      if (k > 0 && r[k - 1] == l.seq1() && c[k - 1] == l.seq2()) {
        ea[k - 1] += l.probability() * l.payoff1();
        eb[k - 1] += l.probability() * l.payoff2();
        ep[k - 1] += l.probability();
      } else {
        r[k] = l.seq1();
        c[k] = l.seq2();
        ea[k] = l.probability() * l.payoff1();
        eb[k] = l.probability() * l.payoff2();
        ep[k] = l.probability();
        k++;
      }
    }
    entryRow = Arrays.copyOf(r, k);
    entryCol = Arrays.copyOf(c, k);
    entryA = Arrays.copyOf(ea, k);
    entryB = Arrays.copyOf(eb, k);
    entryProb = Arrays.copyOf(ep, k);
    maxLeafPayoff = sorted.isEmpty() ? 0 : max;
    minLeafPayoff = sorted.isEmpty() ? 0 : min;
  }

  /**
   * The sequence form of a two-player game with perfect recall. Sequences are numbered as {@link
   * ExtensiveFormGame#actionSequence}; information sets as {@link ExtensiveFormGame#infosets}.
   *
   * @throws IllegalArgumentException when the game does not have two players or lacks perfect
   *     recall
   */
  public static SequenceForm of(ExtensiveFormGame game) {
    Objects.requireNonNull(game, "game");
    if (game.numPlayers() != 2) {
      throw new IllegalArgumentException(
          "the sequence form needs a two-player game; this one has " + game.numPlayers());
    }
    if (!game.hasPerfectRecall()) {
      throw new IllegalArgumentException(
          "computing equilibria of games with imperfect recall is not supported: "
              + game.perfectRecallViolation().orElse(""));
    }
    int[][] parent = new int[2][];
    int[][] actions = new int[2][];
    for (int p = 0; p < 2; p++) {
      int ni = game.infosets(p).size();
      parent[p] = new int[ni];
      actions[p] = new int[ni];
      for (int h = 0; h < ni; h++) {
        parent[p][h] = game.infosetSequence(p, h);
        actions[p][h] = game.infosets(p).get(h).numActions();
        if (game.actionSequence(p, h, 0) != 1 + sumBefore(actions[p], h)) {
          throw new IllegalStateException(
              "unexpected sequence numbering at player " + (p + 1) + " set " + (h + 1));
        }
      }
    }
    List<Leaf> leaves = new ArrayList<>();
    for (Node node : game.nodes()) {
      if (node instanceof Node.Terminal t) {
        double prob = game.chanceReach(t.id()).doubleValue();
        if (prob == 0) {
          continue;
        }
        leaves.add(
            new Leaf(
                game.nodeSequence(0, t.id()),
                game.nodeSequence(1, t.id()),
                prob,
                game.payoffDouble(t.id(), 0),
                game.payoffDouble(t.id(), 1)));
      }
    }
    return new SequenceForm(parent, actions, leaves);
  }

  private static int sumBefore(int[] a, int h) {
    int s = 0;
    for (int k = 0; k < h; k++) {
      s += a[k];
    }
    return s;
  }

  /**
   * A leaf of the tree seen through the sequence form: the two players' last sequences on the path,
   * the product of chance probabilities on the path and each player's payoff there.
   */
  public record Leaf(int seq1, int seq2, double probability, double payoff1, double payoff2) {
    public Leaf {
      if (!(probability >= 0 && probability <= 1 + 1e-12)) {
        throw new IllegalArgumentException("leaf probability " + probability + " is not in [0, 1]");
      }
      if (!Double.isFinite(payoff1) || !Double.isFinite(payoff2)) {
        throw new IllegalArgumentException(
            "leaf payoffs must be finite: " + payoff1 + ", " + payoff2);
      }
    }
  }

  public int numSequences(int player) {
    return numSeq[player];
  }

  public int numInfosets(int player) {
    return infosetParent[player].length;
  }

  public int numActions(int player, int infoset) {
    return infosetActions[player][infoset];
  }

  /** Index of the sequence "information set {@code infoset}, action 0"; actions follow on. */
  public int firstSequence(int player, int infoset) {
    return infosetFirst[player][infoset];
  }

  /** The player's last sequence before reaching {@code infoset} (0 = the empty sequence). */
  public int parentSequence(int player, int infoset) {
    return infosetParent[player][infoset];
  }

  /** The information set where sequence {@code seq} ends, or -1 for the empty sequence. */
  public int infosetOf(int player, int seq) {
    return seqInfoset[player][seq];
  }

  /** Number of non-zero entries of the payoff matrices. */
  public int numPayoffEntries() {
    return entryRow.length;
  }

  /** Largest leaf payoff of either player (0 for a tree without leaves). */
  public double maxLeafPayoff() {
    return maxLeafPayoff;
  }

  public double minLeafPayoff() {
    return minLeafPayoff;
  }

  /**
   * The constraint matrix ({@code E} for player 0, {@code F} for player 1), one row per set + 1.
   */
  public double[][] constraintMatrix(int player) {
    int ni = numInfosets(player);
    double[][] e = new double[ni + 1][numSeq[player]];
    e[0][0] = 1;
    for (int h = 0; h < ni; h++) {
      e[h + 1][infosetParent[player][h]] -= 1;
      for (int a = 0; a < infosetActions[player][h]; a++) {
        e[h + 1][infosetFirst[player][h] + a] = 1;
      }
    }
    return e;
  }

  /** The right-hand side {@code e = (1, 0, …, 0)} of the constraints. */
  public double[] constraintRhs(int player) {
    double[] e = new double[numInfosets(player) + 1];
    e[0] = 1;
    return e;
  }

  /** Dense payoff matrix of {@code player} (rows: player 0's sequences, columns: player 1's). */
  public double[][] payoffMatrix(int player) {
    return shiftedPayoffMatrix(player, 0);
  }

  /**
   * Payoff matrix with every leaf payoff reduced by {@code shift}: entry {@code (s, t)} becomes
   * {@code A_st − shift · P_st}, {@code P_st} being the chance mass of the leaves of that pair.
   * Expected payoffs of realisation plans fall by exactly {@code shift}.
   */
  public double[][] shiftedPayoffMatrix(int player, double shift) {
    double[][] m = new double[numSeq[0]][numSeq[1]];
    double[] v = player == 0 ? entryA : entryB;
    for (int k = 0; k < entryRow.length; k++) {
      m[entryRow[k]][entryCol[k]] = v[k] - shift * entryProb[k];
    }
    return m;
  }

  /**
   * True when the leaves' payoffs sum to one constant (a constant-sum game, strategically the same
   * as zero-sum), within {@code tol} per unit of chance mass.
   */
  public boolean isConstantSum(double tol) {
    double c = Double.NaN;
    for (int k = 0; k < entryRow.length; k++) {
      if (entryProb[k] <= 0) {
        continue;
      }
      double s = (entryA[k] + entryB[k]) / entryProb[k];
      if (Double.isNaN(c)) {
        c = s;
      } else if (Math.abs(s - c) > tol) {
        return false;
      }
    }
    return true;
  }

  /** Expected payoff of {@code player} under realisation plans {@code x}, {@code y}. */
  public double payoff(int player, double[] x, double[] y) {
    checkPlan(0, x);
    checkPlan(1, y);
    double[] v = player == 0 ? entryA : entryB;
    double s = 0;
    for (int k = 0; k < entryRow.length; k++) {
      s += x[entryRow[k]] * v[k] * y[entryCol[k]];
    }
    return s;
  }

  /**
   * The best-response value of {@code player} against the opponent's realisation plan, by backward
   * induction over the player's information sets (von Stengel 1996, §4): the value of a sequence is
   * its immediate payoff plus, for each information set it leads to, the best action's value.
   */
  public double bestResponseValue(int player, double[] opponentPlan) {
    return bestResponse(player, opponentPlan).value();
  }

  /** A pure best response (as a realisation plan) and its value. */
  public BestResponse bestResponse(int player, double[] opponentPlan) {
    checkPlan(1 - player, opponentPlan);
    int ns = numSeq[player];
    double[] g = new double[ns];
    double[] v = player == 0 ? entryA : entryB;
    for (int k = 0; k < entryRow.length; k++) {
      if (player == 0) {
        g[entryRow[k]] += v[k] * opponentPlan[entryCol[k]];
      } else {
        g[entryCol[k]] += v[k] * opponentPlan[entryRow[k]];
      }
    }
    int ni = numInfosets(player);
    // children information sets of each sequence
    int[] childCount = new int[ns];
    for (int h = 0; h < ni; h++) {
      childCount[infosetParent[player][h]]++;
    }
    int[][] children = new int[ns][];
    for (int s = 0; s < ns; s++) {
      children[s] = new int[childCount[s]];
    }
    int[] fill = new int[ns];
    for (int h = 0; h < ni; h++) {
      int par = infosetParent[player][h];
      children[par][fill[par]++] = h;
    }
    double[] value = new double[ns];
    int[] choice = new int[ni];
    // process sequences in an order where children come before parents: post-order DFS
    boolean[] done = new boolean[ns];
    int[] stack = new int[ns + 1];
    int[] iter = new int[ns];
    int top = 0;
    stack[top++] = 0;
    while (top > 0) {
      int s = stack[top - 1];
      if (iter[s] < children[s].length) {
        int h = children[s][iter[s]];
        // push all sequences of h not yet done, one at a time
        int pushed = -1;
        for (int a = 0; a < infosetActions[player][h]; a++) {
          int t = infosetFirst[player][h] + a;
          if (!done[t]) {
            pushed = t;
            break;
          }
        }
        if (pushed >= 0) {
          stack[top++] = pushed;
        } else {
          iter[s]++;
        }
        continue;
      }
      double val = g[s];
      for (int h : children[s]) {
        int best = 0;
        double bv = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < infosetActions[player][h]; a++) {
          double w = value[infosetFirst[player][h] + a];
          if (w > bv + 1e-15) {
            bv = w;
            best = a;
          }
        }
        choice[h] = best;
        val += bv;
      }
      value[s] = val;
      done[s] = true;
      top--;
    }
    double[] plan = new double[ns];
    plan[0] = 1;
    markPlan(player, 0, children, choice, plan);
    return new BestResponse(value[0], plan);
  }

  private void markPlan(int player, int s, int[][] children, int[] choice, double[] plan) {
    for (int h : children[s]) {
      int t = infosetFirst[player][h] + choice[h];
      plan[t] = 1;
      markPlan(player, t, children, choice, plan);
    }
  }

  /** A best response: its value and a pure realisation plan attaining it. */
  public record BestResponse(double value, double[] plan) {}

  /**
   * Each player's regret (best-response gain) under realisation plans {@code x}, {@code y} — the
   * certificate of an equilibrium (games.md §5).
   */
  public double[] regrets(double[] x, double[] y) {
    double r0 = bestResponseValue(0, y) - payoff(0, x, y);
    double r1 = bestResponseValue(1, x) - payoff(1, x, y);
    return new double[] {Math.max(0, r0), Math.max(0, r1)};
  }

  /**
   * Behaviour strategy from a realisation plan: {@code β(h, a) = x_{h,a} / x_{parent(h)}}; at sets
   * the plan does not reach (parent weight ≤ {@code tol}) the uniform distribution, as Gambit does
   * ("centroid").
   */
  public double[][] planToBehaviour(int player, double[] plan, double tol) {
    checkPlan(player, plan);
    int ni = numInfosets(player);
    double[][] beh = new double[ni][];
    for (int h = 0; h < ni; h++) {
      int k = infosetActions[player][h];
      beh[h] = new double[k];
      double par = plan[infosetParent[player][h]];
      double sum = 0;
      for (int a = 0; a < k; a++) {
        sum += Math.max(0, plan[infosetFirst[player][h] + a]);
      }
      if (par <= tol || sum <= 0) {
        Arrays.fill(beh[h], 1.0 / k);
      } else {
        for (int a = 0; a < k; a++) {
          beh[h][a] = Math.max(0, plan[infosetFirst[player][h] + a]) / sum;
        }
      }
    }
    return beh;
  }

  /** Realisation plan of a behaviour strategy: products of probabilities along each sequence. */
  public double[] behaviourToPlan(int player, double[][] behaviour) {
    int ni = numInfosets(player);
    if (behaviour.length != ni) {
      throw new IllegalArgumentException(
          "behaviour has "
              + behaviour.length
              + " information sets; player "
              + (player + 1)
              + " has "
              + ni);
    }
    double[] plan = new double[numSeq[player]];
    plan[0] = 1;
    boolean[] set = new boolean[numSeq[player]];
    set[0] = true;
    // parents may come after children in numbering: iterate until fixed (depth passes)
    boolean progress = true;
    while (progress) {
      progress = false;
      for (int h = 0; h < ni; h++) {
        int par = infosetParent[player][h];
        int first = infosetFirst[player][h];
        if (set[par] && !set[first]) {
          if (behaviour[h].length != infosetActions[player][h]) {
            throw new IllegalArgumentException(
                "information set "
                    + (h + 1)
                    + " of player "
                    + (player + 1)
                    + " has "
                    + infosetActions[player][h]
                    + " actions; behaviour gives "
                    + behaviour[h].length);
          }
          for (int a = 0; a < behaviour[h].length; a++) {
            plan[first + a] = plan[par] * behaviour[h][a];
            set[first + a] = true;
          }
          progress = true;
        }
      }
    }
    return plan;
  }

  private void checkPlan(int player, double[] plan) {
    if (plan.length != numSeq[player]) {
      throw new IllegalArgumentException(
          "plan of player "
              + (player + 1)
              + " has "
              + plan.length
              + " entries; the player has "
              + numSeq[player]
              + " sequences");
    }
  }

  @Override
  public String toString() {
    return "SequenceForm[sequences="
        + numSeq[0]
        + "/"
        + numSeq[1]
        + ", infosets="
        + numInfosets(0)
        + "/"
        + numInfosets(1)
        + ", entries="
        + entryRow.length
        + "]";
  }
}
