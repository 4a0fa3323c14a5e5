package org.parley.games.normal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
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
 * <p>By default it reproduces Gambit's {@code gambit-lcp}: starting from the artificial
 * equilibrium it follows the path for every label 1…m+n in turn, and from each new equilibrium
 * again every label except the one it arrived by (depth-first), so equilibria come out in the
 * same order as Gambit's, deduplicated by the set of basic strategy variables. With
 * {@link SolveOptions#maxEquilibria()} = 1 only the path for label 1 is followed. {@link #fromLabel}
 * follows one path from the artificial equilibrium.
 *
 * <p>Arithmetic: pivoting is done in floating point on a dense tableau. In exact mode every
 * completely labelled basis found is re-solved in rational arithmetic and checked for
 * feasibility; if any check fails the whole search is redone with exact fraction-free integer
 * pivoting ({@link IntegerLhTableau}), so exact answers never depend on rounding. In floating-point
 * mode an equilibrium whose regret exceeds 1e-8 also triggers the exact re-run.
 *
 * <p>Cost: each pivot is O((m+n)·max(m,n)); path lengths are typically small but exponential in
 * the worst case (Savani and von Stengel 2006).
 */
public final class LemkeHowson implements BimatrixSolver {
  private final int startLabel; // -1: all accessible equilibria (Gambit's default)

  /** Gambit's behaviour: all equilibria accessible by Lemke–Howson paths. */
  public LemkeHowson() {
    this(-1);
  }

  private LemkeHowson(int startLabel) {
    this.startLabel = startLabel;
  }

  /** One path from the artificial equilibrium, dropping {@code label} (0-based; row strategies first). */
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

  private static final class LimitReached extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LimitReached() {
      super(null, null, false, false);
    }
  }

  /** A completely labelled basis found: its basis and its strategy-variable values. */
  private record Found(int[] basis, double[] values, java.math.BigInteger[] exactValues) {
    static Found of(LhTableau t) {
      if (t instanceof DoubleLhTableau d) {
        return new Found(d.basis.clone(), d.strategyValues(), null);
      }
      return new Found(t.basis.clone(), null, ((IntegerLhTableau) t).strategyNumerators());
    }
  }

  private static final class Search {
    final Set<BitSet> seen = new HashSet<>();
    final List<int[]> bases = new ArrayList<>();
    final List<Found> found = new ArrayList<>();
    final int limit;
    final long deadline;
    long pivots;

    Search(int limit, long deadline) {
      this.limit = limit;
      this.deadline = deadline;
    }
  }

  @Override
  public SolverResult<MixedProfile> solve(NormalFormGame game, SolveOptions options) {
    long start = System.nanoTime();
    Bimatrix bm = new Bimatrix(game);
    if (startLabel >= bm.m + bm.n) {
      throw new IllegalArgumentException("label " + startLabel + " out of range; the game has " + (bm.m + bm.n) + " labels");
    }
    long deadline = options.deadline(start);
    Search s = new Search(options.maxEquilibria(), deadline);
    boolean timedOut = false;
    boolean limited = false;
    try {
      run(bm.doubleTableau(), s);
    } catch (LhTableau.Timeout t) {
      timedOut = true;
    } catch (LimitReached l) {
      limited = true;
    }
    List<Equilibrium<MixedProfile>> eqs = new ArrayList<>();
    boolean ok = true;
    for (int k = 0; k < s.found.size() && ok; k++) {
      Found t = s.found.get(k);
      MixedProfile p;
      if (options.exact()) {
        p = bm.exactFromBasis(t.basis());
        if (p == null) {
          ok = false;
          break;
        }
      } else {
        p = doubleProfile(t.values(), bm.m, bm.n);
      }
      Equilibrium<MixedProfile> e = Equilibrium.of(game, p);
      if (!e.certificate().holds(1e-8)) {
        ok = false;
        break;
      }
      eqs.add(e);
    }
    String arithmetic = "double";
    long pivots = s.pivots;
    if (!ok) {
      // rounding misled the floating-point search: redo it exactly
      arithmetic = "exact-integer";
      Search x = new Search(options.maxEquilibria(), deadline);
      timedOut = false;
      limited = false;
      try {
        run(bm.integerTableau(), x);
      } catch (LhTableau.Timeout t) {
        timedOut = true;
      } catch (LimitReached l) {
        limited = true;
      }
      pivots += x.pivots;
      eqs.clear();
      for (Found t : x.found) {
        MixedProfile p = exactProfile(t.exactValues(), bm.m, bm.n);
        if (!options.exact()) {
          p = MixedProfile.ofDoubles(new double[][] {p.strategy(0), p.strategy(1)});
        }
        eqs.add(Equilibrium.of(game, p));
      }
    }
    SolverStatistics stats = new SolverStatistics(
        "lcp", pivots, "pivots", java.time.Duration.ofNanos(System.nanoTime() - start),
        java.util.Map.of("paths", (long) s.seen.size(), "exactRerun", ok ? 0L : 1L));
    if (timedOut) {
      return new SolverResult.Stopped<>(eqs, stats, SolverResult.StopReason.TIMEOUT);
    }
    if (limited && startLabel < 0 && options.maxEquilibria() > 1) {
      return new SolverResult.Stopped<>(eqs, stats, SolverResult.StopReason.EQUILIBRIUM_LIMIT);
    }
    return new SolverResult.Complete<>(eqs, stats);
  }

  private void run(LhTableau root, Search s) {
    try {
      if (startLabel >= 0 || s.limit == 1) {
        LhTableau t = root.copy();
        t.lemkePath(Math.max(startLabel, 0), s.deadline);
        s.pivots += t.pivots;
        s.seen.add(t.key());
        if (!t.key().isEmpty()) {
          s.found.add(Found.of(t));
        }
        return;
      }
      allLemke(root, -1, 0, s);
    } finally {
      // nothing
    }
  }

  /**
   * Depth-first search over Lemke–Howson paths (Gambit's AllLemke order), with an explicit stack
   * so that long chains of equilibria do not overflow the call stack.
   */
  private static void allLemke(LhTableau root, int rootArrivedBy, int rootDepth, Search s) {
    final class Frame {
      final LhTableau tableau;
      final int arrivedBy;
      int nextLabel;

      Frame(LhTableau tableau, int arrivedBy) {
        this.tableau = tableau;
        this.arrivedBy = arrivedBy;
      }
    }
    java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
    stack.push(new Frame(root, rootArrivedBy));
    int labels = root.m + root.n;
    while (!stack.isEmpty()) {
      Frame f = stack.peek();
      if (f.nextLabel == f.arrivedBy) {
        f.nextLabel++;
      }
      if (f.nextLabel >= labels) {
        stack.pop();
        continue;
      }
      int label = f.nextLabel++;
      LhTableau c = f.tableau.copy();
      long before = c.pivots;
      c.lemkePath(label, s.deadline);
      s.pivots += c.pivots - before;
      BitSet key = c.key();
      if (!s.seen.add(key) || key.isEmpty()) {
        continue; // known basis, or back at the artificial equilibrium
      }
      s.found.add(Found.of(c));
      if (s.limit > 0 && s.found.size() >= s.limit) {
        throw new LimitReached();
      }
      stack.push(new Frame(c, label));
    }
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

  private static MixedProfile exactProfile(java.math.BigInteger[] v, int m, int n) {
    Rational[][] p = new Rational[2][];
    p[0] = normalise(v, 0, m);
    p[1] = normalise(v, m, n);
    return MixedProfile.ofRationals(p);
  }

  private static Rational[] normalise(java.math.BigInteger[] v, int from, int len) {
    java.math.BigInteger sum = java.math.BigInteger.ZERO;
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
