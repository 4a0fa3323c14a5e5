package org.parley.games.logit;

import org.parley.games.ExtensiveFormGame;
import org.parley.games.Node;

/**
 * The agent logit QRE of an extensive game in log behaviour probabilities (McKelvey and Palfrey,
 * "Quantal response equilibria for extensive form games", Experimental Economics 1 (1998) 9–41;
 * traced as in T. L. Turocy, "Computing sequential equilibria using agent quantal response
 * equilibria", Economic Theory 42 (2010) 255–269): at each information set {@code h} of player
 * {@code i}, {@code β(h,a) ∝ exp(λ Q(h,a))}, where {@code Q(h,a)} is {@code i}'s expected payoff
 * of action {@code a} conditional on reaching {@code h} (nodes weighted by the probability that
 * chance and the other players lead there; under perfect recall the player's own reach is the same
 * at every node of {@code h}). Unknowns {@code v = ln β} per action, then λ. The Jacobian is taken
 * by central differences, one tree traversal per column.
 */
final class AgentQreSystem implements PathSystem {
  private final ExtensiveFormGame game;
  private final int players;
  private final int[][] offset; // [player][infoset] -> first variable
  private final int[][] actions;
  private final int size;
  private final int nodes;
  // flattened tree
  private final int[] kind; // 0 terminal, 1 chance, 2 personal
  private final int[] owner;
  private final int[] infoset;
  private final int[][] children;
  private final double[][] chanceProb;
  private final double[][] terminal; // [node][player]

  AgentQreSystem(ExtensiveFormGame game) {
    this.game = game;
    this.players = game.numPlayers();
    offset = new int[players][];
    actions = new int[players][];
    int s = 0;
    for (int i = 0; i < players; i++) {
      int ni = game.infosets(i).size();
      offset[i] = new int[ni];
      actions[i] = new int[ni];
      for (int h = 0; h < ni; h++) {
        offset[i][h] = s;
        actions[i][h] = game.infosets(i).get(h).numActions();
        s += actions[i][h];
      }
    }
    size = s;
    nodes = game.nodes().size();
    kind = new int[nodes];
    owner = new int[nodes];
    infoset = new int[nodes];
    children = new int[nodes][];
    chanceProb = new double[nodes][];
    terminal = new double[nodes][];
    for (Node x : game.nodes()) {
      int id = x.id();
      children[id] = x.children().stream().mapToInt(Integer::intValue).toArray();
      if (x instanceof Node.Terminal) {
        kind[id] = 0;
        terminal[id] = new double[players];
        for (int i = 0; i < players; i++) {
          terminal[id][i] = game.payoffDouble(id, i);
        }
      } else if (x instanceof Node.Chance c) {
        kind[id] = 1;
        chanceProb[id] = game.chanceInfosets().get(c.infoset()).probabilities().stream()
            .mapToDouble(r -> r.doubleValue()).toArray();
      } else {
        Node.Personal p = (Node.Personal) x;
        kind[id] = 2;
        owner[id] = p.player();
        infoset[id] = p.infoset();
      }
    }
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public double[] start() {
    double[] z = new double[size + 1];
    for (int i = 0; i < players; i++) {
      for (int h = 0; h < actions[i].length; h++) {
        for (int a = 0; a < actions[i][h]; a++) {
          z[offset[i][h] + a] = -Math.log(actions[i][h]);
        }
      }
    }
    return z;
  }

  double[][][] profile(double[] z) {
    double[][][] b = new double[players][][];
    for (int i = 0; i < players; i++) {
      b[i] = new double[actions[i].length][];
      for (int h = 0; h < actions[i].length; h++) {
        b[i][h] = new double[actions[i][h]];
        double max = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < actions[i][h]; a++) {
          max = Math.max(max, z[offset[i][h] + a]);
        }
        double sum = 0;
        for (int a = 0; a < actions[i][h]; a++) {
          b[i][h][a] = Math.exp(z[offset[i][h] + a] - max);
          sum += b[i][h][a];
        }
        for (int a = 0; a < actions[i][h]; a++) {
          b[i][h][a] /= sum;
        }
      }
    }
    return b;
  }

