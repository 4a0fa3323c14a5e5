package org.parley.games.normal;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.solver.BimatrixSolver;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;
import org.parley.games.solver.SolverStatistics;

/**
 * All extreme Nash equilibria of a two-player game by vertex enumeration of the best-response
 * polytopes {@code P = {x ≥ 0 : B'ᵀx ≤ 1}} and {@code Q = {y ≥ 0 : A'y ≤ 1}} (Mangasarian 1964;
 * Avis, Rosenberg, Savani and von Stengel 2010, "Enumeration of Nash equilibria for two-player
 * games", Economic Theory 42): an equilibrium is a pair of vertices whose labels (zero variables
 * and tight constraints) cover every pure strategy.
 *
 * <p>Vertices are visited by a graph search over lexicographically feasible bases (the bases of a
 * perturbed, hence non-degenerate, polytope — every true vertex is the image of at least one;
 * Dantzig, Orden and Wolfe 1955), so degenerate games are handled. Labels are read from exact
 * values: small games (m + n ≤ 16) are enumerated entirely in fraction-free integer arithmetic;
 * larger ones pivot in floating point and every vertex taking part in an equilibrium is re-solved
 * exactly from its basis (Bareiss elimination); whenever a floating-point value is within 1e-9 of a
 * label decision, or an exact re-solve disagrees, the enumeration is redone exactly. Equilibria are
 * listed by player 1's vertex in discovery order, then player 2's.
 *
 * <p>Cost: linear in the number of bases of P and Q (each visit costs m or n pivots), which is
 * exponential in the worst case.
 */
public final class VertexEnumeration implements BimatrixSolver {
  private static final double TIE = 1e-9;
  private final long maxBases;

  /** At most one million bases per polytope (memory grows with the bases visited, ~0.5 KB each). */
  public VertexEnumeration() {
    this(1_000_000L);
  }

  /**
   * @param maxBases stop with {@link SolverResult.StopReason#ITERATION_LIMIT} past this many bases
   *     per polytope
   */
  public VertexEnumeration(long maxBases) {
    if (maxBases < 1) {
      throw new IllegalArgumentException("maxBases " + maxBases + " must be positive");
    }
    this.maxBases = maxBases;
  }

  @Override
  public String name() {
    return "enummixed";
  }

  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final boolean timeout; // false: floating point was not trustworthy
    final boolean tooMany;

    Stop(boolean timeout) {
      this(timeout, false);
    }

