package org.parley.games.simpdiv;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;
import org.parley.games.ReducedNormalForm;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.ExtensiveFormSolver;
import org.parley.games.solver.NormalFormSolver;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;
import org.parley.games.solver.SolverStatistics;

/**
 * Simplicial subdivision: van der Laan and Talman's variable-dimension restart algorithm on the
 * product of the players' strategy simplices (Gambit's {@code simpdiv}), for n-player normal-form
 * games.
 *
 * <p>Sources: G. van der Laan, A. J. J. Talman, "On the computation of fixed points in the product
 * space of unit simplices and an application to noncooperative N person games", Mathematics of
 * Operations Research 7 (1982) 1–13; G. van der Laan, A. J. J. Talman, L. van der Heyden,
 * "Simplicial variable dimension algorithms for solving the nonlinear complementarity problem on a
 * product of unit simplices using a general labelling", MOR 12 (1987) 377–397; T. M. Doup,
 * <i>Simplicial Algorithms on the Simplotope</i> (Springer, 1988).
 *
 * <p>From a grid point {@code v} (first the profile where everybody plays their first strategy, as
 * Gambit does) the algorithm moves through regions {@code A(T) = v + cone{q(j,h) : (j,h) ∈ T}} with
 * {@code q(j,h) = e(j,h) − e(j,h−1)} (cyclic in {@code h}), {@code T_j} a proper subset of player
 * {@code j}'s strategies. Each region is triangulated by Kuhn's (Freudenthal's) triangulation of
 * mesh {@code d} in the cone coordinates; a simplex is followed by replacing the vertex whose
 * label repeats, adding a direction when a new label appears and dropping one when the path
 * reaches the region's boundary. A grid point {@code y} is labelled {@code (j, h)}: {@code j} is the
 * player with the largest regret at {@code y} and {@code h} her best reply; points outside the
 * simplotope get the label of their most negative coordinate, which points back inside. The path
 * ends when the labels of one player are complete: then every strategy of the player with the
 * largest regret is nearly a best reply, so all regrets are {@code O(d)}. The best grid point seen
 * restarts the search on a grid twice as fine, until the largest regret is at most
 * {@code tolerance} (relative to the payoff range) or the grid limit is reached. Extensive games
 * are solved on their reduced normal form.
 */
public final class SimplicialSubdivision implements NormalFormSolver, ExtensiveFormSolver {
  private final double tolerance;
  private final int maxRefinements;
  private final long maxPivotsPerRound;

  /** Defaults: regret tolerance 1e-9 × payoff range, 40 refinements, 10⁷ pivots per round. */
  public SimplicialSubdivision() {
    this(1e-9, 40, 10_000_000L);
  }

  public SimplicialSubdivision(double tolerance, int maxRefinements, long maxPivotsPerRound) {
    if (!(tolerance > 0)) {
      throw new IllegalArgumentException("tolerance is " + tolerance + "; it must be > 0");
    }
    if (maxRefinements < 1 || maxRefinements > 50) {
      throw new IllegalArgumentException("maxRefinements is " + maxRefinements + "; it must be in [1, 50]");
    }
    if (maxPivotsPerRound < 1) {
      throw new IllegalArgumentException("maxPivotsPerRound is " + maxPivotsPerRound + "; it must be >= 1");
    }
    this.tolerance = tolerance;
    this.maxRefinements = maxRefinements;
    this.maxPivotsPerRound = maxPivotsPerRound;
  }

  @Override
  public String name() {
    return "simpdiv";
  }

  /** The end of a run: the best grid point, its largest regret, the final mesh and work done. */
  public record Run(double[][] profile, double maxRegret, double mesh, int rounds, long pivots, boolean converged,
      boolean timedOut) {
    public Run {
      Objects.requireNonNull(profile, "profile");
    }
  }

  @Override
  public SolverResult<MixedProfile> solve(NormalFormGame game, SolveOptions options) {
    Objects.requireNonNull(options, "options");
    long start = System.nanoTime();
    Run run = run(game, options.deadline(start));
    MixedProfile m;
    if (options.exact()) {
      // grid points are dyadic rationals, exactly representable: print them as Gambit does
      Rational[][] e = new Rational[run.profile().length][];
      for (int i = 0; i < e.length; i++) {
        e[i] = new Rational[run.profile()[i].length];
        for (int s = 0; s < e[i].length; s++) {
          e[i][s] = Rational.ofDouble(run.profile()[i][s]);
        }
      }
      m = MixedProfile.ofRationals(e);
    } else {
      m = MixedProfile.ofDoubles(run.profile());
    }
    SolverStatistics stats = new SolverStatistics(name(), run.pivots(), "pivots", Duration.ofNanos(System.nanoTime() - start),
        Map.of("rounds", (long) run.rounds(), "meshDenominator", Math.round(1 / run.mesh())));
    List<Equilibrium<MixedProfile>> eq = List.of(Equilibrium.of(game, m));
    if (run.converged()) {
      return new SolverResult.Complete<>(eq, stats);
    }
    return new SolverResult.Stopped<>(eq, stats,
        run.timedOut() ? SolverResult.StopReason.TIMEOUT : SolverResult.StopReason.ITERATION_LIMIT);
  }

