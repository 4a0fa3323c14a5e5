package org.parley.games.normal;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;
import org.parley.games.solver.BimatrixSolver;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;
import org.parley.games.solver.SolverStatistics;

/**
 * The Lemke–Howson algorithm for two-player games (Lemke and Howson 1964; tableau form and
 * lexicographic degeneracy resolution as in von Stengel 2002, "Computing equilibria for two-person
 * games", Handbook of Game Theory 3, §3 and §6).
 *
 * <p>By default it reproduces Gambit's {@code gambit-lcp}: starting from the artificial equilibrium
 * it follows the path for every label 1…m+n in turn, and from each new equilibrium again every
 * label except the one it arrived by (depth-first), so equilibria come out in the same order as
 * Gambit's, deduplicated by the set of basic strategy variables; ties in the ratio test are broken
 * the way Gambit's tableau does, so even degenerate games give Gambit's output. With {@link
 * SolveOptions#maxEquilibria()} = 1 only the path for label 1 is followed. {@link #fromLabel}
 * follows one path from the artificial equilibrium, {@link #everyStartingLabel} one path per
 * starting label.
 *
 * <p>Arithmetic: pivoting is done in floating point on a dense tableau. In exact mode every
 * completely labelled basis found is re-solved in integer arithmetic (Bareiss elimination) and
 * checked for feasibility, and its certificate is computed exactly; if any check fails the whole
 * search is redone with exact fraction-free integer pivoting ({@link IntegerLhTableau}), so exact
 * answers never depend on rounding. In floating-point mode an equilibrium whose regret exceeds 1e-8
 * also triggers the exact re-run.
 *
 * <p>Cost: each pivot is O((m+n)·max(m,n)); path lengths are typically short but exponential in the
 * worst case (Savani and von Stengel 2006). The depth-first search keeps the tableaux of the
 * innermost 256 levels and rebuilds older ones from their basis when it backtracks to them.
 */
public final class LemkeHowson implements BimatrixSolver {
  private static final int KEEP_TABLEAUX = 256;
  private static final int ACCESSIBLE = -1;
  private static final int EVERY_LABEL = -2;
  private final int startLabel; // >= 0: one path; ACCESSIBLE (Gambit's default); EVERY_LABEL

  /** Gambit's behaviour: all equilibria accessible by Lemke–Howson paths. */
  public LemkeHowson() {
    this(ACCESSIBLE);
  }

  /**
   * One path from the artificial equilibrium for every starting label 1…m+n (no further search from
   * the equilibria found); distinct equilibria in label order.
   */
  public static LemkeHowson everyStartingLabel() {
    return new LemkeHowson(EVERY_LABEL);
  }

  private LemkeHowson(int startLabel) {
    this.startLabel = startLabel;
  }

  /**
   * One path from the artificial equilibrium, dropping {@code label} (0-based; row strategies
   * first).
   */
  public static LemkeHowson fromLabel(int label) {
    if (label < 0) {
      throw new IllegalArgumentException("label " + label + " must be >= 0");
    }
    return new LemkeHowson(label);
  }

  @Override
  public String name() {
    return "lcp";
  }

  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final SolverResult.StopReason reason; // null: rounding failure