    Stop(boolean timeout, boolean tooMany) {
      super(null, null, false, false);
      this.timeout = timeout;
      this.tooMany = tooMany;
    }
  }

  /** A vertex of one polytope: the basis of the tableau side and its labels. */
  private record Vertex(int[] basis, BitSet labels) {}

  @Override
  public SolverResult<MixedProfile> solve(NormalFormGame game, SolveOptions options) {
    long start = System.nanoTime();
    long deadline = options.deadline(start);
    Bimatrix bm = new Bimatrix(game);
    boolean integer = bm.m + bm.n <= 16;
    long[] bases = new long[1];
    List<Equilibrium<MixedProfile>> eqs = null;
    boolean timedOut = false;
    boolean tooMany = false;
    boolean reran = false;
    while (eqs == null) {
      try {
        eqs = run(game, bm, options, integer, deadline, bases);
      } catch (Stop stop) {
        if (stop.tooMany) {
          tooMany = true;
          eqs = List.of();
        } else if (stop.timeout) {
          timedOut = true;
          eqs = List.of();
        } else if (!integer) {
          integer = true;
          reran = true;
        } else {
          throw new IllegalStateException("exact vertex enumeration failed", stop);
        }
      }
    }
    SolverStatistics stats =
        new SolverStatistics(
            "enummixed",
            bases[0],
            "bases",
            Duration.ofNanos(System.nanoTime() - start),
            Map.of("exactRerun", reran ? 1L : 0L, "integerArithmetic", integer ? 1L : 0L));
    if (timedOut) {
      return new SolverResult.Stopped<>(eqs, stats, SolverResult.StopReason.TIMEOUT);
    }
    if (tooMany) {
      return new SolverResult.Stopped<>(eqs, stats, SolverResult.StopReason.ITERATION_LIMIT);
    }
    if (options.maxEquilibria() > 0 && eqs.size() > options.maxEquilibria()) {
      return new SolverResult.Stopped<>(
          eqs.subList(0, options.maxEquilibria()),
          stats,
          SolverResult.StopReason.EQUILIBRIUM_LIMIT);
    }
    return new SolverResult.Complete<>(eqs, stats);
  }

  private List<Equilibrium<MixedProfile>> run(
      NormalFormGame game,
      Bimatrix bm,
      SolveOptions options,
      boolean integer,
      long deadline,
      long[] bases) {
    int m = bm.m;
    int n = bm.n;
    LhTableau root = integer ? bm.integerTableau() : bm.doubleTableau();
    List<Vertex> px = enumerate(root, 1, deadline, bases, maxBases); // P: x side (second tableau)
    List<Vertex> qy = enumerate(root, 0, deadline, bases, maxBases); // Q: y side (first tableau)
    int k = m + n;
    // index Q's vertices by label set for the non-degenerate fast path
    Map<BitSet, List<Vertex>> byLabels = new HashMap<>();
    boolean degenerate = false;
    for (Vertex v : qy) {
      byLabels.computeIfAbsent(v.labels(), z -> new ArrayList<>()).add(v);
      if (v.labels().cardinality() != m) {
        degenerate = true;
      }
    }
    for (Vertex v : px) {
      if (v.labels().cardinality() != n) {
        degenerate = true;
      }
    }
    // labels: x side vertex has labels among x_i (i) and s_j (m+j); need union with y side = all
    List<Equilibrium<MixedProfile>> out = new ArrayList<>();
    Set<MixedProfile> seen = new HashSet<>();
    BitSet all = new BitSet(k);
    all.set(0, k);
    for (Vertex x : px) {
      if (x.labels().nextClearBit(0) >= m) {
        continue; // the origin x = 0
      }
      if ((out.size() & 63) == 0 && System.nanoTime() - deadline > 0) {
        throw new Stop(true);
      }
      BitSet need = (BitSet) all.clone();
      need.andNot(x.labels());
      List<Vertex> candidates;
      if (!degenerate) {
        candidates = byLabels.getOrDefault(need, List.of());
      } else {
        candidates = new ArrayList<>();
        for (Vertex y : qy) {
          BitSet c = (BitSet) need.clone();
          c.andNot(y.labels());
          if (c.isEmpty()) {
            candidates.add(y);
          }
        }
      }
      for (Vertex y : candidates) {
        if (y.labels().nextClearBit(m) >= k) {
          continue; // the origin y = 0
        }
        MixedProfile p = profile(bm, x, y, integer, options.exact());
        if (p == null) {
          throw new Stop(false);
        }
        if (seen.add(p)) {
          Equilibrium<MixedProfile> e = Equilibrium.of(game, p);
          if (!e.certificate().holds(1e-8)) {
            throw new Stop(false);
          }
          out.add(e);
        }
      }
    }
    return out;
  }

  /** Visits every lexicographically feasible basis of one side of the tableau pair. */
  private static List<Vertex> enumerate(
      LhTableau root, int side, long deadline, long[] count, long maxBases) {
    int m = root.m;
    int n = root.n;
    int k = m + n;
    int rowFrom = side == 0 ? 0 : m;
    int rowTo = side == 0 ? m : m + n;
    // entering candidates of this side: y_j and r_i for side 0; x_i and s_j for side 1
    int[] vars = new int[k];
    int c = 0;
    if (side == 0) {
      for (int j = 0; j < n; j++) {
        vars[c++] = m + j;
      }
      for (int i = 0; i < m; i++) {
        vars[c++] = k + i;
      }
    } else {
      for (int i = 0; i < m; i++) {
        vars[c++] = i;
      }
      for (int j = 0; j < n; j++) {
        vars[c++] = k + m + j;
      }
    }
    Map<BitSet, Vertex> byValue = new LinkedHashMap<>();
    Set<BitSet> visited = new HashSet<>();
    final class Frame {
      LhTableau t;
      final int[] basis;
      int next;

      Frame(LhTableau t) {
        this.t = t;
        this.basis = t.basis.clone();
      }
    }
    List<Frame> stack = new ArrayList<>();
    LhTableau start = root.copy();
    visited.add(sideKey(start, rowFrom, rowTo));
    addVertex(start, side, rowFrom, rowTo, byValue);
    stack.add(new Frame(start));
    while (!stack.isEmpty()) {
      Frame f = stack.get(stack.size() - 1);
      if (f.next >= vars.length) {
        stack.remove(stack.size() - 1);
        continue;
      }
      int v = vars[f.next++];
      if (f.t == null) {
        LhTableau t = root.copy();
        t.rebuild(f.basis);
        f.t = t;
      }
      if (f.t.isBasic(v)) {
        continue;
      }
      int row = f.t.exitRow(v);
      if (row < 0) {
        continue;
      }
      count[0]++;
      if ((count[0] & 255) == 0 && System.nanoTime() - deadline > 0) {
        throw new Stop(true);
      }
      // the neighbour's basis is known before pivoting: skip visited ones without copying
      BitSet next = sideKey(f.t, rowFrom, rowTo);
      next.clear(f.t.basis[row]);
      next.set(v);
      if (!visited.add(next)) {
        continue;
      }
      LhTableau t = f.t.copy();
      t.pivot(row, v);
      if (visited.size() > maxBases) {
        throw new Stop(false, true);
      }
      addVertex(t, side, rowFrom, rowTo, byValue);
      stack.add(new Frame(t));
      if (stack.size() > 256) {
        stack.get(stack.size() - 257).t = null;
      }
    }
    return new ArrayList<>(byValue.values());
  }

  private static BitSet sideKey(LhTableau t, int rowFrom, int rowTo) {
    BitSet b = new BitSet();
    for (int r = rowFrom; r < rowTo; r++) {
      b.set(t.basis[r]);
    }
    return b;
  }

  /** Records the vertex of a basis once per distinct label set and value. */
  private static void addVertex(
      LhTableau t, int side, int rowFrom, int rowTo, Map<BitSet, Vertex> byValue) {
    int m = t.m;
    int n = t.n;
    int k = m + n;
    BitSet labels = new BitSet(k);
    // all variables of this side start as zero (non-basic); basic ones get their values
    // side 1: x_i (label i), s_j (label m+j); side 0: y_j (label m+j), r_i (label i)
    boolean[] positive = new boolean[2 * k];
    if (t instanceof IntegerLhTableau it) {
      BigInteger[] rhs = it.rhs(rowFrom, rowTo);
      for (int r = rowFrom; r < rowTo; r++) {
        if (rhs[r - rowFrom].signum() > 0) {
          positive[t.basis[r]] = true;
        }
      }
    } else {
      double[] rhs = ((DoubleLhTableau) t).rhs(rowFrom, rowTo);
      for (int r = rowFrom; r < rowTo; r++) {
        double x = rhs[r - rowFrom];
        if (Math.abs(x) < TIE && x != 0) {
          throw new Stop(false); // too close to call in floating point
        }
        if (x > 0) {
          positive[t.basis[r]] = true;
        }
      }
    }
    if (side == 1) {
      for (int i = 0; i < m; i++) {
        if (!positive[i]) {
          labels.set(i);
        }
      }
      for (int j = 0; j < n; j++) {
        if (!positive[k + m + j]) {
          labels.set(m + j);
        }
      }
    } else {
      for (int j = 0; j < n; j++) {
        if (!positive[m + j]) {
          labels.set(m + j);
        }
      }
      for (int i = 0; i < m; i++) {
        if (!positive[k + i]) {
          labels.set(i);
        }
      }
    }
    // distinct vertices: same label set and same positive support identify the point of a
    // non-degenerate face; for safety key on labels plus the basis' positive variables
    BitSet key = (BitSet) labels.clone();
    for (int v = 0; v < 2 * k; v++) {
      if (positive[v]) {
        key.set(2 * k + v);
      }
    }
    byValue.putIfAbsent(key, new Vertex(t.basis.clone(), labels));
  }

  /** The exact (or floating-point) profile of a vertex pair. */
  private static MixedProfile profile(
      Bimatrix bm, Vertex x, Vertex y, boolean integerValues, boolean exact) {
    int m = bm.m;
    int n = bm.n;
    int[] basis = new int[m + n];
    System.arraycopy(y.basis(), 0, basis, 0, m);
    System.arraycopy(x.basis(), m, basis, m, n);
    MixedProfile p = bm.exactFromBasis(basis);
    if (p == null) {
      return null;
    }
    if (!exact) {
      return MixedProfile.ofDoubles(new double[][] {p.strategy(0), p.strategy(1)});
    }
    return p;
  }
}