  /**
   * Solves an extensive game on its reduced normal form (as {@code gambit-simpdiv} does on
   * {@code .efg} files) and answers with the realisation-equivalent behaviour profile (Kuhn's
   * theorem; {@link ReducedNormalForm#toBehaviour}).
   */
  @Override
  public SolverResult<BehaviourProfile> solve(ExtensiveFormGame game, SolveOptions options) {
    Objects.requireNonNull(game, "game");
    if (!game.hasPerfectRecall()) {
      throw new IllegalArgumentException("simpdiv: games with imperfect recall are not supported");
    }
    ReducedNormalForm rnf = ReducedNormalForm.of(game);
    SolverResult<MixedProfile> r = solve(rnf.game(), options);
    List<Equilibrium<BehaviourProfile>> eq = r.equilibria().stream()
        .map(e -> Equilibrium.of(game, rnf.toBehaviour(e.profile()))).toList();
    if (r instanceof SolverResult.Stopped<MixedProfile> s) {
      return new SolverResult.Stopped<>(eq, s.statistics(), s.reason());
    }
    return new SolverResult.Complete<>(eq, r.statistics());
  }

  /** Runs the restart algorithm until the tolerance, the refinement limit or {@code deadline}. */
  public Run run(NormalFormGame game, long deadline) {
    Objects.requireNonNull(game, "game");
    Labeller lab = new Labeller(game);
    double range = lab.payoffRange();
    double tol = tolerance * Math.max(range, 1e-300);
    int n = game.numPlayers();
    double[][] v = new double[n][];
    for (int i = 0; i < n; i++) {
      v[i] = new double[game.numStrategies(i)];
      v[i][0] = 1;
    }
    double d = 1;
    long pivots = 0;
    Best best = new Best();
    best.offer(v, lab.maxRegret(v));
    int rounds = 0;
    while (rounds < maxRefinements) {
      if (best.regret <= tol) {
        return new Run(best.point, best.regret, d, rounds, pivots, true, false);
      }
      d /= 2;
      rounds++;
      Round r = new Round(lab, best.point, d, best);
      RoundStatus st = r.follow(maxPivotsPerRound, deadline);
      pivots += r.pivots;
      if (st == RoundStatus.TIMEOUT) {
        return new Run(best.point, best.regret, d, rounds, pivots, false, true);
      }
    }
    return new Run(best.point, best.regret, d, rounds, pivots, best.regret <= tol, false);
  }

  private enum RoundStatus {
    DONE,
    PIVOT_LIMIT,
    TIMEOUT
  }

  /** The best grid point (smallest largest regret) seen so far. */
  private static final class Best {
    double[][] point;
    double regret = Double.POSITIVE_INFINITY;

    void offer(double[][] y, double r) {
      if (r < regret) {
        regret = r;
        point = new double[y.length][];
        for (int i = 0; i < y.length; i++) {
          point[i] = y[i].clone();
        }
      }
    }
  }

  /**
   * One pass of the variable-dimension algorithm from {@code v} with mesh {@code d}. The current
   * simplex lies in region {@code A(T)}, {@code T = {π_1 … π_t}}; in cone coordinates it is
   * Kuhn's simplex with base {@code a} (non-negative integers) and order {@code π}: vertex
   * {@code y¹ = v + d Σ a(ℓ) q(ℓ)}, {@code y^{k+1} = y^k + d q(π_k)}.
   */
  private static final class Round {
    private final Labeller lab;
    private final double[][] v;
    private final double d;
    private final Best best;
    private final int[] offset;
    private final List<Integer> pi = new ArrayList<>(); // directions (flat strategy index) in order
    private final int[] a; // base coordinates per flat strategy (0 when not in T)
    private final boolean[] inT;
    private final int[] countT; // |T_j|
    private final List<double[][]> vertices = new ArrayList<>();
    private final List<Integer> labels = new ArrayList<>();
    long pivots;

