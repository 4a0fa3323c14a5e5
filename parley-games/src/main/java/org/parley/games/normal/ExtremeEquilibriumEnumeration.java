package org.parley.games.normal;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
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
 * <p>Threads: the tree is searched by fork/join on {@link #threads()} threads (default: every
 * available processor; {@link #withThreads(int) withThreads(1)} searches in the caller's thread).
 * Down to depth {@value #FORK_DEPTH}, a node whose thread has no queued work left hands its second
 * branch to the pool and explores the first itself; deeper, plain recursion. Faces are immutable,
 * and a leaf's equilibria depend on its two faces alone (at a leaf every label is fixed on exactly
 * one side, so no two leaves share a face): the threads share only a stop flag and the node count.
 * <b>Determinism:</b> each branch returns its leaves in depth-first order and a node appends its
 * second branch's leaves after its first's, so the leaves arrive in the order of the sequential
 * search whatever the number of threads or the scheduling; duplicate equilibria are then dropped
 * (first occurrence kept) and the rest certified, in that order. A complete search therefore gives
 * the same equilibria, in the same order, with the same statistics (but {@code forks}, the number
 * of branches handed to the pool, which depends on scheduling), on any number of threads. A search
 * stopped by its time or node limit returns what was found up to the stop, in that order; but with
 * more than one thread, which part of the tree was explored by then depends on scheduling, so such
 * a partial result may differ from run to run. A limit on the number of equilibria is searched
 * sequentially, so that the first k are the sequential first k.
 *
 * <p>Cost: exponential in the worst case like any enumeration of all equilibria, but only partial
 * assignments whose two faces are both non-empty are visited — on random games far fewer than the
 * vertices of P and Q (the reference random 25×25 game: 193 391 nodes, 363 equilibria, about 4 s on
 * one thread once the JIT has warmed up, 2.1–2.7 s on two; a first run in a fresh JVM gains less,
 * as the JIT compiler competes for the cores; docs/performance/eee.md).
 */
public final class ExtremeEquilibriumEnumeration implements BimatrixSolver {
  /**
   * Nodes fewer than this many branchings below the root may hand their second branch to another
   * thread; deeper ones recurse (the reference 25×25 game: 4 663 nodes at depth 16, most nodes 20
   * to 30 deep, the deepest 49).
   */
  static final int FORK_DEPTH = 16;

  private final long maxNodes;
  private final boolean exactOnly;
  private final int threads;

  /**
   * At most one hundred million search nodes; floating-point search filtered by exact checks; on
   * every available processor.
   */
  public ExtremeEquilibriumEnumeration() {
    this(100_000_000L);
  }

  /**
   * @param maxNodes stop with {@link SolverResult.StopReason#ITERATION_LIMIT} past this many search
   *     nodes
   */
  public ExtremeEquilibriumEnumeration(long maxNodes) {
    this(maxNodes, false, Runtime.getRuntime().availableProcessors());
  }

  private ExtremeEquilibriumEnumeration(long maxNodes, boolean exactOnly, int threads) {
    if (maxNodes < 1) {
      throw new IllegalArgumentException("maxNodes " + maxNodes + " must be positive");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads " + threads + " must be positive");
    }
    this.maxNodes = maxNodes;
    this.exactOnly = exactOnly;
    this.threads = threads;
  }

  /**
   * The same search with every decision made in fraction-free integer arithmetic (no floating-point
   * filter); slower, for cross-checks.
   */
  public static ExtremeEquilibriumEnumeration integerArithmetic() {
    return new ExtremeEquilibriumEnumeration(
        100_000_000L, true, Runtime.getRuntime().availableProcessors());
  }

  /**
   * This search on {@code threads} threads; 1 searches sequentially in the caller's thread. The
   * equilibria found, and their order, do not depend on it.
   */
  public ExtremeEquilibriumEnumeration withThreads(int threads) {
    return new ExtremeEquilibriumEnumeration(maxNodes, exactOnly, threads);
  }

  /** How many threads search the tree. */
  public int threads() {
    return threads;
  }

  @Override
  public String name() {
    return "enummixed";
  }

  @Override
  public SolverResult<MixedProfile> solve(NormalFormGame game, SolveOptions options) {
    long start = System.nanoTime();
    Bimatrix bm = new Bimatrix(game);
    long deadline = options.deadline(start);
    // the first k equilibria must be the sequential first k: a limit on them runs sequentially
    int workers = options.maxEquilibria() > 0 ? 1 : threads;
    boolean floating = !exactOnly;
    Search s = new Search(bm, options, deadline, maxNodes, floating, workers);
    s.run();
    long rerun = 0;
    if (s.ambiguous) {
      // a reported vertex failed its exact check: the whole search again, in integers
      floating = false;
      rerun = 1;
      s = new Search(bm, options, deadline, maxNodes, false, workers);
      s.run();
      if (s.ambiguous) {
        throw new IllegalStateException("internal error: the integer search was ambiguous");
      }
    }
    List<Equilibrium<MixedProfile>> eqs = new ArrayList<>();
    for (MixedProfile prof : s.profiles()) {
      Equilibrium<MixedProfile> e = Equilibrium.of(game, prof);
      if (!e.certificate().holds(0)) {
        throw new IllegalStateException(
            "internal error: a complementary vertex pair has regret "
                + e.certificate().maxRegret());
      }
      // certified exactly; the floating-point mode reports the same points as doubles
      eqs.add(
          options.exact()
              ? e
              : Equilibrium.of(
                  game,
                  MixedProfile.ofDoubles(new double[][] {prof.strategy(0), prof.strategy(1)})));
    }
    Tally t = s.tally;
    SolverStatistics stats =
        new SolverStatistics(
            "eee",
            s.nodes.get(),
            "nodes",
            Duration.ofNanos(System.nanoTime() - start),
            Map.of(
                "pivots",
                t.pivots,
                "leaves",
                t.leaves,
                "degenerateLeaves",
                t.degenerateLeaves,
                "exactRerun",
                rerun,
                "exactFallbacks",
                t.exactFallbacks,
                "integerArithmetic",
                floating ? 0L : 1L,
                "threads",
                (long) workers,
                "forks",
                t.forks));
    SolverResult.StopReason stop = s.stopReason.get();
    if (stop != null) {
      return new SolverResult.Stopped<>(eqs, stats, stop);
    }
    return new SolverResult.Complete<>(eqs, stats);
  }

  /**
   * A floating-point decision was too close to call: the step is redone in integers (or, when a
   * reported vertex fails its exact check, the whole search). Never crosses a thread: the worker
   * that meets it raises {@link Search#ambiguous} instead.
   */
  private static final class Ambiguous extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Ambiguous() {
      super(null, null, false, false);
    }
  }

  /**
   * Work counters of one {@link Worker}, added into its parent's when it is joined (so no counter
   * is shared between threads).
   */
  static final class Tally {
    long nodes;
    long leaves;
    long degenerateLeaves;
    long pivots;
    long exactFallbacks;
    long forks;

    void add(Tally o) {
      nodes += o.nodes;
      leaves += o.leaves;
      degenerateLeaves += o.degenerateLeaves;
      pivots += o.pivots;
      exactFallbacks += o.exactFallbacks;
      forks += o.forks;
    }
  }

  /** The vertices of a leaf's two faces: every pair is an extreme equilibrium. */
  private record Leaf(List<Rational[]> xs, List<Rational[]> ys) {}

  /**
   * The problem and what the workers share: the root faces, the node count, the stop flag and its
   * reason; after {@link #run()}, the leaves in depth-first order and the summed counters.
   */
  private static final class Search {
    final long deadline;
    final long maxNodes;
    final int maxEquilibria;
    final int threads;
    final int m;
    final int n;
    final int k;
    final Face rootP;
    final Face rootQ;
    final AtomicLong nodes = new AtomicLong();
    final AtomicReference<SolverResult.StopReason> stopReason = new AtomicReference<>();

    /** Set when any worker must stop: a limit, or an ambiguous step. */
    volatile boolean halted;

    /** A reported vertex failed its exact check: the search is to be redone in integers. */
    volatile boolean ambiguous;

    /** The distinct profiles found so far; only with a limit on them (a sequential search). */
    final Set<MixedProfile> distinct = new HashSet<>();

    List<Leaf> leaves;
    Tally tally;

    Search(
        Bimatrix bm,
        SolveOptions options,
        long deadline,
        long maxNodes,
        boolean floating,
        int threads) {
      this.deadline = deadline;
      this.maxNodes = maxNodes;
      this.maxEquilibria = options.maxEquilibria();
      this.threads = threads;
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
        rootP = new ExactFace(tp, BigInteger.ONE, basisP, new boolean[k]).toDouble(tp);
        rootQ = new ExactFace(tq, BigInteger.ONE, basisQ, new boolean[k]).toDouble(tq);
      } else {
        rootP = new ExactFace(tp, BigInteger.ONE, basisP, new boolean[k]);
        rootQ = new ExactFace(tq, BigInteger.ONE, basisQ, new boolean[k]);
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

    /**
     * Searches the tree: in this thread with one thread, else in a pool of its own (daemon threads,
     * shut down before returning).
     */
    void run() {
      Worker root = new Worker(this, rootP, rootQ, -1, false, 0, 0, 0);
      if (threads == 1) {
        root.compute();
      } else {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
          pool.invoke(root);
        } finally {
          halted = true; // after an internal error, tasks not joined stop at their next node
          pool.shutdown();
        }
      }
      leaves = root.leaves;
      tally = root.tally;
    }

    /** Stops every worker, for {@code reason} (the first reason given is kept). */
    void halt(SolverResult.StopReason reason) {
      stopReason.compareAndSet(null, reason);
      halted = true;
    }

    /** Stops every worker: a reported vertex failed its exact check. */
    void haltAmbiguous() {
      ambiguous = true;
      halted = true;
    }

    /**
     * The distinct profiles of the leaves, in depth-first order (first occurrence kept), at most
     * {@code maxEquilibria} when positive.
     */
    List<MixedProfile> profiles() {
      Set<MixedProfile> out = new LinkedHashSet<>();
      for (Leaf l : leaves) {
        for (Rational[] x : l.xs()) {
          for (Rational[] y : l.ys()) {
            if (maxEquilibria > 0 && out.size() >= maxEquilibria) {
              return new ArrayList<>(out);
            }
            out.add(MixedProfile.ofRationals(new Rational[][] {x, y}));
          }
        }
      }
      return new ArrayList<>(out);
    }
  }

  /**
   * The depth-first branch and bound of one subtree, run by one thread: the subtree of the branch
   * that fixes {@code label} at zero in P ({@code inP}) or Q below faces {@code p} and {@code q},
   * or the whole tree when {@code label} is −1. Its leaves and counters are its own, appended and
   * added to its parent's when it is joined; the only shared state is in {@link Search}.
   */
  private static final class Worker extends RecursiveAction {
    final Search s;
    final Face p;
    final Face q;
    final int label;
    final boolean inP;
    final int rowsInP;
    final int colsInQ;
    final int depth;
    final List<Leaf> leaves = new ArrayList<>();
    final Tally tally = new Tally();

    Worker(Search s, Face p, Face q, int label, boolean inP, int rowsInP, int colsInQ, int depth) {
      this.s = s;
      this.p = p;
      this.q = q;
      this.label = label;
      this.inP = inP;
      this.rowsInP = rowsInP;
      this.colsInQ = colsInQ;
      this.depth = depth;
    }

    @Override
    protected void compute() {
      if (label < 0) {
        branch(p, q, rowsInP, colsInQ, depth);
      } else if (!s.halted) {
        descend(p, q, label, inP, rowsInP, colsInQ, depth);
      }
    }

    /**
     * @param rowsInP how many row labels are assigned to P (all of them force x = 0)
     * @param colsInQ how many column labels are assigned to Q (all of them force y = 0)
     * @param depth how many branchings lead here
     */
    private void branch(Face p, Face q, int rowsInP, int colsInQ, int depth) {
      if (s.halted) {
        return;
      }
      tally.nodes++;
      if (s.nodes.incrementAndGet() > s.maxNodes) {
        s.halt(SolverResult.StopReason.ITERATION_LIMIT);
        return;
      }
      if ((tally.nodes & 15) == 0 && System.nanoTime() - s.deadline > 0) {
        s.halt(SolverResult.StopReason.TIMEOUT);
        return;
      }
      int m = s.m;
      int n = s.n;
      int k = s.k;
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
            q = fix(q, u);
            if (q == null) {
              return;
            }
            colsInQ += row ? 0 : 1;
            changed = true;
          } else if (qOut) {
            p = fix(p, u);
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
      boolean pFirst = p.isZero(label);
      Worker second = null;
      if (s.threads > 1 && depth < FORK_DEPTH && getSurplusQueuedTaskCount() <= 0) {
        // the second branch's leaves are appended after the first's when it is joined
        second = new Worker(s, p, q, label, !pFirst, rowsInP, colsInQ, depth + 1);
        second.fork();
        tally.forks++;
      }
      descend(p, q, label, pFirst, rowsInP, colsInQ, depth + 1);
      if (second == null) {
        descend(p, q, label, !pFirst, rowsInP, colsInQ, depth + 1);
      } else {
        second.join();
        leaves.addAll(second.leaves);
        tally.add(second.tally);
      }
    }

    /** The branch that fixes {@code label} at zero in P ({@code inP}) or in Q. */
    private void descend(
        Face p, Face q, int label, boolean inP, int rowsInP, int colsInQ, int depth) {
      boolean row = label < s.m;
      if (inP) {
        Face p2 = fix(p, label);
        if (p2 != null) {
          branch(p2, q, rowsInP + (row ? 1 : 0), colsInQ, depth);
        }
      } else {
        Face q2 = fix(q, label);
        if (q2 != null) {
          branch(p, q2, rowsInP, colsInQ + (row ? 0 : 1), depth);
        }
      }
    }

    /**
     * {@code f} with {@code v} also fixed at zero; null when that face is empty, or when the step
     * was ambiguous (the search then stops, to be redone in integers).
     */
    private Face fix(Face f, int v) {
      try {
        return f.fixZero(v, tally);
      } catch (Ambiguous e) {
        s.haltAmbiguous();
        return null;
      }
    }

    /**
     * EEE's branching rule: the label whose two variables have the largest product, the largest
     * violation of complementarity at the current pair of vertices.
     */
    private static double score(Face p, Face q, int u) {
      return p.value(u) * q.value(u);
    }

    private void leaf(Face p, Face q) {
      tally.leaves++;
      List<Rational[]> xs;
      List<Rational[]> ys;
      try {
        xs = p.vertices(0, s.m, tally);
        ys = q.vertices(s.m, s.n, tally);
      } catch (Ambiguous e) {
        s.haltAmbiguous();
        return;
      }
      if (xs.size() > 1 || ys.size() > 1) {
        tally.degenerateLeaves++;
      }
      leaves.add(new Leaf(xs, ys));
      if (s.maxEquilibria > 0) {
        // a sequential search (one worker): count as Search.profiles() will
        for (Rational[] x : xs) {
          for (Rational[] y : ys) {
            s.distinct.add(MixedProfile.ofRationals(new Rational[][] {x, y}));
            if (s.distinct.size() >= s.maxEquilibria) {
              s.halt(SolverResult.StopReason.EQUILIBRIUM_LIMIT);
              return;
            }
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

    Face(int[] basis, int vars, boolean[] fixed) {
      this.basis = basis;
      this.fixed = fixed;
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

    /**
     * This face with variable v also fixed at zero, or null when that face is empty; pivots are
     * counted in {@code tally}.
     */
    abstract Face fixZero(int v, Tally tally);

    /**
     * The distinct non-zero vertices of the face: normalised values of variables from .. from +
     * count − 1.
     */
    abstract List<Rational[]> vertices(int from, int count, Tally tally);
  }

  /** A face with its tableau in fraction-free form: entry / {@code det} is the true entry. */
  static final class ExactFace extends Face {
    final BigInteger[][] t;
    final BigInteger det;

    ExactFace(BigInteger[][] t, BigInteger det, int[] basis, boolean[] fixed) {
      super(basis, t[0].length - 1, fixed);
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
      for (int i = 0; i < t.length; i++) {
        for (int j = 0; j < cols; j++) {
          BigInteger x = t[i][j];
          w[i][j] = x.signum() == 0 ? 0 : x.equals(det) ? 1 : Rational.toDouble(x, det);
        }
      }
      return new DoubleFace(w, system, basis.clone(), fixed);
    }

    /** Approximate value of v relative to the right-hand side 1 (for branching heuristics only). */
    @Override
    double value(int v) {
      int r = rowOf[v];
      return r < 0 ? 0 : Rational.toDouble(t[r][rhs()], det);
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
    Face fixZero(int v, Tally tally) {
      boolean[] f = fixed.clone();
      f[v] = true;
      int r = rowOf[v];
      int rhs = rhs();
      if (r < 0) {
        return new ExactFace(t, det, basis, f);
      }
      if (t[r][rhs].signum() == 0) {
        for (int c = 0; c < rhs; c++) {
          if (!f[c] && rowOf[c] < 0 && t[r][c].signum() != 0) {
            return pivoted(f, r, c, tally);
          }
        }
        return new ExactFace(t, det, basis, f); // v is zero on the whole face
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
        pivot(w, d, bas, ro, leave, enter, tally);
        if (leave == r) {
          return new ExactFace(w, d[0], bas, f);
        }
        r = ro[v];
      }
    }

    private ExactFace pivoted(boolean[] f, int r, int c, Tally tally) {
      BigInteger[][] w = new BigInteger[t.length][];
      for (int i = 0; i < t.length; i++) {
        w[i] = t[i].clone();
      }
      BigInteger[] d = {det};
      int[] bas = basis.clone();
      int[] ro = rowOf.clone();
      pivot(w, d, bas, ro, r, c, tally);
      return new ExactFace(w, d[0], bas, f);
    }

    /** Fraction-free pivot on (r, c), keeping the determinant positive. */
    static void pivot(
        BigInteger[][] w, BigInteger[] d, int[] bas, int[] ro, int r, int c, Tally tally) {
      tally.pivots++;
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
    List<Rational[]> vertices(int from, int count, Tally tally) {
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
              stack.add(f.pivoted(fixed, r, c, tally));
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

    DoubleFace(double[][] t, BigInteger[][] exact, int[] basis, boolean[] fixed) {
      super(basis, t[0].length - 1, fixed);
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
    Face fixZero(int v, Tally tally) {
      try {
        return fastFixZero(v, tally);
      } catch (Ambiguous e) {
        // too close to call: redo this step exactly from the basis, then continue in floating point
        tally.exactFallbacks++;
        Face r = toExact(tally).fixZero(v, tally);
        return r == null ? null : ((ExactFace) r).toDouble(exact);
      }
    }

    /** The tableau of this basis in fraction-free integers, rebuilt from the original system. */
    ExactFace toExact(Tally tally) {
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
        ExactFace.pivot(w, d, bas, ro, row, v, tally);
      }
      return new ExactFace(w, d[0], bas, fixed);
    }

    private static boolean isUnitColumn(BigInteger[][] w, int c, int row) {
      for (int i = 0; i < w.length; i++) {
        if (i != row && w[i][c].signum() != 0) {
          return false;
        }
      }
      return w[row][c].equals(BigInteger.ONE);
    }

    private Face fastFixZero(int v, Tally tally) {
      boolean[] f = fixed.clone();
      f[v] = true;
      int r = rowOf[v];
      if (r < 0) {
        return new DoubleFace(t, exact, basis, f);
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
      DoubleFace g = new DoubleFace(w, exact, bas, f);
      if (w[r][rhs] == 0) {
        for (int c = 0; c < rhs; c++) {
          if (!f[c] && g.rowOf[c] < 0 && w[r][c] != 0) {
            if (tiny(w[r][c])) {
              throw new Ambiguous();
            }
            g.pivot(r, c, tally);
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
        g.pivot(leave, enter, tally);
        if (leave == r) {
          return g;
        }
        r = g.rowOf[v];
      }
    }

    private void pivot(int r, int c, Tally tally) {
      tally.pivots++;
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
    List<Rational[]> vertices(int from, int count, Tally tally) {
      int rhs = t[0].length - 1;
      for (int c = 0; c < rhs; c++) {
        if (!fixed[c] && rowOf[c] < 0) {
          return toExact(tally).vertices(from, count, tally); // a face that may not be a point
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