    Stop(SolverResult.StopReason reason) {
      super(null, null, false, false);
      this.reason = reason;
    }
  }

  private final class Search {
    final NormalFormGame game;
    final Bimatrix bm;
    final SolveOptions options;
    final boolean integer;
    final Set<BitSet> seen = new HashSet<>();
    final List<Equilibrium<MixedProfile>> found = new ArrayList<>();
    final long deadline;
    long pivots;

    Search(NormalFormGame game, Bimatrix bm, SolveOptions options, boolean integer, long deadline) {
      this.game = game;
      this.bm = bm;
      this.options = options;
      this.integer = integer;
      this.deadline = deadline;
    }

    LhTableau fresh() {
      return integer ? bm.integerTableau() : bm.doubleTableau();
    }

    /**
     * Records a completely labelled basis; throws {@link Stop} at the limit or on rounding failure.
     */
    void record(LhTableau t) {
      MixedProfile p;
      if (integer) {
        p = exactProfile(((IntegerLhTableau) t).strategyNumerators(), bm.m, bm.n);
        if (!options.exact()) {
          p = MixedProfile.ofDoubles(new double[][] {p.strategy(0), p.strategy(1)});
        }
      } else if (options.exact()) {
        p = bm.exactFromBasis(t.basis);
        if (p == null) {
          throw new Stop(null);
        }
      } else {
        p = doubleProfile(((DoubleLhTableau) t).strategyValues(), bm.m, bm.n);
      }
      Equilibrium<MixedProfile> e = Equilibrium.of(game, p);
      if (!integer && !e.certificate().holds(1e-8)) {
        throw new Stop(null);
      }
      found.add(e);
      if (options.maxEquilibria() > 0 && found.size() >= options.maxEquilibria()) {
        throw new Stop(SolverResult.StopReason.EQUILIBRIUM_LIMIT);
      }
    }

    void path(LhTableau t, int label) {
      long before = t.pivots;
      try {
        t.lemkePath(label, deadline);
      } catch (LhTableau.Timeout timeout) {
        throw new Stop(SolverResult.StopReason.TIMEOUT);
      } finally {
        pivots += t.pivots - before;
      }
    }

    void run() {
      LhTableau root = fresh();
      if (startLabel == EVERY_LABEL) {
        for (int label = 0; label < root.m + root.n; label++) {
          LhTableau t = root.copy();
          path(t, label);
          BitSet key = t.key();
          if (seen.add(key) && !key.isEmpty()) {
            record(t);
          }
        }
        return;
      }
      if (startLabel >= 0 || options.maxEquilibria() == 1) {
        path(root, Math.max(startLabel, 0));
        BitSet key = root.key();
        seen.add(key);
        if (!key.isEmpty()) {
          record(root);
        }
        return;
      }
      allLemke(root);
    }

    /** Depth-first search over Lemke–Howson paths in Gambit's AllLemke order, iteratively. */
    void allLemke(LhTableau root) {
      final class Frame {
        LhTableau tableau;
        final int[] basis;
        final int arrivedBy;
        int nextLabel;

        Frame(LhTableau tableau, int arrivedBy) {
          this.tableau = tableau;
          this.basis = tableau.basis.clone();
          this.arrivedBy = arrivedBy;
        }
      }
      List<Frame> stack = new ArrayList<>();
      stack.add(new Frame(root, -1));
      int labels = root.m + root.n;
      while (!stack.isEmpty()) {
        Frame f = stack.get(stack.size() - 1);
        if (f.nextLabel == f.arrivedBy) {
          f.nextLabel++;
        }
        if (f.nextLabel >= labels) {
          stack.remove(stack.size() - 1);
          continue;
        }
        if (f.tableau == null) {
          LhTableau t = fresh();
          t.rebuild(f.basis);
          f.tableau = t;
        }
        int label = f.nextLabel++;
        LhTableau c = f.tableau.copy();
        path(c, label);
        BitSet key = c.key();
        if (!seen.add(key) || key.isEmpty()) {
          continue; // known basis, or back at the artificial equilibrium
        }
        record(c);
        stack.add(new Frame(c, label));
        if (stack.size() > KEEP_TABLEAUX) {
          stack.get(stack.size() - 1 - KEEP_TABLEAUX).tableau = null;
        }
      }
    }
  }

  @Override
  public SolverResult<MixedProfile> solve(NormalFormGame game, SolveOptions options) {
    long start = System.nanoTime();
    Bimatrix bm = new Bimatrix(game);
    if (startLabel >= bm.m + bm.n) {
      throw new IllegalArgumentException(
          "label " + startLabel + " out of range; the game has " + (bm.m + bm.n) + " labels");
    }
    long deadline = options.deadline(start);
    Search s = new Search(game, bm, options, false, deadline);
    SolverResult.StopReason reason = null;
    boolean rerun = false;
    try {
      s.run();
    } catch (Stop stop) {
      reason = stop.reason;
      rerun = stop.reason == null;
    }
    long pivots = s.pivots;
    if (rerun) {
      // rounding misled the floating-point search: redo it exactly
      s = new Search(game, bm, options, true, deadline);
      reason = null;
      try {
        s.run();
      } catch (Stop stop) {
        reason = stop.reason;
      }
      pivots += s.pivots;
    }
    SolverStatistics stats =
        new SolverStatistics(
            "lcp",
            pivots,
            "pivots",
            Duration.ofNanos(System.nanoTime() - start),
            Map.of("bases", (long) s.seen.size(), "exactRerun", rerun ? 1L : 0L));
    boolean singlePath = startLabel >= 0 || options.maxEquilibria() == 1;
    if (reason == SolverResult.StopReason.TIMEOUT || (reason != null && !singlePath)) {
      return new SolverResult.Stopped<>(s.found, stats, reason);
    }
    return new SolverResult.Complete<>(s.found, stats);
  }

  private static MixedProfile doubleProfile(double[] v, int m, int n) {
    double[][] p = new double[2][];
    p[0] = normalise(v, 0, m);
    p[1] = normalise(v, m, n);
    return MixedProfile.ofDoubles(p);
  }

  private static double[] normalise(double[] v, int from, int len) {
    double sum = 0;
    double[] out = new double[len];
    for (int k = 0; k < len; k++) {
      out[k] = Math.max(0, v[from + k]);
      sum += out[k];
    }
    for (int k = 0; k < len; k++) {
      out[k] /= sum;
    }
    return out;
  }

  private static MixedProfile exactProfile(BigInteger[] v, int m, int n) {
    Rational[][] p = new Rational[2][];
    p[0] = normalise(v, 0, m);
    p[1] = normalise(v, m, n);
    return MixedProfile.ofRationals(p);
  }

  private static Rational[] normalise(BigInteger[] v, int from, int len) {
    BigInteger sum = BigInteger.ZERO;
    for (int k = 0; k < len; k++) {
      sum = sum.add(v[from + k]);
    }
    Rational[] out = new Rational[len];
    for (int k = 0; k < len; k++) {
      out[k] = Rational.of(v[from + k], sum);
    }
    return out;
  }
}
