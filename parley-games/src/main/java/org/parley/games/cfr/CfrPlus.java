package org.parley.games.cfr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.Node;
import org.parley.games.seqform.SequenceForm;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.ExtensiveFormSolver;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;
import org.parley.games.solver.SolverStatistics;

/**
 * CFR+ for two-player zero-sum (or constant-sum) extensive games with perfect recall: an
 * ε-equilibrium of large games in memory linear in the tree, reported with its exploitability.
 *
 * <p>Source: O. Tammelin, "Solving large imperfect information games using CFR+", arXiv:1407.5042
 * (2014); O. Tammelin, N. Burch, M. Johanson, M. Bowling, "Solving heads-up limit Texas hold'em",
 * IJCAI 2015 — regret-matching+ (cumulative regrets clipped at zero after every update),
 * alternating updates of the two players, and the average strategy weighted linearly by iteration
 * ({@code max(t − d, 0)}, delay {@code d}). Counterfactual regret minimisation itself: M.
 * Zinkevich, M. Johanson, M. Bowling, C. Piccione, "Regret minimization in games with incomplete
 * information", NIPS 2007. Exploitability ({@code (BR₁(σ₂) + BR₂(σ₁)) / 2} minus the value, i.e.
 * NashConv / 2) is computed exactly by best responses on the sequence form. CFR+ is deterministic,
 * so no random source is needed. Each iteration costs two full traversals of the tree (branches the
 * opponent plays with probability 0 are not pruned: they still carry the traverser's
 * average-strategy updates, and skipping them stalls convergence).
 *
 * <p>Stops when the exploitability is at most {@code targetExploitability} (checked every {@code
 * checkEvery} iterations), after {@code maxIterations}, or at the options' deadline; the last two
 * give {@link SolverResult.Stopped} with the ε-equilibrium found so far.
 */
public final class CfrPlus implements ExtensiveFormSolver {
  private final int maxIterations;
  private final double targetExploitability;
  private final int checkEvery;
  private final int delay;

  /**
   * Defaults: at most 100 000 iterations, target exploitability 1e-6, checked every 10, delay 0.
   */
  public CfrPlus() {
    this(100_000, 1e-6, 10, 0);
  }

