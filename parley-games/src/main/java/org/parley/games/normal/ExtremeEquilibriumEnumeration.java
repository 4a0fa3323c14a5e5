package org.parley.games.normal;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * All extreme Nash equilibria of a two-player game by branch and bound over complementarity,
 * after EEE (Audet, Hansen, Jaumard and Savard 2001, "Enumeration of all extreme equilibria of
 * bimatrix games", SIAM J. Sci. Comput. 23(1):323–338), in exact fraction-free integer arithmetic.
 *
 * <p>With payoffs shifted positive, the best-response polytopes are
 * {@code P = {x ≥ 0 : Bᵀx + s = 1, s ≥ 0}} and {@code Q = {y ≥ 0 : Ay + r = 1, r ≥ 0}}. Label
 * {@code i} (a row) is carried by {@code x_i} in P and by {@code r_i} in Q, label {@code m + j}
 * (a column) by {@code s_j} in P and by {@code y_j} in Q; a pair {@code (x, y) ≠ (0, 0)} is an
 * equilibrium exactly when every label is zero in x or in y (Mangasarian 1964; von Stengel 2002,
 * Handbook of Game Theory 3, ch. 45). A node of the search assigns each decided label to the
 * polytope in which it must vanish; the node's two faces are kept as feasible exact tableaux and a
 * label is assigned by minimising its variable over the face (simplex with Bland's rule, which
 * ends on degenerate faces). Empty faces, and faces that force {@code x = 0} or {@code y = 0},
 * are pruned. The branching label is one that neither current point makes zero (a violated
 * complementarity, as in EEE), so the tree follows the conflicts instead of every vertex.
 *
 * <p>When every label is assigned, each point of {@code F_P × F_Q} is an equilibrium and the
 * extreme equilibria are the pairs of vertices of the two faces; a face that is not a single
 * point (degenerate games) has its vertices listed by a search over its feasible bases, a
 * connected graph (Dantzig 1963, ch. 10). Equilibria found by several leaves are kept once.
 * Every equilibrium is certified by its exact regret (zero).
 *
 * <p>Cost: exponential in the worst case like every enumeration of all equilibria, but the
 * search visits only partial assignments whose two faces are both non-empty, far fewer than the
 * vertices of P and Q on random games. Entries are integers equal to the true tableau times the
 * basis determinant (Edmonds 1967; Avis' lrs), so no fractions are ever reduced.
 */
public final class ExtremeEquilibriumEnumeration implements BimatrixSolver {
  private final long maxNodes;

  /** At most one hundred million search nodes. */
  public ExtremeEquilibriumEnumeration() {
    this(100_000_000L);
  }

  /** @param maxNodes stop with {@link SolverResult.StopReason#ITERATION_LIMIT} past this many search nodes */
  public ExtremeEquilibriumEnumeration(long maxNodes) {
    if (maxNodes < 1) {
      throw new IllegalArgumentException("maxNodes " + maxNodes + " must be positive");
    }
    this.maxNodes = maxNodes;
  }

  @Override
  public String name() {
    return "enummixed";
  }

  @Override
  public SolverResult<MixedProfile> solve(NormalFormGame game, SolveOptions options) {
    long start = System.nanoTime();
    Bimatrix bm = new Bimatrix(game);
    Search s = new Search(game, bm, options, options.deadline(start), maxNodes);
    SolverResult.StopReason stop = null;
    try {
      s.run();
    } catch (StopSearch e) {
      stop = e.reason;
    }
    List<Equilibrium<MixedProfile>> eqs = new ArrayList<>();
    for (Equilibrium<MixedProfile> e : s.found.values()) {
      // certified exactly in the search; the floating-point mode reports the same points as doubles
      eqs.add(options.exact() ? e
          : Equilibrium.of(game, MixedProfile.ofDoubles(new double[][] {e.profile().strategy(0), e.profile().strategy(1)})));
    }
    SolverStatistics stats = new SolverStatistics("eee", s.nodes, "nodes",
        Duration.ofNanos(System.nanoTime() - start),
        Map.of("pivots", s.pivots[0], "leaves", s.leaves, "degenerateLeaves", s.degenerateLeaves));
    if (stop != null) {
      return new SolverResult.Stopped<>(eqs, stats, stop);
    }
    return new SolverResult.Complete<>(eqs, stats);
  }

  private static final class StopSearch extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient SolverResult.StopReason reason;

    StopSearch(SolverResult.StopReason reason) {
      super(null, null, false, false);
      this.reason = reason;
    }
  }

  /** The depth-first branch and bound. */
  private static final class Search {
    final NormalFormGame game;
    final SolveOptions options;
    final long deadline;
    final long maxNodes;
    final int m;
    final int n;
    final int k;
    final Face rootP;
    final Face rootQ;
    final Map<MixedProfile, Equilibrium<MixedProfile>> found = new LinkedHashMap<>();
    final long[] pivots = new long[1];
    long nodes;
    long leaves;
    long degenerateLeaves;

    Search(NormalFormGame game, Bimatrix bm, SolveOptions options, long deadline, long maxNodes) {
      this.game = game;
      this.options = options;
      this.deadline = deadline;
      this.maxNodes = maxNodes;
      m = bm.m;
      n = bm.n;
      k = m + n;
      BigInteger[][] a = integers(bm.a);
      BigInteger[][] b = integers(bm.b);
      // P: rows j, s_j + sum_i B_ij x_i = L_B ; variables indexed by label: x_i = i, s_j = m + j
      BigInteger[][] tp = new BigInteger[n][k + 1];
      int[] basisP = new int[n];
      for (int j = 0; j < n; j++) {
        for (int v = 0; v < k; v++) {
          tp[j][v] = BigInteger.ZERO;
        }
        for (int i = 0; i < m; i++) {
          tp[j][i] = b[i][j];
        }
        tp[j][m + j] = BigInteger.ONE;
        tp[j][k] = b[m][0];
        basisP[j] = m + j;
      }
      // Q: rows i, r_i + sum_j A_ij y_j = L_A ; r_i = i, y_j = m + j
      BigInteger[][] tq = new BigInteger[m][k + 1];
      int[] basisQ = new int[m];
      for (int i = 0; i < m; i++) {
        for (int v = 0; v < k; v++) {
          tq[i][v] = BigInteger.ZERO;
        }
        for (int j = 0; j < n; j++) {
          tq[i][m + j] = a[i][j];
        }
        tq[i][i] = BigInteger.ONE;
        tq[i][k] = a[m][0];
        basisQ[i] = i;
      }
      rootP = new Face(tp, BigInteger.ONE, basisP, new boolean[k], pivots);
      rootQ = new Face(tq, BigInteger.ONE, basisQ, new boolean[k], pivots);
    }

    /**
     * The matrix times the lcm L of its denominators, with L appended as row m (column 0); the
     * right-hand side 1 becomes L.
     */
    private static BigInteger[][] integers(Rational[][] x) {
      BigInteger l = BigInteger.ONE;
      for (Rational[] row : x) {
        for (Rational v : row) {
          BigInteger d = v.denominator();
          l = l.divide(l.gcd(d)).multiply(d);
        }
      }
      BigInteger[][] out = new BigInteger[x.length + 1][];
      for (int i = 0; i < x.length; i++) {
        out[i] = new BigInteger[x[i].length];
        for (int j = 0; j < x[i].length; j++) {
          out[i][j] = x[i][j].numerator().multiply(l.divide(x[i][j].denominator()));
        }
      }
      out[x.length] = new BigInteger[] {l};
      return out;
    }

    void run() {
      branch(rootP, rootQ, 0, 0);
    }

    /**
     * @param rowsInP how many row labels are assigned to P (all of them force x = 0)
     * @param colsInQ how many column labels are assigned to Q (all of them force y = 0)
     */
    private void branch(Face p, Face q, int rowsInP, int colsInQ) {
      if (++nodes > maxNodes) {
        throw new StopSearch(SolverResult.StopReason.ITERATION_LIMIT);
      }
      if ((nodes & 1023) == 0 && System.nanoTime() - deadline > 0) {
        throw new StopSearch(SolverResult.StopReason.TIMEOUT);
      }
      // propagation: a label that cannot vanish on one face must vanish on the other
      boolean changed = true;
      while (changed) {
        changed = false;
        for (int u = 0; u < k; u++) {
          if (p.fixed[u] || q.fixed[u]) {
            continue;
          }
          boolean row = u < m;
          boolean pOut = (row && rowsInP + 1 == m) || p.surelyPositive(u);
          boolean qOut = (!row && colsInQ + 1 == n) || q.surelyPositive(u);
          if (pOut && qOut) {
            return;
          }
          if (pOut) {
            q = q.fixZero(u);
            if (q == null) {
              return;
            }
            colsInQ += row ? 0 : 1;
            changed = true;
          } else if (qOut) {
            p = p.fixZero(u);
            if (p == null) {
              return;
            }
            rowsInP += row ? 1 : 0;
            changed = true;
          }
        }
      }
      // choose a label neither point makes zero; failing that, any unassigned label
      int label = -1;
      int fallback = -1;
      double best = -1;
      for (int u = 0; u < k; u++) {
        if (p.fixed[u] || q.fixed[u]) {
          continue;
        }
        if (fallback < 0) {
          fallback = u;
        }
        if (!p.isZero(u) && !q.isZero(u)) {
          double score = score(p, q, u);
          if (score > best) {
            best = score;
            label = u;
          }
        }
      }
      if (label < 0) {
        label = fallback;
      }
      if (label < 0) {
        leaf(p, q);
        return;
      }
      boolean row = label < m;
      boolean pFirst = p.isZero(label);
      for (int side = 0; side < 2; side++) {
        if ((side == 0) == pFirst) {
          Face p2 = p.fixZero(label);
          if (p2 != null) {
            branch(p2, q, rowsInP + (row ? 1 : 0), colsInQ);
          }
        } else {
          Face q2 = q.fixZero(label);
          if (q2 != null) {
            branch(p, q2, rowsInP, colsInQ + (row ? 0 : 1));
          }
        }
      }
    }

    private static final int RULE = Integer.getInteger("eee.rule", 0);

    private double score(Face p, Face q, int u) {
      switch (RULE) {
        case 1:
          return p.value(u) * q.value(u);
        case 2:
          return u;
        case 3:
          return -u;
        case 4:
          return Math.min(p.value(u), q.value(u));
        case 5:
          return -p.value(u) * q.value(u);
        default:
          return 0;
      }
    }

    private void leaf(Face p, Face q) {
      leaves++;
      List<Rational[]> xs = p.vertices(0, m);
      List<Rational[]> ys = q.vertices(m, n);
      if (xs.size() > 1 || ys.size() > 1) {
        degenerateLeaves++;
      }
      for (Rational[] x : xs) {
        for (Rational[] y : ys) {
          MixedProfile prof = MixedProfile.ofRationals(new Rational[][] {x, y});
          if (found.containsKey(prof)) {
            continue;
          }
          Equilibrium<MixedProfile> e = Equilibrium.of(game, prof);
          if (!e.certificate().holds(0)) {
            throw new IllegalStateException("internal error: a complementary vertex pair has regret "
                + e.certificate().maxRegret());
          }
          found.put(prof, e);
          if (options.maxEquilibria() > 0 && found.size() >= options.maxEquilibria()) {
            throw new StopSearch(SolverResult.StopReason.EQUILIBRIUM_LIMIT);
          }
        }
      }
    }
  }

  /**
   * A face of one polytope {@code {z ≥ 0 : Mz = L}}, given by the variables fixed at zero, with a
   * feasible basis in fraction-free form: entry / {@code det} is the true tableau entry. Faces are
   * never changed after construction; operations return new faces (sharing rows where possible).
   */
  static final class Face {
    final BigInteger[][] t;
    final BigInteger det;
    final int[] basis;
    final int[] rowOf;
    final boolean[] fixed;
    final long[] pivots;

    Face(BigInteger[][] t, BigInteger det, int[] basis, boolean[] fixed, long[] pivots) {
      this.t = t;
      this.det = det;
      this.basis = basis;
      this.fixed = fixed;
      this.pivots = pivots;
      int vars = t[0].length - 1;
      rowOf = new int[vars];
      java.util.Arrays.fill(rowOf, -1);
      for (int r = 0; r < basis.length; r++) {
        rowOf[basis[r]] = r;
      }
    }

    int rhs() {
      return t[0].length - 1;
    }

    /** Approximate value of v relative to the right-hand side 1 (for branching heuristics only). */
    double value(int v) {
      int r = rowOf[v];
      return r < 0 ? 0 : new java.math.BigDecimal(t[r][rhs()]).divide(new java.math.BigDecimal(det), java.math.MathContext.DECIMAL64).doubleValue();
    }

    boolean isZero(int v) {
      int r = rowOf[v];
      return r < 0 || t[r][rhs()].signum() == 0;
    }

    /**
     * Whether v is positive on the whole face, read off the current tableau: v is basic and
     * positive and no free non-basic variable can decrease it (a sufficient test, no pivots).
     */
    boolean surelyPositive(int v) {
      int r = rowOf[v];
      if (r < 0) {
        return false;
      }
      BigInteger[] row = t[r];
      int rhs = row.length - 1;
      if (row[rhs].signum() == 0) {
        return false;
      }
      for (int c = 0; c < rhs; c++) {
        if (!fixed[c] && rowOf[c] < 0 && row[c].signum() > 0) {
          return false;
        }
      }
      return true;
    }

    /** This face with variable v also fixed at zero, or null when that face is empty. */
    Face fixZero(int v) {
      boolean[] f = fixed.clone();
      f[v] = true;
      int r = rowOf[v];
      int rhs = rhs();
      if (r < 0) {
        return new Face(t, det, basis, f, pivots);
      }
      if (t[r][rhs].signum() == 0) {
        for (int c = 0; c < rhs; c++) {
          if (!f[c] && rowOf[c] < 0 && t[r][c].signum() != 0) {
            return pivoted(f, r, c);
          }
        }
        return new Face(t, det, basis, f, pivots); // v is zero on the whole face
      }
      // minimise v over the face: simplex with Bland's rule; v = rhs - sum t[r][c] c (over det)
      BigInteger[][] w = new BigInteger[t.length][];
      for (int i = 0; i < t.length; i++) {
        w[i] = t[i].clone();
      }
      BigInteger[] d = {det};
      int[] bas = basis.clone();
      int[] ro = rowOf.clone();
      while (true) {
        int enter = -1;
        for (int c = 0; c < rhs; c++) {
          if (!f[c] && ro[c] < 0 && w[r][c].signum() > 0) {
            enter = c;
            break;
          }
        }
        if (enter < 0) {
          return null; // min v > 0: the face with v = 0 is empty
        }
        int leave = -1;
        for (int i = 0; i < w.length; i++) {
          if (w[i][enter].signum() <= 0) {
            continue;
          }
          if (leave < 0) {
            leave = i;
            continue;
          }
          int cmp = w[i][rhs].multiply(w[leave][enter]).compareTo(w[leave][rhs].multiply(w[i][enter]));
          if (cmp < 0 || cmp == 0 && leave != r && (i == r || bas[i] < bas[leave])) {
            leave = i;
          }
        }
        pivot(w, d, bas, ro, leave, enter);
        if (leave == r) {
          return new Face(w, d[0], bas, f, pivots);
        }
        r = ro[v];
      }
    }

    private Face pivoted(boolean[] f, int r, int c) {
      BigInteger[][] w = new BigInteger[t.length][];
      for (int i = 0; i < t.length; i++) {
        w[i] = t[i].clone();
      }
      BigInteger[] d = {det};
      int[] bas = basis.clone();
      int[] ro = rowOf.clone();
      pivot(w, d, bas, ro, r, c);
      return new Face(w, d[0], bas, f, pivots);
    }

    /** Fraction-free pivot on (r, c), keeping the determinant positive. */
    private void pivot(BigInteger[][] w, BigInteger[] d, int[] bas, int[] ro, int r, int c) {
      pivots[0]++;
      BigInteger p = w[r][c];
      BigInteger old = d[0];
      int cols = w[r].length;
      for (int i = 0; i < w.length; i++) {
        if (i == r) {
          continue;
        }
        BigInteger[] row = w[i];
        BigInteger f = row[c];
        if (f.signum() == 0) {
          if (!p.equals(old)) {
            for (int j = 0; j < cols; j++) {
              if (row[j].signum() != 0) {
                row[j] = row[j].multiply(p).divide(old);
              }
            }
          }
        } else {
          BigInteger[] pr = w[r];
          for (int j = 0; j < cols; j++) {
            BigInteger a = row[j].signum() == 0 ? BigInteger.ZERO : row[j].multiply(p);
            BigInteger b = pr[j].signum() == 0 ? BigInteger.ZERO : f.multiply(pr[j]);
            row[j] = a.subtract(b).divide(old);
          }
        }
      }
      d[0] = p;
      if (p.signum() < 0) {
        for (BigInteger[] row : w) {
          for (int j = 0; j < cols; j++) {
            row[j] = row[j].negate();
          }
        }
        d[0] = p.negate();
      }
      ro[bas[r]] = -1;
      bas[r] = c;
      ro[c] = r;
    }

    /**
     * The distinct vertices of this face, as the normalised values of variables
     * {@code from .. from + count − 1} (the mixed strategy), omitting the zero vector.
     */
    List<Rational[]> vertices(int from, int count) {
      int rhs = rhs();
      boolean simple = true;
      for (int c = 0; c < rhs && simple; c++) {
        if (!fixed[c] && rowOf[c] < 0) {
          simple = false;
        }
      }
      List<Rational[]> out = new ArrayList<>();
      if (simple) {
        addPoint(this, from, count, out, null);
        return out;
      }
      // every feasible basis of the face, by a depth-first search over pivots
      Set<BitSet> seenBases = new HashSet<>();
      Set<List<Rational>> seenPoints = new HashSet<>();
      List<Face> stack = new ArrayList<>();
      seenBases.add(key(basis));
      stack.add(this);
      while (!stack.isEmpty()) {
        Face f = stack.remove(stack.size() - 1);
        addPoint(f, from, count, out, seenPoints);
        for (int c = 0; c < rhs; c++) {
          if (fixed[c] || f.rowOf[c] >= 0) {
            continue;
          }
          int best = -1;
          List<Integer> ties = new ArrayList<>();
          for (int i = 0; i < f.t.length; i++) {
            if (f.t[i][c].signum() <= 0) {
              continue;
            }
            int cmp = best < 0 ? -1
                : f.t[i][rhs].multiply(f.t[best][c]).compareTo(f.t[best][rhs].multiply(f.t[i][c]));
            if (cmp < 0) {
              best = i;
              ties.clear();
              ties.add(i);
            } else if (cmp == 0) {
              ties.add(i);
            }
          }
          for (int r : ties) {
            int[] nb = f.basis.clone();
            nb[r] = c;
            if (seenBases.add(key(nb))) {
              stack.add(f.pivoted(fixed, r, c));
            }
          }
        }
      }
      return out;
    }

    private static BitSet key(int[] basis) {
      BitSet b = new BitSet();
      for (int v : basis) {
        b.set(v);
      }
      return b;
    }

    private static void addPoint(Face f, int from, int count, List<Rational[]> out, Set<List<Rational>> seen) {
      BigInteger[] v = new BigInteger[count];
      BigInteger sum = BigInteger.ZERO;
      int rhs = f.rhs();
      for (int i = 0; i < count; i++) {
        int r = f.rowOf[from + i];
        v[i] = r < 0 ? BigInteger.ZERO : f.t[r][rhs];
        sum = sum.add(v[i]);
      }
      if (sum.signum() == 0) {
        return;
      }
      Rational[] x = new Rational[count];
      for (int i = 0; i < count; i++) {
        x[i] = Rational.of(v[i], sum);
      }
      if (seen == null || seen.add(List.of(x))) {
        out.add(x);
      }
    }
  }
}
