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
 * All extreme Nash equilibria of a two-player game, exactly, by branch and bound over
 * complementarity: EEE (Audet, Hansen, Jaumard and Savard 2001, "Enumeration of all extreme
 * equilibria of bimatrix games", SIAM J. Sci. Comput. 23(1):323–338).
 *
 * <p>With payoffs shifted positive, the best-response polytopes are {@code P = {x ≥ 0 : Bᵀx + s =
 * 1, s ≥ 0}} and {@code Q = {y ≥ 0 : Ay + r = 1, r ≥ 0}}. Label {@code i} (a row) is carried by
 * {@code x_i} in P and by {@code r_i} in Q, label {@code m + j} (a column) by {@code s_j} in P and
 * by {@code y_j} in Q; a pair {@code (x, y) ≠ (0, 0)} is an equilibrium exactly when every label is
 * zero in x or in y (Mangasarian 1964; von Stengel 2002, Handbook of Game Theory 3, ch. 45). A node
 * of the search assigns labels to the polytope in which they must vanish; its two faces are kept as
 * feasible simplex tableaux, and a label is assigned by minimising its variable over the face
 * (Bland's rule, finite on degenerate faces): a positive minimum prunes the branch. Labels that can
 * vanish on only one face are assigned there at once (propagation), faces forcing {@code x = 0} or
 * {@code y = 0} are pruned, and the branching label is EEE's: the largest violation of
 * complementarity at the current vertices.
 *
 * <p>When every label is assigned, each point of {@code F_P × F_Q} is an equilibrium and the
 * extreme equilibria are the pairs of vertices of the two faces; a face that is not a single point
 * (degenerate games) has its vertices listed by a search over its feasible bases, which are
 * connected by pivots. Equilibria found by several leaves are kept once, and every one is certified
 * by its exact regret (zero).
 *
 * <p>Arithmetic: pivots are done in floating point as a filter; any decision within 1e-9 of a tie
 * is redone from the basis in fraction-free integers (entries are the true values times the basis
 * determinant; Edmonds 1967, as in Avis's lrs) and the result rounded back, so errors never
 * accumulate across exact steps; every reported vertex is re-solved exactly and the whole search is
 * redone in integers if one fails. {@link #integerArithmetic()} makes every step in integers.
 *
 * <p>Cost: exponential in the worst case like any enumeration of all equilibria, but only partial
 * assignments whose two faces are both non-empty are visited — on random games far fewer than the
 * vertices of P and Q (the reference random 25×25 game: 193 391 nodes, 363 equilibria, about 3 s;
 * docs/performance/eee.md).
 */
public final class ExtremeEquilibriumEnumeration implements BimatrixSolver {
  private final long maxNodes;
  private final boolean exactOnly;

  /** At most one hundred million search nodes; floating-point search filtered by exact checks. */
  public ExtremeEquilibriumEnumeration() {
    this(100_000_000L, false);
  }

  /**
   * @param maxNodes stop with {@link SolverResult.StopReason#ITERATION_LIMIT} past this many search
   *     nodes
   */
  public ExtremeEquilibriumEnumeration(long maxNodes) {
    this(maxNodes, false);
  }

  private ExtremeEquilibriumEnumeration(long maxNodes, boolean exactOnly) {
    if (maxNodes < 1) {
      throw new IllegalArgumentException("maxNodes " + maxNodes + " must be positive");
    }
    this.maxNodes = maxNodes;
    this.exactOnly = exactOnly;
  }

  /**
   * The same search with every decision made in fraction-free integer arithmetic (no floating-point
   * filter); slower, for cross-checks.
   */
  public static ExtremeEquilibriumEnumeration integerArithmetic() {
    return new ExtremeEquilibriumEnumeration(100_000_000L, true);
  }

  @Override
  public String name() {
    return "enummixed";
  }

  @Override
  public SolverResult<MixedProfile> solve(NormalFormGame game, SolveOptions options) {
    long start = System.nanoTime();
    Bimatrix bm = new Bimatrix(game);
    boolean floating = !exactOnly;
    long rerun = 0;
    while (true) {
      Search s = new Search(game, bm, options, options.deadline(start), maxNodes, floating);
      SolverResult.StopReason stop = null;
      try {
        s.run();
      } catch (StopSearch e) {
        stop = e.reason;
      } catch (Ambiguous e) {
        floating = false;
        rerun = 1;
        continue;
      }
      List<Equilibrium<MixedProfile>> eqs = new ArrayList<>();
      for (Equilibrium<MixedProfile> e : s.found.values()) {
        // certified exactly in the search; the floating-point mode reports the same points as
        // doubles
        eqs.add(
            options.exact()
                ? e
                : Equilibrium.of(
                    game,
                    MixedProfile.ofDoubles(
                        new double[][] {e.profile().strategy(0), e.profile().strategy(1)})));
      }
      SolverStatistics stats =
          new SolverStatistics(
              "eee",
              s.nodes,
              "nodes",
              Duration.ofNanos(System.nanoTime() - start),
              Map.of(
                  "pivots",
                  s.pivots[0],
                  "leaves",
                  s.leaves,
                  "degenerateLeaves",
                  s.degenerateLeaves,
                  "exactRerun",
                  rerun,
                  "exactFallbacks",
                  s.pivots[1],
                  "integerArithmetic",
                  floating ? 0L : 1L));
      if (stop != null) {
        return new SolverResult.Stopped<>(eqs, stats, stop);
      }
      return new SolverResult.Complete<>(eqs, stats);
    }
  }

  /**
   * A floating-point decision was too close to call: the step is redone in integers (or, when a
   * reported vertex fails its exact check, the whole search).
   */
  private static final class Ambiguous extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Ambiguous() {
      super(null, null, false, false);
    }
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
    final long[] pivots = new long[2]; // pivots, exact fallbacks
    final Map<BitSet, List<Rational[]>> verticesP = new java.util.HashMap<>();
    final Map<BitSet, List<Rational[]>> verticesQ = new java.util.HashMap<>();
    long nodes;
    long leaves;
    long degenerateLeaves;

    Search(
        NormalFormGame game,
        Bimatrix bm,
        SolveOptions options,
        long deadline,
        long maxNodes,
        boolean floating) {
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
      if (floating) {
        rootP = new ExactFace(tp, BigInteger.ONE, basisP, new boolean[k], pivots).toDouble(tp);
        rootQ = new ExactFace(tq, BigInteger.ONE, basisQ, new boolean[k], pivots).toDouble(tq);
      } else {
        rootP = new ExactFace(tp, BigInteger.ONE, basisP, new boolean[k], pivots);
        rootQ = new ExactFace(tq, BigInteger.ONE, basisQ, new boolean[k], pivots);
      }
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
      if ((nodes & 15) == 0 && System.nanoTime() - deadline > 0) {
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

    /**
     * EEE's branching rule: the label whose two variables have the largest product, the largest
     * violation of complementarity at the current pair of vertices.
     */
    private static double score(Face p, Face q, int u) {
      return p.value(u) * q.value(u);
    }

    /**
     * A face's vertices, remembered by its fixed variables (degenerate faces recur in many leaves).
     */
    private static List<Rational[]> vertices(
        Face f, int from, int count, Map<BitSet, List<Rational[]>> cache) {
      BitSet key = new BitSet();
      for (int v = 0; v < f.fixed.length; v++) {
        if (f.fixed[v]) {
          key.set(v);
        }
      }
      List<Rational[]> known = cache.get(key);
      if (known == null) {
        known = f.vertices(from, count);
        if (known.size() > 1) {
          cache.put(key, known);
        }
      }
      return known;
    }

    private void leaf(Face p, Face q) {
      leaves++;
      List<Rational[]> xs = vertices(p, 0, m, verticesP);
      List<Rational[]> ys = vertices(q, m, n, verticesQ);
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
            throw new IllegalStateException(
                "internal error: a complementary vertex pair has regret "
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
   * feasible basis. Faces are never changed after construction; operations return new faces.
   */
  abstract static class Face {
    final int[] basis;
    final int[] rowOf;
    final boolean[] fixed;
    final long[] pivots;

    Face(int[] basis, int vars, boolean[] fixed, long[] pivots) {
      this.basis = basis;
      this.fixed = fixed;
      this.pivots = pivots;
      rowOf = new int[vars];
      java.util.Arrays.fill(rowOf, -1);
      for (int r = 0; r < basis.length; r++) {
        rowOf[basis[r]] = r;
      }
    }

    /** Whether v is zero at the face's current vertex. */
    abstract boolean isZero(int v);

    /** Approximate value of v (for branching heuristics only). */
    abstract double value(int v);

    /** Whether v is positive on the whole face (a sufficient test read off the tableau). */
    abstract boolean surelyPositive(int v);

    /** This face with variable v also fixed at zero, or null when that face is empty. */
    abstract Face fixZero(int v);

    /**
     * The distinct non-zero vertices of the face: normalised values of variables from .. from +
     * count − 1.
     */
    abstract List<Rational[]> vertices(int from, int count);
  }

  /** A face with its tableau in fraction-free form: entry / {@code det} is the true entry. */
  static final class ExactFace extends Face {
    final BigInteger[][] t;
    final BigInteger det;

    ExactFace(BigInteger[][] t, BigInteger det, int[] basis, boolean[] fixed, long[] pivots) {
      super(basis, t[0].length - 1, fixed, pivots);
      this.t = t;
      this.det = det;
    }

    int rhs() {
      return t[0].length - 1;
    }

    /** The same face with its tableau rounded to floating point. */
    DoubleFace toDouble(BigInteger[][] system) {
      int cols = t[0].length;
      double[][] w = new double[t.length][cols];
      java.math.BigDecimal dd = new java.math.BigDecimal(det);
      for (int i = 0; i < t.length; i++) {
        for (int j = 0; j < cols; j++) {
          BigInteger x = t[i][j];
          w[i][j] =
              x.signum() == 0
                  ? 0
                  : x.equals(det)
                      ? 1
                      : new java.math.BigDecimal(x)
                          .divide(dd, java.math.MathContext.DECIMAL64)
                          .doubleValue();
        }
      }
      return new DoubleFace(w, system, basis.clone(), fixed, pivots);
    }

    /** Approximate value of v relative to the right-hand side 1 (for branching heuristics only). */
    @Override
    double value(int v) {
      int r = rowOf[v];
      return r < 0
          ? 0
          : new java.math.BigDecimal(t[r][rhs()])
              .divide(new java.math.BigDecimal(det), java.math.MathContext.DECIMAL64)
              .doubleValue();
    }

    @Override
    boolean isZero(int v) {
      int r = rowOf[v];
      return r < 0 || t[r][rhs()].signum() == 0;
    }

    /**
     * Whether v is positive on the whole face, read off the current tableau: v is basic and
     * positive and no free non-basic variable can decrease it (a sufficient test, no pivots).
     */
    @Override
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
    @Override
    Face fixZero(int v) {
      boolean[] f = fixed.clone();
      f[v] = true;
      int r = rowOf[v];
      int rhs = rhs();
      if (r < 0) {
        return new ExactFace(t, det, basis, f, pivots);
      }
      if (t[r][rhs].signum() == 0) {
        for (int c = 0; c < rhs; c++) {
          if (!f[c] && rowOf[c] < 0 && t[r][c].signum() != 0) {
            return pivoted(f, r, c);
          }
        }
        return new ExactFace(t, det, basis, f, pivots); // v is zero on the whole face
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
          int cmp =
              w[i][rhs].multiply(w[leave][enter]).compareTo(w[leave][rhs].multiply(w[i][enter]));
          if (cmp < 0 || cmp == 0 && leave != r && (i == r || bas[i] < bas[leave])) {
            leave = i;
          }
        }
        pivot(w, d, bas, ro, leave, enter);
        if (leave == r) {
          return new ExactFace(w, d[0], bas, f, pivots);
        }
        r = ro[v];
      }
    }

    private ExactFace pivoted(boolean[] f, int r, int c) {
      BigInteger[][] w = new BigInteger[t.length][];
      for (int i = 0; i < t.length; i++) {
        w[i] = t[i].clone();
      }
      BigInteger[] d = {det};
      int[] bas = basis.clone();
      int[] ro = rowOf.clone();
      pivot(w, d, bas, ro, r, c);
      return new ExactFace(w, d[0], bas, f, pivots);
    }

    /** Fraction-free pivot on (r, c), keeping the determinant positive. */
    void pivot(BigInteger[][] w, BigInteger[] d, int[] bas, int[] ro, int r, int c) {
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
     * The distinct vertices of this face, as the normalised values of variables {@code from .. from
     * + count − 1} (the mixed strategy), omitting the zero vector.
     */
    @Override
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
      List<ExactFace> stack = new ArrayList<>();
      seenBases.add(key(basis));
      stack.add(this);
      while (!stack.isEmpty()) {
        ExactFace f = stack.remove(stack.size() - 1);
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
            int cmp =
                best < 0
                    ? -1
                    : f.t[i][rhs]
                        .multiply(f.t[best][c])
                        .compareTo(f.t[best][rhs].multiply(f.t[i][c]));
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

    private static void addPoint(
        ExactFace f, int from, int count, List<Rational[]> out, Set<List<Rational>> seen) {
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

  /**
   * A face with its tableau in floating point, used as a filter: every decision whose value is
   * within {@link #TIE} of zero throws {@link Ambiguous} (the search is then redone exactly), or is
   * taken the safe way when only pruning depends on it; vertices are re-solved exactly from their
   * basis.
   */
  static final class DoubleFace extends Face {
    static final double TIE = 1e-9;
    final double[][] t;
    final BigInteger[][] exact; // the original integer system [M | L]

    DoubleFace(double[][] t, BigInteger[][] exact, int[] basis, boolean[] fixed, long[] pivots) {
      super(basis, t[0].length - 1, fixed, pivots);
      this.t = t;
      this.exact = exact;
    }

    private static boolean tiny(double x) {
      return x != 0 && Math.abs(x) < TIE;
    }

    @Override
    boolean isZero(int v) {
      int r = rowOf[v];
      return r < 0 || Math.abs(t[r][t[r].length - 1]) < TIE;
    }

    @Override
    double value(int v) {
      int r = rowOf[v];
      return r < 0 ? 0 : t[r][t[r].length - 1];
    }

    @Override
    boolean surelyPositive(int v) {
      int r = rowOf[v];
      if (r < 0) {
        return false;
      }
      double[] row = t[r];
      int rhs = row.length - 1;
      if (row[rhs] < TIE) {
        return false;
      }
      for (int c = 0; c < rhs; c++) {
        if (!fixed[c] && rowOf[c] < 0 && row[c] > -TIE && row[c] != 0) {
          return false; // may decrease v (or too close to call): no claim
        }
      }
      return true;
    }

    @Override
    Face fixZero(int v) {
      try {
        return fastFixZero(v);
      } catch (Ambiguous e) {
        // too close to call: redo this step exactly from the basis, then continue in floating point
        pivots[1]++;
        Face r = toExact().fixZero(v);
        return r == null ? null : ((ExactFace) r).toDouble(exact);
      }
    }

    /** The tableau of this basis in fraction-free integers, rebuilt from the original system. */
    ExactFace toExact() {
      int rows = exact.length;
      BigInteger[][] w = new BigInteger[rows][];
      int[] bas = new int[rows];
      int cols = exact[0].length - 1;
      for (int i = 0; i < rows; i++) {
        w[i] = exact[i].clone();
      }
      // the root basis is the slack identity: find it
      int[] ro = new int[cols];
      java.util.Arrays.fill(ro, -1);
      for (int i = 0; i < rows; i++) {
        for (int c = 0; c < cols; c++) {
          if (w[i][c].signum() != 0 && isUnitColumn(w, c, i)) {
            bas[i] = c;
            ro[c] = i;
            break;
          }
        }
      }
      ExactFace e = new ExactFace(w, BigInteger.ONE, bas, fixed, pivots);
      BigInteger[] d = {BigInteger.ONE};
      boolean[] target = new boolean[cols];
      for (int v : basis) {
        target[v] = true;
      }
      for (int v : basis) {
        if (ro[v] >= 0) {
          continue;
        }
        int row = -1;
        for (int i = 0; i < rows && row < 0; i++) {
          if (!target[bas[i]] && w[i][v].signum() != 0) {
            row = i;
          }
        }
        if (row < 0) {
          throw new Ambiguous(); // cannot happen for a non-singular basis
        }
        e.pivot(w, d, bas, ro, row, v);
      }
      return new ExactFace(w, d[0], bas, fixed, pivots);
    }

    private static boolean isUnitColumn(BigInteger[][] w, int c, int row) {
      for (int i = 0; i < w.length; i++) {
        if (i != row && w[i][c].signum() != 0) {
          return false;
        }
      }
      return w[row][c].equals(BigInteger.ONE);
    }

    private Face fastFixZero(int v) {
      boolean[] f = fixed.clone();
      f[v] = true;
      int r = rowOf[v];
      if (r < 0) {
        return new DoubleFace(t, exact, basis, f, pivots);
      }
      int rhs = t[r].length - 1;
      if (tiny(t[r][rhs])) {
        throw new Ambiguous();
      }
      double[][] w = new double[t.length][];
      for (int i = 0; i < t.length; i++) {
        w[i] = t[i].clone();
      }
      int[] bas = basis.clone();
      DoubleFace g = new DoubleFace(w, exact, bas, f, pivots);
      if (w[r][rhs] == 0) {
        for (int c = 0; c < rhs; c++) {
          if (!f[c] && g.rowOf[c] < 0 && w[r][c] != 0) {
            if (tiny(w[r][c])) {
              throw new Ambiguous();
            }
            g.pivot(r, c);
            return g;
          }
        }
        return g;
      }
      // minimise v over the face (Bland's rule), as in ExactFace.fixZero
      while (true) {
        int enter = -1;
        for (int c = 0; c < rhs; c++) {
          if (!f[c] && g.rowOf[c] < 0) {
            if (tiny(w[r][c])) {
              throw new Ambiguous();
            }
            if (w[r][c] > 0) {
              enter = c;
              break;
            }
          }
        }
        if (enter < 0) {
          return null;
        }
        int leave = -1;
        double bestRatio = 0;
        boolean tie = false;
        for (int i = 0; i < w.length; i++) {
          double e = w[i][enter];
          if (tiny(e)) {
            throw new Ambiguous();
          }
          if (e <= 0) {
            continue;
          }
          if (tiny(w[i][rhs])) {
            throw new Ambiguous();
          }
          double ratio = w[i][rhs] / e;
          if (leave < 0 || ratio < bestRatio - TIE * Math.max(1, Math.abs(bestRatio))) {
            leave = i;
            bestRatio = ratio;
            tie = false;
          } else if (Math.abs(ratio - bestRatio) <= TIE * Math.max(1, Math.abs(bestRatio))) {
            tie = true;
          }
        }
        if (tie) {
          throw new Ambiguous(); // a degenerate step: leave it to exact arithmetic
        }
        g.pivot(leave, enter);
        if (leave == r) {
          return g;
        }
        r = g.rowOf[v];
      }
    }

    private void pivot(int r, int c) {
      pivots[0]++;
      double[] pr = t[r];
      double p = pr[c];
      int cols = pr.length;
      for (int j = 0; j < cols; j++) {
        pr[j] /= p;
      }
      pr[c] = 1;
      for (int i = 0; i < t.length; i++) {
        if (i == r) {
          continue;
        }
        double[] row = t[i];
        double f = row[c];
        if (f == 0) {
          continue;
        }
        for (int j = 0; j < cols; j++) {
          row[j] -= f * pr[j];
        }
        row[c] = 0;
      }
      rowOf[basis[r]] = -1;
      basis[r] = c;
      rowOf[c] = r;
    }

    @Override
    List<Rational[]> vertices(int from, int count) {
      int rhs = t[0].length - 1;
      for (int c = 0; c < rhs; c++) {
        if (!fixed[c] && rowOf[c] < 0) {
          return toExact().vertices(from, count); // a face that may not be a point
        }
      }
      // exact re-solution of the basis: M_B z_B = L by Gaussian elimination over the rationals
      int rows = exact.length;
      Rational[][] a = new Rational[rows][rows + 1];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < rows; j++) {
          a[i][j] = Rational.of(exact[i][basis[j]], BigInteger.ONE);
        }
        a[i][rows] = Rational.of(exact[i][rhs], BigInteger.ONE);
      }
      for (int col = 0; col < rows; col++) {
        int piv = col;
        while (piv < rows && a[piv][col].isZero()) {
          piv++;
        }
        if (piv == rows) {
          throw new Ambiguous(); // singular basis
        }
        Rational[] tmp = a[piv];
        a[piv] = a[col];
        a[col] = tmp;
        Rational inv = a[col][col].reciprocal();
        for (int j = col; j <= rows; j++) {
          a[col][j] = a[col][j].multiply(inv);
        }
        for (int i = 0; i < rows; i++) {
          if (i != col && !a[i][col].isZero()) {
            Rational fac = a[i][col];
            for (int j = col; j <= rows; j++) {
              a[i][j] = a[i][j].subtract(fac.multiply(a[col][j]));
            }
          }
        }
      }
      Rational[] value = new Rational[rhs];
      java.util.Arrays.fill(value, Rational.ZERO);
      for (int j = 0; j < rows; j++) {
        if (a[j][rows].signum() < 0) {
          throw new Ambiguous(); // infeasible in exact arithmetic
        }
        value[basis[j]] = a[j][rows];
      }
      Rational sum = Rational.ZERO;
      for (int i = 0; i < count; i++) {
        sum = sum.add(value[from + i]);
      }
      if (sum.isZero()) {
        return List.of();
      }
      Rational[] x = new Rational[count];
      for (int i = 0; i < count; i++) {
        x[i] = value[from + i].divide(sum);
      }
      return List.<Rational[]>of(x);
    }
  }
}