  public CfrPlus(int maxIterations, double targetExploitability, int checkEvery, int delay) {
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations is " + maxIterations + "; it must be >= 1");
    }
    if (!(targetExploitability >= 0)) {
      throw new IllegalArgumentException(
          "targetExploitability is " + targetExploitability + "; it must be >= 0");
    }
    if (checkEvery < 1) {
      throw new IllegalArgumentException("checkEvery is " + checkEvery + "; it must be >= 1");
    }
    if (delay < 0) {
      throw new IllegalArgumentException("delay is " + delay + "; it must be >= 0");
    }
    this.maxIterations = maxIterations;
    this.targetExploitability = targetExploitability;
    this.checkEvery = checkEvery;
    this.delay = delay;
  }

  public CfrPlus withMaxIterations(int n) {
    return new CfrPlus(n, targetExploitability, checkEvery, delay);
  }

  public CfrPlus withTargetExploitability(double eps) {
    return new CfrPlus(maxIterations, eps, checkEvery, delay);
  }

  @Override
  public String name() {
    return "cfr";
  }

  /** One exploitability measurement along the run. */
  public record Checkpoint(int iteration, double exploitability) {}

  /**
   * The outcome of a run: the average strategy as a behaviour profile, its exploitability, the
   * iterations done, the checkpoints, and whether the target was reached.
   */
  public record Run(
      BehaviourProfile average,
      double exploitability,
      int iterations,
      List<Checkpoint> checkpoints,
      boolean converged,
      boolean timedOut,
      long nanos) {
    public Run {
      Objects.requireNonNull(average, "average");
      checkpoints = List.copyOf(checkpoints);
    }
  }

  @Override
  public SolverResult<BehaviourProfile> solve(ExtensiveFormGame game, SolveOptions options) {
    Objects.requireNonNull(options, "options");
    long start = System.nanoTime();
    Run run = run(game, options.deadline(start));
    SolverStatistics stats =
        new SolverStatistics(
            name(),
            run.iterations(),
            "iterations",
            Duration.ofNanos(System.nanoTime() - start),
            Map.of("checkpoints", (long) run.checkpoints().size()));
    List<Equilibrium<BehaviourProfile>> eq = List.of(Equilibrium.of(game, run.average()));
    if (run.converged()) {
      return new SolverResult.Complete<>(eq, stats);
    }
    return new SolverResult.Stopped<>(
        eq,
        stats,
        run.timedOut() ? SolverResult.StopReason.TIMEOUT : SolverResult.StopReason.ITERATION_LIMIT);
  }

  /**
   * Runs CFR+ until the target, the iteration limit or {@code deadline} ({@link
   * System#nanoTime()}).
   *
   * @throws IllegalArgumentException when the game is not two-player constant-sum with perfect
   *     recall
   */
  public Run run(ExtensiveFormGame game, long deadline) {
    Objects.requireNonNull(game, "game");
    if (game.numPlayers() != 2) {
      throw new IllegalArgumentException(
          "CFR+ needs a two-player game; this one has " + game.numPlayers());
    }
    if (!game.isConstantSum()) {
      throw new IllegalArgumentException("CFR+ needs a zero-sum (constant-sum) game");
    }
    long start = System.nanoTime();
    SequenceForm sf = SequenceForm.of(game); // also checks perfect recall
    Tree tree = new Tree(game);
    double[][] regret = {new double[tree.actionCount[0]], new double[tree.actionCount[1]]};
    double[][] avg = {new double[tree.actionCount[0]], new double[tree.actionCount[1]]};
    double[][] strategy = {new double[tree.actionCount[0]], new double[tree.actionCount[1]]};
    double[][] instant = {new double[tree.actionCount[0]], new double[tree.actionCount[1]]};
    List<Checkpoint> checkpoints = new ArrayList<>();
    double expl = Double.POSITIVE_INFINITY;
    int t = 0;
    boolean converged = false;
    boolean timedOut = false;
    while (t < maxIterations) {
      t++;
      double weight = Math.max(t - delay, 0);
      for (int player = 0; player < 2; player++) {
        for (int p = 0; p < 2; p++) {
          regretMatching(tree, p, regret[p], strategy[p]);
        }
        java.util.Arrays.fill(instant[player], 0);
        traverse(tree, 0, player, 1, 1, strategy, instant[player], avg[player], weight);
        double[] r = regret[player];
        double[] in = instant[player];
        for (int k = 0; k < r.length; k++) {
          r[k] = Math.max(0, r[k] + in[k]);
        }
      }
      if (t % checkEvery == 0 || t == maxIterations) {
        expl = exploitability(sf, tree, avg);
        checkpoints.add(new Checkpoint(t, expl));
        if (expl <= targetExploitability) {
          converged = true;
          break;
        }
        if (System.nanoTime() - deadline > 0) {
          timedOut = true;
          break;
        }
      }
    }
    if (Double.isInfinite(expl)) {
      expl = exploitability(sf, tree, avg);
    }
    BehaviourProfile profile =
        BehaviourProfile.ofDoubles(
            new double[][][] {
              tree.behaviour(0, normalised(tree, 0, avg[0])),
              tree.behaviour(1, normalised(tree, 1, avg[1]))
            });
    return new Run(profile, expl, t, checkpoints, converged, timedOut, System.nanoTime() - start);
  }

  /** Regret matching+: play in proportion to positive cumulative regret, uniform when none. */
  private static void regretMatching(Tree tree, int player, double[] regret, double[] strategy) {
    int[] off = tree.infosetOffset[player];
    int[] na = tree.infosetActions[player];
    for (int h = 0; h < na.length; h++) {
      double sum = 0;
      for (int a = 0; a < na[h]; a++) {
        sum += Math.max(0, regret[off[h] + a]);
      }
      for (int a = 0; a < na[h]; a++) {
        strategy[off[h] + a] = sum > 0 ? Math.max(0, regret[off[h] + a]) / sum : 1.0 / na[h];
      }
    }
  }

  /**
   * Counterfactual values for {@code player}: returns the expected utility of {@code player} at
   * {@code node} under the current strategies, accumulating instantaneous regrets (weighted by the
   * others' reach {@code reachOther}) and the weighted average strategy (by own reach).
   */
  private static double traverse(
      Tree tree,
      int node,
      int player,
      double reachOwn,
      double reachOther,
      double[][] strategy,
      double[] instant,
      double[] avg,
      double weight) {
    int kind = tree.kind[node];
    if (kind == Tree.TERMINAL) {
      return tree.utility[player][node];
    }
    int first = tree.childStart[node];
    int count = tree.childCount[node];
    if (kind == Tree.CHANCE) {
      double v = 0;
      for (int a = 0; a < count; a++) {
        double p = tree.chanceProb[first + a];
        if (p > 0) {
          v +=
              p
                  * traverse(
                      tree,
                      tree.children[first + a],
                      player,
                      reachOwn,
                      reachOther * p,
                      strategy,
                      instant,
                      avg,
                      weight);
        }
      }
      return v;
    }
    int who = tree.player[node];
    int base = tree.infosetOffset[who][tree.infoset[node]];
    double[] s = strategy[who];
    if (who != player) {
      // no pruning at p = 0: the subtree still holds the traverser's average-strategy updates,
      // which are weighted by her own reach only
      double v = 0;
      for (int a = 0; a < count; a++) {
        double p = s[base + a];
        double w =
            traverse(
                tree,
                tree.children[first + a],
                player,
                reachOwn,
                reachOther * p,
                strategy,
                instant,
                avg,
                weight);
        v += p * w;
      }
      return v;
    }
    double[] values = new double[count];
    double v = 0;
    for (int a = 0; a < count; a++) {
      double p = s[base + a];
      values[a] =
          traverse(
              tree,
              tree.children[first + a],
              player,
              reachOwn * p,
              reachOther,
              strategy,
              instant,
              avg,
              weight);
      v += p * values[a];
    }
    for (int a = 0; a < count; a++) {
      instant[base + a] += reachOther * (values[a] - v);
      avg[base + a] += weight * reachOwn * s[base + a];
    }
    return v;
  }

  private static double[] normalised(Tree tree, int player, double[] sums) {
    double[] out = new double[sums.length];
    int[] off = tree.infosetOffset[player];
    int[] na = tree.infosetActions[player];
    for (int h = 0; h < na.length; h++) {
      double total = 0;
      for (int a = 0; a < na[h]; a++) {
        total += sums[off[h] + a];
      }
      for (int a = 0; a < na[h]; a++) {
        out[off[h] + a] = total > 0 ? sums[off[h] + a] / total : 1.0 / na[h];
      }
    }
    return out;
  }

  /** NashConv / 2 of the average strategies, by best responses on the sequence form. */
  private static double exploitability(SequenceForm sf, Tree tree, double[][] avg) {
    double[] x = sf.behaviourToPlan(0, tree.behaviour(0, normalised(tree, 0, avg[0])));
    double[] y = sf.behaviourToPlan(1, tree.behaviour(1, normalised(tree, 1, avg[1])));
    double[] r = sf.regrets(x, y);
    return (r[0] + r[1]) / 2;
  }

  /** The game tree flattened into arrays for fast traversal. */
  static final class Tree {
    static final int TERMINAL = 0;
    static final int CHANCE = 1;
    static final int PERSONAL = 2;
    final int[] kind;
    final int[] player;
    final int[] infoset;
    final int[] childStart;
    final int[] childCount;
    final int[] children;
    final double[] chanceProb;
    final double[][] utility;
    final int[][] infosetOffset;
    final int[][] infosetActions;
    final int[] actionCount;

    Tree(ExtensiveFormGame g) {
      int n = g.nodes().size();
      kind = new int[n];
      player = new int[n];
      infoset = new int[n];
      childStart = new int[n];
      childCount = new int[n];
      utility = new double[2][n];
      int totalChildren = 0;
      for (Node x : g.nodes()) {
        totalChildren += x.children().size();
      }
      children = new int[totalChildren];
      chanceProb = new double[totalChildren];
      int c = 0;
      for (Node x : g.nodes()) {
        int id = x.id();
        childStart[id] = c;
        childCount[id] = x.children().size();
        for (int a = 0; a < x.children().size(); a++) {
          children[c + a] = x.children().get(a);
        }
        if (x instanceof Node.Terminal) {
          kind[id] = TERMINAL;
          utility[0][id] = g.payoffDouble(id, 0);
          utility[1][id] = g.payoffDouble(id, 1);
        } else if (x instanceof Node.Chance ch) {
          kind[id] = CHANCE;
          for (int a = 0; a < x.children().size(); a++) {
            chanceProb[c + a] =
                g.chanceInfosets().get(ch.infoset()).probabilities().get(a).doubleValue();
          }
        } else {
          Node.Personal p = (Node.Personal) x;
          kind[id] = PERSONAL;
          player[id] = p.player();
          infoset[id] = p.infoset();
        }
        c += x.children().size();
      }
      infosetOffset = new int[2][];
      infosetActions = new int[2][];
      actionCount = new int[2];
      for (int p = 0; p < 2; p++) {
        int ni = g.infosets(p).size();
        infosetOffset[p] = new int[ni];
        infosetActions[p] = new int[ni];
        int off = 0;
        for (int h = 0; h < ni; h++) {
          infosetOffset[p][h] = off;
          infosetActions[p][h] = g.infosets(p).get(h).numActions();
          off += infosetActions[p][h];
        }
        actionCount[p] = off;
      }
    }

    double[][] behaviour(int p, double[] flat) {
      int ni = infosetActions[p].length;
      double[][] b = new double[ni][];
      for (int h = 0; h < ni; h++) {
        b[h] = new double[infosetActions[p][h]];
        System.arraycopy(flat, infosetOffset[p][h], b[h], 0, b[h].length);
      }
      return b;
    }
  }
}
