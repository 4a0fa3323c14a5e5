package org.parley.games.logit;

import org.parley.games.ExtensiveFormGame;
import org.parley.games.Node;

/**
 * The agent logit QRE of an extensive game in log behaviour probabilities (McKelvey and Palfrey,
 * "Quantal response equilibria for extensive form games", Experimental Economics 1 (1998) 9–41;
 * traced as in T. L. Turocy, "Computing sequential equilibria using agent quantal response
 * equilibria", Economic Theory 42 (2010) 255–269): at each information set {@code h} of player
 * {@code i}, {@code β(h,a) ∝ exp(λ Q(h,a))}, where {@code Q(h,a)} is {@code i}'s expected payoff of
 * action {@code a} conditional on reaching {@code h} (nodes weighted by the probability that chance
 * and the other players lead there; under perfect recall the player's own reach is the same at
 * every node of {@code h}). Unknowns {@code v = ln β} per action, then λ. Equations per information
 * set, players and information sets in file order: {@code Σ_a β(h,a) − 1 = 0}, then {@code v(h,a) −
 * v(h,a₁) − λ (Q(h,a) − Q(h,a₁)) = 0} for the other actions (Gambit 16.7's {@code
 * src/solvers/logit/efglogit.cc} system, same order).
 *
 * <p>The Jacobian is analytic (T. L. Turocy, "Computing the quantal response equilibrium
 * correspondence", 2001, as in Gambit's {@code logbehav.imp}): for an action {@code b} outside
 * {@code h}, {@code ∂Q(h,a)/∂ln β_b = Σ_{x∈h} μ(x) [b precedes x] (V(xa) − Q(h,a)) + β_b Σ_{x∈h}
 * μ(x) ∂V(xa)/∂β_b}, with beliefs {@code μ}, node values {@code V} of the player at {@code h}, and
 * {@code ∂V(y)/∂β_b} from one backward pass per player ({@code V} of the child through {@code b} at
 * nodes of {@code b}'s information set). One Jacobian costs {@code O(nodes · unknowns)}.
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
  private final int[] parent;
  private final int[] leadingVar; // variable of the personal action leading to a node, or -1
  private final int[][] infosetMembers; // indexed by an information set's first variable
  private final double payoffRange;

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
        chanceProb[id] =
            game.chanceInfosets().get(c.infoset()).probabilities().stream()
                .mapToDouble(r -> r.doubleValue())
                .toArray();
      } else {
        Node.Personal p = (Node.Personal) x;
        kind[id] = 2;
        owner[id] = p.player();
        infoset[id] = p.infoset();
      }
    }
    parent = new int[nodes];
    leadingVar = new int[nodes];
    infosetMembers = new int[size][];
    for (Node x : game.nodes()) {
      int id = x.id();
      parent[id] = x.parent();
      leadingVar[id] = -1;
      if (x.parent() >= 0 && kind[x.parent()] == 2) {
        int par = x.parent();
        leadingVar[id] = offset[owner[par]][infoset[par]] + indexOf(children[par], id);
      }
    }
    for (int i = 0; i < players; i++) {
      for (int h = 0; h < actions[i].length; h++) {
        infosetMembers[offset[i][h]] =
            game.infosets(i).get(h).nodes().stream().mapToInt(Integer::intValue).toArray();
      }
    }
    // Gambit's regret scale: on own__nonterminal.efg (outcome {-1,0} on a non-terminal node) its
    // stopping point needs the range of the payoffs at terminal nodes, outcomes on the path summed
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    for (int n = 0; n < nodes; n++) {
      if (kind[n] == 0) {
        for (double v : terminal[n]) {
          max = Math.max(max, v);
          min = Math.min(min, v);
        }
      }
    }
    payoffRange = max >= min ? max - min : 0;
  }

  private static int indexOf(int[] a, int v) {
    for (int k = 0; k < a.length; k++) {
      if (a[k] == v) {
        return k;
      }
    }
    throw new IllegalStateException("node " + v + " is not a child of its parent");
  }

  @Override
  public double payoffRange() {
    return payoffRange;
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

  /** Action probabilities {@code β = exp(z)}. */
  private double[] actionProbabilities(double[] z) {
    double[] beta = new double[size];
    for (int k = 0; k < size; k++) {
      beta[k] = Math.exp(z[k]);
    }
    return beta;
  }

  /** Every player's value at every node, backward over the pre-order node list. */
  private double[][] nodeValues(double[] beta) {
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
        double[] cv = value[ch[a]];
        for (int i = 0; i < players; i++) {
          v[i] += p * cv[i];
        }
      }
      value[n] = v;
    }
    return value;
  }

  /** Per-evaluation quantities: probabilities, node values, beliefs, action values. */
  private record Eval(double[] beta, double[][] value, double[] belief, double[] q) {}

  private Eval evaluate(double[] z) {
    double[] beta = actionProbabilities(z);
    double[][] value = nodeValues(beta);
    // log realisation probabilities (all players and chance), forward
    double[] logReal = new double[nodes];
    for (int n = 0; n < nodes; n++) {
      int[] ch = children[n];
      for (int a = 0; a < ch.length; a++) {
        double lp = kind[n] == 1 ? Math.log(chanceProb[n][a]) : z[offset[owner[n]][infoset[n]] + a];
        logReal[ch[a]] = logReal[n] + lp;
      }
    }
    // beliefs within each information set (uniform when it cannot be reached)
    double[] belief = new double[nodes];
    for (int[] members : infosetMembers) {
      if (members == null) {
        continue;
      }
      // as Gambit's logbehav.imp: uniform beliefs when every member's realisation probability
      // underflows (a jump in the equations which stops Gambit's trace on Selten's horse)
      double prob = 0;
      double max = Double.NEGATIVE_INFINITY;
      for (int x : members) {
        prob += Math.exp(logReal[x]);
        max = Math.max(max, logReal[x]);
      }
      if (prob == 0) {
        for (int x : members) {
          belief[x] = 1.0 / members.length;
        }
        continue;
      }
      double total = 0;
      for (int x : members) {
        total += Math.exp(logReal[x] - max);
      }
      double mostLikely = 1.0 / total;
      for (int x : members) {
        belief[x] = mostLikely * Math.exp(logReal[x] - max);
      }
    }
    double[] q = new double[size];
    for (int n = 0; n < nodes; n++) {
      if (kind[n] != 2) {
        continue;
      }
      int i = owner[n];
      int base = offset[i][infoset[n]];
      int[] ch = children[n];
      for (int a = 0; a < ch.length; a++) {
        q[base + a] += belief[n] * value[ch[a]][i];
      }
    }
    return new Eval(beta, value, belief, q);
  }

  @Override
  public double[] residual(double[] z) {
    double[] q = evaluate(z).q();
    double lambda = z[size];
    double[] f = new double[size];
    for (int i = 0; i < players; i++) {
      for (int h = 0; h < actions[i].length; h++) {
        int base = offset[i][h];
        double sum = -1.0; // summed in Gambit's order, so round-off matches
        for (int a = 0; a < actions[i][h]; a++) {
          sum += Math.exp(z[base + a]);
        }
        f[base] = sum;
        for (int a = 1; a < actions[i][h]; a++) {
          f[base + a] = z[base + a] - z[base] - lambda * (q[base + a] - q[base]);
        }
      }
    }
    return f;
  }

  @Override
  public double[][] jacobian(double[] z) {
    Eval e = evaluate(z);
    double lambda = z[size];
    double[][] jac = new double[size][size + 1];
    double[][] dv = new double[nodes][];
    double[][] d = new double[size][];
    for (int i = 0; i < players; i++) {
      // dv[n][b] = ∂V_i(n)/∂β_b, backward
      for (int n = nodes - 1; n >= 0; n--) {
        double[] row = new double[size];
        int[] ch = children[n];
        for (int a = 0; a < ch.length; a++) {
          double p = kind[n] == 1 ? chanceProb[n][a] : e.beta()[offset[owner[n]][infoset[n]] + a];
          double[] cd = dv[ch[a]];
          if (p != 0) {
            for (int b = 0; b < size; b++) {
              row[b] += p * cd[b];
            }
          }
          if (kind[n] == 2) {
            row[offset[owner[n]][infoset[n]] + a] = e.value()[ch[a]][i];
          }
        }
        dv[n] = row;
      }
      // D[a][b] = ∂Q(a)/∂ln β_b for the actions a of player i
      for (int h = 0; h < actions[i].length; h++) {
        int base = offset[i][h];
        for (int a = 0; a < actions[i][h]; a++) {
          double[] row = new double[size];
          double qa = e.q()[base + a];
          boolean[] precedes = new boolean[size];
          for (int x : infosetMembers[base]) {
            double mu = e.belief()[x];
            int child = children[x][a];
            double vx = e.value()[child][i];
            java.util.Arrays.fill(precedes, false);
            for (int y = x; parent[y] >= 0; y = parent[y]) {
              if (leadingVar[y] >= 0) {
                precedes[leadingVar[y]] = true;
              }
            }
            double[] cd = dv[child];
            // the three terms in the order Gambit's logbehav.imp adds them, for equal round-off
            for (int b = 0; b < size; b++) {
              double dmu = precedes[b] ? mu : 0.0;
              row[b] += dmu * vx;
              row[b] -= dmu * qa;
              row[b] += e.beta()[b] * mu * cd[b];
            }
          }
          d[base + a] = row;
        }
      }
    }
    for (int i = 0; i < players; i++) {
      for (int h = 0; h < actions[i].length; h++) {
        int base = offset[i][h];
        int m = actions[i][h];
        for (int a = 0; a < m; a++) {
          jac[base][base + a] = e.beta()[base + a];
        }
        for (int a = 1; a < m; a++) {
          double[] row = jac[base + a];
          double[] da = d[base + a];
          double[] d0 = d[base];
          for (int b = 0; b < size; b++) {
            if (b >= base && b < base + m) {
              continue;
            }
            row[b] = -lambda * (da[b] - d0[b]);
          }
          row[base] = -1.0;
          row[base + a] = 1.0;
          row[size] = e.q()[base] - e.q()[base + a];
        }
      }
    }
    return jac;
  }

  @Override
  public double maxRegret(double[] z) {
    return agentRegret(z);
  }

  /**
   * Gambit 16.7's {@code MixedBehaviorProfile::GetMaxRegret} on the point's profile {@code exp(z)}
   * (the agent form of the older {@code behavmixed.cc}; newer Gambit sources take the regret of the
   * induced mixed strategy profile instead, which does not reproduce the 16.7.0 outputs) (not
   * renormalised): the largest over information sets of {@code max_a Q(h,a) − Σ_a β(h,a) Q(h,a)},
   * where {@code Q} uses beliefs from plain products of probabilities; an information set whose
   * realisation probability underflows to 0 has all action values 0, hence regret 0 (this is what
   * stops Gambit early on Selten's horse).
   */
  private double agentRegret(double[] z) {
    double[] beta = actionProbabilities(z);
    double[][] value = nodeValues(beta);
    double[] real = new double[nodes];
    real[0] = 1;
    for (int n = 0; n < nodes; n++) {
      int[] ch = children[n];
      for (int a = 0; a < ch.length; a++) {
        double p = kind[n] == 1 ? chanceProb[n][a] : beta[offset[owner[n]][infoset[n]] + a];
        real[ch[a]] = real[n] * p;
      }
    }
    double worst = 0;
    for (int i = 0; i < players; i++) {
      for (int h = 0; h < actions[i].length; h++) {
        int base = offset[i][h];
        int m = actions[i][h];
        int[] members = infosetMembers[base];
        double prob = 0;
        for (int x : members) {
          prob += real[x];
        }
        double[] q = new double[m];
        if (prob != 0) {
          for (int x : members) {
            double mu = real[x] / prob;
            for (int a = 0; a < m; a++) {
              q[a] += mu * value[children[x][a]][i];
            }
          }
        }
        double best = q[0];
        double val = 0;
        for (int a = 0; a < m; a++) {
          best = Math.max(best, q[a]);
          val += beta[base + a] * q[a];
        }
        worst = Math.max(worst, best - val);
      }
    }
    return worst;
  }

  @Override
  public void normalise(double[] z) {
    for (int i = 0; i < players; i++) {
      for (int h = 0; h < actions[i].length; h++) {
        int base = offset[i][h];
        double sum = 0;
        for (int a = 0; a < actions[i][h]; a++) {
          sum += Math.exp(z[base + a]);
        }
        double shift = Math.log(sum);
        for (int a = 0; a < actions[i][h]; a++) {
          z[base + a] -= shift;
        }
      }
    }
  }
}