  /** Conditional action values Q[var] for every action variable. */
  private double[] actionValues(double[] z) {
    double[] beta = new double[size];
    for (int k = 0; k < size; k++) {
      beta[k] = Math.exp(z[k]);
    }
    // values V[node][player] by a backward pass (nodes are in pre-order: children after parents)
    double[][] value = new double[nodes][];
    for (int n = nodes - 1; n >= 0; n--) {
      if (kind[n] == 0) {
        value[n] = terminal[n];
        continue;
      }
      double[] v = new double[players];
      int[] ch = children[n];
      for (int a = 0; a < ch.length; a++) {
        double p = kind[n] == 1 ? chanceProb[n][a] : beta[offset[owner[n]][infoset[n]] + a];
        if (p != 0) {
          double[] cv = value[ch[a]];
          for (int i = 0; i < players; i++) {
            v[i] += p * cv[i];
          }
        }
      }
      value[n] = v;
    }
    // log of the reach probability excluding each player, forward pass (log space: at large λ
    // off-path probabilities underflow, but conditional beliefs stay well defined)
    double[][] logReach = new double[nodes][];
    logReach[0] = new double[players];
    double[] maxLog = new double[size];
    java.util.Arrays.fill(maxLog, Double.NEGATIVE_INFINITY);
    for (int n = 0; n < nodes; n++) {
      if (kind[n] == 0) {
        continue;
      }
      int[] ch = children[n];
      double[] r = logReach[n];
      if (kind[n] == 2) {
        int base = offset[owner[n]][infoset[n]];
        maxLog[base] = Math.max(maxLog[base], r[owner[n]]);
      }
      for (int a = 0; a < ch.length; a++) {
        double[] rc = new double[players];
        if (kind[n] == 1) {
          double lp = Math.log(chanceProb[n][a]);
          for (int i = 0; i < players; i++) {
            rc[i] = r[i] + lp;
          }
        } else {
          int o = owner[n];
          double lp = z[offset[o][infoset[n]] + a];
          for (int i = 0; i < players; i++) {
            rc[i] = i == o ? r[i] : r[i] + lp;
          }
        }
        logReach[ch[a]] = rc;
      }
    }
    double[] num = new double[size];
    double[] den = new double[size];
    for (int n = 0; n < nodes; n++) {
      if (kind[n] != 2) {
        continue;
      }
      int i = owner[n];
      int base = offset[i][infoset[n]];
      if (maxLog[base] == Double.NEGATIVE_INFINITY) {
        continue; // only reachable through zero-probability chance moves
      }
      double w = Math.exp(logReach[n][i] - maxLog[base]);
      int[] ch = children[n];
      for (int a = 0; a < ch.length; a++) {
        num[base + a] += w * value[ch[a]][i];
        den[base + a] += w;
      }
    }
    double[] q = new double[size];
    for (int k = 0; k < size; k++) {
      q[k] = den[k] > 0 ? num[k] / den[k] : 0;
    }
    return q;
  }

  @Override
  public double[] residual(double[] z) {
    double[] q = actionValues(z);
    double lambda = z[size];
    double[] f = new double[size];
    for (int i = 0; i < players; i++) {
      for (int h = 0; h < actions[i].length; h++) {
        int base = offset[i][h];
        double sum = 0;
        for (int a = 0; a < actions[i][h]; a++) {
          sum += Math.exp(z[base + a]);
        }
        f[base] = sum - 1;
        for (int a = 1; a < actions[i][h]; a++) {
          f[base + a] = z[base + a] - z[base] - lambda * (q[base + a] - q[base]);
        }
      }
    }
    return f;
  }

  @Override
  public double[][] jacobian(double[] z) {
    double[][] jac = new double[size][size + 1];
    double[] zz = z.clone();
    for (int c = 0; c <= size; c++) {
      double step = 1e-6 * Math.max(1, Math.abs(z[c]));
      zz[c] = z[c] + step;
      double[] fp = residual(zz);
      zz[c] = z[c] - step;
      double[] fm = residual(zz);
      zz[c] = z[c];
      for (int r = 0; r < size; r++) {
        jac[r][c] = (fp[r] - fm[r]) / (2 * step);
      }
    }
    return jac;
  }
}