    Round(Labeller lab, double[][] v, double d, Best best) {
      this.lab = lab;
      this.v = v;
      this.d = d;
      this.best = best;
      int n = v.length;
      offset = new int[n + 1];
      for (int i = 0; i < n; i++) {
        offset[i + 1] = offset[i] + v[i].length;
      }
      a = new int[offset[n]];
      inT = new boolean[offset[n]];
      countT = new int[n];
    }

    private int playerOf(int flat) {
      int j = 0;
      while (offset[j + 1] <= flat) {
        j++;
      }
      return j;
    }

    /** {@code y + sign · d · q(flat)}, as a new array. */
    private double[][] move(double[][] y, int flat, int sign) {
      int j = playerOf(flat);
      int h = flat - offset[j];
      int m = v[j].length;
      int prev = (h + m - 1) % m;
      double[][] z = new double[y.length][];
      for (int i = 0; i < y.length; i++) {
        z[i] = i == j ? y[i].clone() : y[i];
      }
      z[j][h] += sign * d;
      z[j][prev] -= sign * d;
      return z;
    }

    private int label(double[][] y) {
      int l = lab.label(y, offset);
      if (lab.lastInside) {
        best.offer(y, lab.lastMaxRegret);
      }
      return l;
    }

    RoundStatus follow(long maxPivots, long deadline) {
      vertices.add(v);
      labels.add(label(v));
      int newest = 0; // index of the vertex whose label was just computed
      int pivotOut = -1; // label whose vertex must be removed next (after a dimension drop)
      while (true) {
        if (pivots >= maxPivots) {
          return RoundStatus.PIVOT_LIMIT;
        }
        if ((pivots & 255) == 0 && System.nanoTime() - deadline > 0) {
          return RoundStatus.TIMEOUT;
        }
        int remove;
        if (pivotOut >= 0) {
          remove = labels.indexOf(pivotOut);
          pivotOut = -1;
        } else {
          int l = labels.get(newest);
          if (!inT[l] && !labelSeenElsewhere(l, newest)) {
            int j = playerOf(l);
            if (countT[j] + 1 == v[j].length) {
              return RoundStatus.DONE; // player j's labels are complete
            }
            // add direction l: the current simplex becomes the facet of a simplex one dimension up
            inT[l] = true;
            countT[j]++;
            a[l] = 0;
            pi.add(l);
            double[][] y = move(vertices.get(vertices.size() - 1), l, +1);
            vertices.add(y);
            labels.add(label(y));
            newest = vertices.size() - 1;
            pivots++;
            continue;
          }
          remove = otherVertexWithLabel(l, newest);
        }
        newest = replace(remove);
        pivots++;
        if (newest < 0) {
          // dimension dropped; the dropped direction's label must leave next
          pivotOut = -newest - 1;
          newest = -1;
        }
      }
    }

    private boolean labelSeenElsewhere(int l, int except) {
      for (int k = 0; k < labels.size(); k++) {
        if (k != except && labels.get(k) == l) {
          return true;
        }
      }
      return false;
    }

    private int otherVertexWithLabel(int l, int except) {
      for (int k = 0; k < labels.size(); k++) {
        if (k != except && labels.get(k) == l) {
          return k;
        }
      }
      throw new IllegalStateException("no other vertex carries label " + l);
    }

    /**
     * Replaces vertex {@code i} of Kuhn's simplex (pivoting rules of the Freudenthal
     * triangulation); returns the index of the new vertex, or {@code −(label + 1)} when the facet
     * opposite the last vertex lies on the region's boundary and the dimension drops.
     */
    private int replace(int i) {
      int t = pi.size();
      if (i == 0) {
        int first = pi.remove(0);
        a[first]++;
        pi.add(first);
        double[][] y = move(vertices.get(t), first, +1);
        vertices.remove(0);
        labels.remove(0);
        vertices.add(y);
        labels.add(label(y));
        return t;
      }
      if (i == t) {
        int last = pi.get(t - 1);
        if (a[last] == 0) {
          pi.remove(t - 1);
          inT[last] = false;
          countT[playerOf(last)]--;
          vertices.remove(t);
          labels.remove(t);
          return -(last + 1);
        }
        pi.remove(t - 1);
        pi.add(0, last);
        a[last]--;
        double[][] y = move(vertices.get(0), last, -1);
        vertices.remove(t);
        labels.remove(t);
        vertices.add(0, y);
        labels.add(0, label(y));
        return 0;
      }
      int left = pi.get(i - 1);
      int right = pi.get(i);
      pi.set(i - 1, right);
      pi.set(i, left);
      double[][] y = move(vertices.get(i - 1), right, +1);
      vertices.set(i, y);
      labels.set(i, label(y));
      return i;
    }
  }
}
