package org.parley.games.normal;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;
import org.parley.games.solver.BimatrixSolver;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;
import org.parley.games.solver.SolverStatistics;

/**
 * All extreme Nash equilibria of a two-player game, listed in the order (and with the repetitions)
 * of Gambit 16.7's {@code gambit-enummixed}: Mangasarian's (1964) method of pairing the vertices of
 * the two best-response polytopes, whose vertices are enumerated by a reverse search (Avis and
 * Fukuda 1992, "A pivoting algorithm for convex hulls and vertex enumeration of arrangements and
 * polyhedra", Discrete Comput. Geom. 8:295–313).
 *
 * <p>Construction (same as Gambit 16.7's {@code src/solvers/enummixed/enummixed.cc}): with {@code
 * lo = min(minimum payoff, 0) − 1} and {@code hi = max(maximum payoff, 0)} over every outcome of
 * the game (both players; for a tree, its outcomes, not the reduced form's expected payoffs), the
 * payoffs are mapped to {@code (u − lo)/(hi − lo) > 0}. Player 2's polytope is {@code {y : A₁y ≤
 * 1}} over the rows of player 1's scaled matrix, player 1's is {@code {x : A₂x ≤ 1}} over the rows
 * of player 2's transposed matrix. Each is written as {@code A(−x) + s = −1} (basic values are
 * non-positive) and its vertices are listed by {@link Polytope}. Then, for every vertex of player
 * 1's polytope but the origin (outer loop, in enumeration order) and every vertex of player 2's but
 * the origin (inner loop), the pair is an equilibrium when no basic variable and basic slack of the
 * same label are both non-zero; the profile is the two vectors, each normalised to sum 1. A
 * degenerate vertex can be reached in several lexicographically minimal bases and is then listed
 * once per basis, which is why Gambit prints some equilibria more than once; this class reports
 * them the same way.
 *
 * <p>Rules read in gambitproject/gambit at commit 7ff0e81 ({@code enummixed.cc}, {@code
 * vertenum.imp}, {@code lptab.imp}, {@code basis.cc}) and {@code tableau.cc} (newer version, same
 * lexicographic-minimality test); this class is our own code. The 18 finished {@code -q} runs of
 * Gambit 16.7.0 in the reference set are reproduced line for line (EnumMixedGambitOrderTest).
 *
 * <p>{@link #solveWithComponents} adds Gambit's {@code -c} output, the maximal Nash subsets
 * (maximal product sets of extreme equilibria, each a convex set of equilibria), found as the
 * maximal bicliques of the graph of extreme equilibria by {@link BipartiteCliqueEnumeration}, in
 * Gambit's order (the 11 {@code -c} runs of Gambit 16.7.0 in the reference set are reproduced line
 * for line, MaximalNashSubsetsTest).
 *
 * <p>Everything is exact (fraction-free integer pivoting, rational vertices): each equilibrium
 * carries its exact regret certificate (zero). Cost: every basis reached by the reverse search is
 * visited once, with {@code O(r·(r + c))} integer operations per visit, and every pair of recorded
 * vertices is tested once (two word-wise ANDs) — exponential in the size of the game. Games with
 * more than {@link #DEFAULT_MAX_STRATEGIES} strategies in all (Gambit itself needs minutes for
 * random games of that size) are handed to {@link ExtremeEquilibriumEnumeration}, which lists each
 * extreme equilibrium once, in its own order.
 */
public final class GambitOrderEnumeration implements BimatrixSolver {
  /**
   * Above this many strategies (both players together) the enumeration is delegated to EEE: a
   * random 12×12 game (≈ 12 000 bases) takes 1.5–3 s here, a random 14×14 (≈ 50 000–80 000 bases)
   * 10–20 s; Gambit 16.7 spends about 2 ms of CPU per basis, so it reaches the 120 s the reference
   * runs allowed around 14×14 (docs/performance-emix.md).
   */
  public static final int DEFAULT_MAX_STRATEGIES = 24;

  private final long maxBases;
  private final int maxStrategies;

  /**
   * At most two million bases per polytope (the recorded vertices are kept in memory); games above
   * {@link #DEFAULT_MAX_STRATEGIES} go to EEE.
   */
  public GambitOrderEnumeration() {
    this(2_000_000L, DEFAULT_MAX_STRATEGIES);
  }

  /**
   * @param maxBases stop with {@link SolverResult.StopReason#ITERATION_LIMIT} past this many bases
   *     per polytope
   * @param maxStrategies games with more strategies than this (both players) are solved by EEE
   */
  public GambitOrderEnumeration(long maxBases, int maxStrategies) {
    if (maxBases < 1) {
      throw new IllegalArgumentException("maxBases " + maxBases + " must be positive");
    }
    if (maxStrategies < 2) {
      throw new IllegalArgumentException("maxStrategies " + maxStrategies + " must be at least 2");
    }
    this.maxBases = maxBases;
    this.maxStrategies = maxStrategies;
  }

  @Override
  public String name() {
    return "enummixed";
  }

  /**
   * The range of payoffs Gambit shifts and scales by (its {@code GetMinPayoff()} and {@code
   * GetMaxPayoff()}): over every outcome and player.
   */
  public record PayoffRange(Rational min, Rational max) {
    public PayoffRange {
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
      if (min.compareTo(max) > 0) {
        throw new IllegalArgumentException("min " + min + " exceeds max " + max);
      }
    }

    /**
     * The game's own range ({@link NormalFormGame#minPayoff}, {@link NormalFormGame#maxPayoff}).
     */
    public static PayoffRange of(NormalFormGame game) {
      return new PayoffRange(game.minPayoff(), game.maxPayoff());
    }

    /**
     * Over the outcomes of a tree (Gambit computes a tree's range there, not on its strategic
     * form).
     */
    public static PayoffRange of(ExtensiveFormGame game) {
      return new PayoffRange(game.minPayoff(), game.maxPayoff());
    }
  }

  @Override
  public SolverResult<MixedProfile> solve(NormalFormGame game, SolveOptions options) {
    return solve(game, PayoffRange.of(game), options);
  }

  /**
   * Solves {@code game} scaling payoffs by {@code range}; for the reduced strategic form of a tree
   * pass {@link PayoffRange#of(ExtensiveFormGame)} to reproduce Gambit's order.
   */
  public SolverResult<MixedProfile> solve(
      NormalFormGame game, PayoffRange range, SolveOptions options) {
    checkArguments(game, range, options);
    if (game.numStrategies(0) + game.numStrategies(1) > maxStrategies) {
      return new ExtremeEquilibriumEnumeration().solve(game, options);
    }
    return pairVertices(game, range, options, null);
  }

  /**
   * The extreme equilibria (as {@link #solve(NormalFormGame, SolveOptions)} answers them) and the
   * maximal Nash subsets of the game.
   *
   * @see #solveWithComponents(NormalFormGame, PayoffRange, SolveOptions)
   */
  public Components solveWithComponents(NormalFormGame game, SolveOptions options) {
    return solveWithComponents(game, PayoffRange.of(game), options);
  }

  /**
   * The extreme equilibria (as {@link #solve(NormalFormGame, PayoffRange, SolveOptions)} answers
   * them) and the maximal Nash subsets of the game, in the order of Gambit 16.7's {@code
   * gambit-enummixed -c}.
   *
   * <p>Each extreme equilibrium is an edge between a vertex of player 1's polytope and one of
   * player 2's. Vertices get numbers in order of first appearance along the list of equilibria
   * (each side separately); a vertex is a recorded basis, so a degenerate point reached in two
   * bases is two vertices, as in Gambit. The maximal bicliques of that graph ({@link
   * BipartiteCliqueEnumeration}) are the maximal Nash subsets: for a biclique {@code U × V}, every
   * point of {@code conv(U) × conv(V)} is an equilibrium (Winkels 1979; Jansen 1981), and every
   * equilibrium lies in one of these sets. A subset is listed as Gambit prints it: for each
   * player-1 vertex of the biclique, for each player-2 vertex, the profile of the two.
   *
   * <p>Games above the strategy limit are solved by EEE; its vertices are identified by their exact
   * strategy vectors (in order of first appearance), so its subsets are the true ones but their
   * order is not Gambit's. Profiles are exact when {@code options.exact()}, doubles otherwise. When
   * the enumeration stopped early ({@link SolverResult.Stopped}) the subsets would rest on an
   * incomplete graph, so none is given.
   */
  public Components solveWithComponents(
      NormalFormGame game, PayoffRange range, SolveOptions options) {
    checkArguments(game, range, options);
    SolverResult<MixedProfile> result;
    List<VertexPair> vertices = new ArrayList<>();
    if (game.numStrategies(0) + game.numStrategies(1) > maxStrategies) {
      SolverResult<MixedProfile> exact =
          new ExtremeEquilibriumEnumeration().solve(game, options.withExact(true));
      for (Equilibrium<MixedProfile> e : exact.equilibria()) {
        MixedProfile p = e.profile();
        vertices.add(
            new VertexPair(
                List.of(p.exactStrategy(0).orElseThrow()),
                List.of(p.exactStrategy(1).orElseThrow())));
      }
      result = options.exact() ? exact : inDoubles(game, exact);
    } else {
      result = pairVertices(game, range, options, vertices);
    }
    if (!(result instanceof SolverResult.Complete)) {
      return new Components(result, List.of());
    }
    return new Components(result, maximalNashSubsets(result.equilibria(), vertices));
  }

  /**
   * Extreme equilibria with the maximal Nash subsets (maximal convex sets of equilibria) they span.
   *
   * @param result the extreme equilibria, as {@link #solve} answers them
   * @param cliques the maximal Nash subsets, each as the list of its extreme profiles in Gambit's
   *     printing order ({@code convex-1}, {@code convex-2}, …); empty when {@code result} is {@link
   *     SolverResult.Stopped}
   */
  public record Components(SolverResult<MixedProfile> result, List<List<MixedProfile>> cliques) {
    public Components {
      Objects.requireNonNull(result, "result");
      cliques = cliques.stream().map(List::copyOf).toList();
    }
  }

  private static void checkArguments(NormalFormGame game, PayoffRange range, SolveOptions options) {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(options, "options");
    if (game.numPlayers() != 2) {
      throw new IllegalArgumentException(
          "enummixed needs a two-player game, got " + game.numPlayers() + " players");
    }
  }

  /** EEE's exact answer as its floating-point mode gives it. */
  private static SolverResult<MixedProfile> inDoubles(
      NormalFormGame game, SolverResult<MixedProfile> exact) {
    List<Equilibrium<MixedProfile>> eqs = new ArrayList<>();
    for (Equilibrium<MixedProfile> e : exact.equilibria()) {
      eqs.add(
          Equilibrium.of(
              game,
              MixedProfile.ofDoubles(
                  new double[][] {e.profile().strategy(0), e.profile().strategy(1)})));
    }
    return exact instanceof SolverResult.Stopped<MixedProfile> s
        ? new SolverResult.Stopped<>(eqs, s.statistics(), s.reason())
        : new SolverResult.Complete<>(eqs, exact.statistics());
  }

  /**
   * The two vertices an equilibrium pairs, by any identity with value equality: the indices of the
   * recorded bases (Gambit's order) or the exact strategies (EEE).
   */
  private record VertexPair(Object player1, Object player2) {}

  /**
   * The maximal bicliques of the graph whose edges are the equilibria: {@code vertices.get(k)}
   * names the player-1 and player-2 vertex of equilibrium {@code k}; numbers are given per side in
   * order of first appearance, as Gambit does, and each vertex keeps the strategy of the
   * equilibrium where it first appeared.
   */
  private static List<List<MixedProfile>> maximalNashSubsets(
      List<Equilibrium<MixedProfile>> eqs, List<VertexPair> vertices) {
    Map<Object, Integer> ids1 = new HashMap<>();
    Map<Object, Integer> ids2 = new HashMap<>();
    List<MixedProfile> key1 = new ArrayList<>();
    List<MixedProfile> key2 = new ArrayList<>();
    List<BipartiteCliqueEnumeration.Edge> edges = new ArrayList<>();
    for (int k = 0; k < eqs.size(); k++) {
      MixedProfile p = eqs.get(k).profile();
      int id2 = ids2.computeIfAbsent(vertices.get(k).player2(), v -> ids2.size());
      if (id2 == key2.size()) {
        key2.add(p);
      }
      int id1 = ids1.computeIfAbsent(vertices.get(k).player1(), v -> ids1.size());
      if (id1 == key1.size()) {
        key1.add(p);
      }
      edges.add(new BipartiteCliqueEnumeration.Edge(id1, id2));
    }
    List<List<MixedProfile>> out = new ArrayList<>();
    for (BipartiteCliqueEnumeration.Biclique b :
        BipartiteCliqueEnumeration.maximalBicliques(edges)) {
      List<MixedProfile> profiles = new ArrayList<>();
      for (int i : b.left()) {
        for (int j : b.right()) {
          profiles.add(combine(key1.get(i), key2.get(j)));
        }
      }
      out.add(profiles);
    }
    return out;
  }

  /** Player 1's strategy in {@code a} with player 2's in {@code b}. */
  private static MixedProfile combine(MixedProfile a, MixedProfile b) {
    if (a.isExact() && b.isExact()) {
      return MixedProfile.ofRationals(
          new Rational[][] {a.exactStrategy(0).orElseThrow(), b.exactStrategy(1).orElseThrow()});
    }
    return MixedProfile.ofDoubles(new double[][] {a.strategy(0), b.strategy(1)});
  }

  /**
   * Gambit's vertex pairing; when {@code vertices} is not null, each equilibrium's pair of vertex
   * indices (player 1's, player 2's) is added to it.
   */
  private SolverResult<MixedProfile> pairVertices(
      NormalFormGame game, PayoffRange range, SolveOptions options, List<VertexPair> vertices) {
    int m = game.numStrategies(0);
    int n = game.numStrategies(1);
    long start = System.nanoTime();
    long deadline = options.deadline(start);
    Rational lo = range.min().min(Rational.ZERO).subtract(Rational.ONE);
    Rational hi = range.max().max(Rational.ZERO);
    Rational fac = hi.subtract(lo).reciprocal();
    Rational[][] u1 = game.matrix(0);
    Rational[][] u2 = game.matrix(1);
    Rational[][] a1 = new Rational[m][n];
    Rational[][] a2 = new Rational[n][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        a1[i][j] = fac.multiply(u1[i][j].subtract(lo));
        a2[j][i] = fac.multiply(u2[i][j].subtract(lo));
      }
    }
    Polytope q = new Polytope(a1, deadline, maxBases); // player 2's mixed strategies
    // player 1's mixed strategies (not searched when the first search already stopped)
    Polytope p = new Polytope(a2, deadline, q.stop == null ? maxBases : 0);
    SolverResult.StopReason stop = q.stop != null ? q.stop : p.stop;
    List<Equilibrium<MixedProfile>> out = new ArrayList<>();
    if (stop == null) {
      outer:
      for (int i1 = 1; i1 < p.vertices.size(); i1++) {
        Polytope.Vertex vx = p.vertices.get(i1);
        if ((i1 & 63) == 0 && System.nanoTime() - deadline > 0) {
          stop = SolverResult.StopReason.TIMEOUT;
          break;
        }
        for (int i2 = 1; i2 < q.vertices.size(); i2++) {
          Polytope.Vertex vy = q.vertices.get(i2);
          if (complementary(vx, vy)) {
            MixedProfile prof =
                MixedProfile.ofRationals(new Rational[][] {strategy(vx, m), strategy(vy, n)});
            Equilibrium<MixedProfile> e = Equilibrium.of(game, prof);
            out.add(
                options.exact()
                    ? e
                    : Equilibrium.of(
                        game,
                        MixedProfile.ofDoubles(
                            new double[][] {prof.strategy(0), prof.strategy(1)})));
            if (vertices != null) {
              vertices.add(new VertexPair(i1, i2));
            }
            if (options.maxEquilibria() > 0 && out.size() >= options.maxEquilibria()) {
              stop = SolverResult.StopReason.EQUILIBRIUM_LIMIT;
              break outer;
            }
          }
        }
      }
    }
    SolverStatistics stats =
        new SolverStatistics(
            "enummixed",
            q.bases + p.bases,
            "bases",
            Duration.ofNanos(System.nanoTime() - start),
            Map.of("vertices1", (long) p.vertices.size(), "vertices2", (long) q.vertices.size()));
    if (stop != null) {
      return new SolverResult.Stopped<>(out, stats, stop);
    }
    return new SolverResult.Complete<>(out, stats);
  }

  /**
   * No label carried by a non-zero basic variable on one side and a non-zero basic slack on the
   * other (Gambit tests {@code value × value = 0} for labels basic on both sides, the same thing).
   */
  private static boolean complementary(Polytope.Vertex x, Polytope.Vertex y) {
    return disjoint(x.nonZeroVars, y.nonZeroSlacks) && disjoint(y.nonZeroVars, x.nonZeroSlacks);
  }

  private static boolean disjoint(long[] a, long[] b) {
    for (int w = Math.min(a.length, b.length) - 1; w >= 0; w--) {
      if ((a[w] & b[w]) != 0) {
        return false;
      }
    }
    return true;
  }

  private static Rational[] strategy(Polytope.Vertex v, int size) {
    Rational[] s = new Rational[size];
    Rational sum = Rational.ZERO;
    for (int k = 0; k < size; k++) {
      s[k] = v.var[k] == null ? Rational.ZERO : v.var[k].negate();
      sum = sum.add(s[k]);
    }
    for (int k = 0; k < size; k++) {
      s[k] = s[k].divide(sum);
    }
    return s;
  }

  /**
   * The vertices of {@code {z : A(−z) + s = −1}} (an r×c matrix A with positive entries), each
   * listed once per lexicographically minimal basis, in the order of a depth-first reverse search
   * from the slack basis (the origin, listed first). Same reverse-pivot rule as Gambit 16.7's
   * {@code src/solvers/linalg/lptab.imp} ({@code ReversePivots}, objective: all structural costs 1,
   * slack costs 0) and the same visiting order as its {@code vertenum.imp}: candidate entering
   * labels {@code −r, …, −1, 1, …, c}, then leaving rows in increasing order; a basis is recorded
   * when it is lexicographically minimal ({@code tableau.cc IsLexMin}: every zero basic value's row
   * has no negative entry in a column of smaller label).
   *
   * <p>Labels: slack of row {@code i} is {@code −i}, variable {@code j} is {@code j} (1-based);
   * column index of label {@code j > 0} is {@code j − 1}, of {@code −i} it is {@code c + i − 1}.
   */
  static final class Polytope {
    /** A basic solution: basic values by variable and by slack (null when non-basic). */
    static final class Vertex {
      final Rational[] var;
      final Rational[] slack;

      /** Bit sets (as words) of the labels with a non-zero basic variable, resp. slack. */
      final long[] nonZeroVars;

      final long[] nonZeroSlacks;

      Vertex(Rational[] var, Rational[] slack) {
        this.var = var;
        this.slack = slack;
        nonZeroVars = nonZero(var);
        nonZeroSlacks = nonZero(slack);
      }

      private static long[] nonZero(Rational[] values) {
        long[] bits = new long[(values.length + 63) / 64];
        for (int k = 0; k < values.length; k++) {
          if (values[k] != null && !values[k].isZero()) {
            bits[k >> 6] |= 1L << (k & 63);
          }
        }
        return bits;
      }
    }

    final int r;
    final int c;
    final List<Vertex> vertices = new ArrayList<>();
    long bases;
    SolverResult.StopReason stop;
    private final long deadline;
    private final long maxBases;

    /**
     * Searches the polytope of {@code a} (positive entries); {@code maxBases == 0} builds it
     * without searching.
     */
    Polytope(Rational[][] a, long deadline, long maxBases) {
      this.r = a.length;
      this.c = a[0].length;
      this.deadline = deadline;
      this.maxBases = maxBases;
      // the system scaled by the common denominator L of A: (L·A)(−z) + s = −L (same vertices and
      // order)
      BigInteger lcd = BigInteger.ONE;
      for (Rational[] row : a) {
        for (Rational x : row) {
          BigInteger q = x.denominator();
          lcd = lcd.divide(lcd.gcd(q)).multiply(q);
        }
      }
      Rational scale = Rational.of(lcd, BigInteger.ONE);
      BigInteger[][] m0 = new BigInteger[r][c + r];
      BigInteger[] s0 = new BigInteger[r];
      int[] basis = new int[r];
      for (int i = 0; i < r; i++) {
        for (int j = 0; j < c; j++) {
          m0[i][j] = a[i][j].multiply(scale).numerator();
        }
        for (int k = 0; k < r; k++) {
          m0[i][c + k] = k == i ? BigInteger.ONE : BigInteger.ZERO;
        }
        s0[i] = lcd.negate();
        basis[i] = -(i + 1);
      }
      if (maxBases == 0) {
        return;
      }
      try {
        search(new Tab(m0, s0, BigInteger.ONE, basis));
      } catch (Halt h) {
        stop = h.reason;
      }
    }

    private static final class Halt extends RuntimeException {
      private static final long serialVersionUID = 1L;
      final transient SolverResult.StopReason reason;

      Halt(SolverResult.StopReason reason) {
        super(null, null, false, false);
        this.reason = reason;
      }
    }

    private int col(int label) {
      return label > 0 ? label - 1 : c - label - 1;
    }

    /**
     * A fraction-free tableau (Edmonds 1967; Bareiss 1968): the true tableau B⁻¹[A | I] is {@code m
     * / d} and the basic values B⁻¹b are {@code s / d}, with integers m, s and the positive common
     * denominator d (the basis determinant up to sign); every decision below is the sign of an
     * integer expression, so no fraction is ever reduced.
     */
    private final class Tab {
      final BigInteger[][] m;
      final BigInteger[] s;
      final BigInteger d;
      final int[] basis;
      final boolean[] basic;

      Tab(BigInteger[][] m, BigInteger[] s, BigInteger d, int[] basis) {
        this.m = m;
        this.s = s;
        this.d = d;
        this.basis = basis;
        this.basic = new boolean[c + r];
        for (int l : basis) {
          basic[col(l)] = true;
        }
      }

      /**
       * d × reduced cost of a column: d × (cost − c_B·B⁻¹a), cost 1 for variables, 0 for slacks.
       */
      BigInteger relCost(int k) {
        BigInteger z = k < c ? d : BigInteger.ZERO;
        for (int p = 0; p < r; p++) {
          if (basis[p] > 0) {
            z = z.subtract(m[p][k]);
          }
        }
        return z;
      }

      Tab pivot(int row, int label) {
        int jc = col(label);
        BigInteger piv = m[row][jc];
        int sign = piv.signum(); // keep the denominator positive
        BigInteger[][] nm = new BigInteger[r][];
        BigInteger[] ns = new BigInteger[r];
        nm[row] = sign > 0 ? m[row].clone() : negate(m[row]);
        ns[row] = sign > 0 ? s[row] : s[row].negate();
        for (int p = 0; p < r; p++) {
          if (p == row) {
            continue;
          }
          BigInteger f = m[p][jc];
          nm[p] = new BigInteger[c + r];
          for (int k = 0; k < c + r; k++) {
            BigInteger x = piv.multiply(m[p][k]).subtract(f.multiply(m[row][k])).divide(d);
            nm[p][k] = sign > 0 ? x : x.negate();
          }
          BigInteger y = piv.multiply(s[p]).subtract(f.multiply(s[row])).divide(d);
          ns[p] = sign > 0 ? y : y.negate();
        }
        int[] nb = basis.clone();
        nb[row] = label;
        return new Tab(nm, ns, piv.abs(), nb);
      }

      private BigInteger[] negate(BigInteger[] v) {
        BigInteger[] w = new BigInteger[v.length];
        for (int k = 0; k < v.length; k++) {
          w[k] = v[k].negate();
        }
        return w;
      }

      boolean isLexMin() {
        for (int i = 0; i < r; i++) {
          if (s[i].signum() == 0) {
            for (int j = -r; j < basis[i]; j++) {
              if (j != 0 && m[i][col(j)].signum() < 0) {
                return false;
              }
            }
          }
        }
        return true;
      }

      Vertex vertex() {
        Rational[] var = new Rational[c];
        Rational[] slack = new Rational[r];
        for (int i = 0; i < r; i++) {
          Rational v = Rational.of(s[i], d);
          if (basis[i] > 0) {
            var[basis[i] - 1] = v;
          } else {
            slack[-basis[i] - 1] = v;
          }
        }
        return new Vertex(var, slack);
      }

      /** Compares s[i]/m[i][jc] with s[k]/m[k][jc] for positive m[i][jc], m[k][jc]. */
      private int compareRatios(int i, int k, int jc) {
        return s[i].multiply(m[k][jc]).compareTo(s[k].multiply(m[i][jc]));
      }

      /**
       * Pivots (row, entering label) leading back to this basis' parent candidates, in Gambit's
       * order.
       */
      List<int[]> reversePivots() {
        List<int[]> out = new ArrayList<>();
        BigInteger[] rc = new BigInteger[c + r];
        for (int j = -r; j <= c; j++) {
          if (j == 0 || basic[col(j)]) {
            continue;
          }
          int jc = col(j);
          int arg = -1; // a row of maximal ratio s/m among rows with m > 0
          for (int i = 0; i < r; i++) {
            if (m[i][jc].signum() > 0 && (arg < 0 || compareRatios(i, arg, jc) > 0)) {
              arg = i;
            }
          }
          if (arg < 0) {
            continue;
          }
          for (int i = 0; i < r; i++) {
            if (m[i][jc].signum() > 0
                && compareRatios(i, arg, jc) >= 0
                && rowWouldLeave(i, j, jc)
                && columnWouldEnter(i, j, jc, rc)) {
              out.add(new int[] {i, j});
            }
          }
        }
        return out;
      }

      /**
       * In the prior basis (before j entered at row i) j would leave by the ratio rule with
       * lowest-label tie-break: for every other row k with t_kj &lt; 0 (a positive entry in the
       * prior tableau) the prior ratio exceeds j's by −s_k·t_ij/t_kj, whose sign is that of s_k.
       */
      private boolean rowWouldLeave(int i, int j, int jc) {
        for (int k = 0; k < r; k++) {
          if (k != i && m[k][jc].signum() < 0) {
            int sk = s[k].signum();
            if (sk > 0 || (sk == 0 && basis[k] < j)) {
              return false;
            }
          }
        }
        return true;
      }

      /**
       * In the prior basis, the label now basic at row i would be the lowest-label column of
       * negative reduced cost: with ratio = rc_j / t_ij, the prior reduced cost of column k is rc_k
       * − t_ik·ratio, of sign (R_k·m_ij − m_ik·R_j)·sign(m_ij) in integers (R = d·rc).
       */
      private boolean columnWouldEnter(int i, int j, int jc, BigInteger[] rc) {
        int enter = basis[i];
        BigInteger mij = m[i][jc];
        if (mij.signum() == 0) {
          return false;
        }
        BigInteger rj = cost(rc, jc);
        if (priorCostSign(i, col(enter), mij, rj, rc) >= 0) {
          return false;
        }
        for (int k = -r; k < enter; k++) {
          if (k != 0 && priorCostSign(i, col(k), mij, rj, rc) < 0) {
            return false;
          }
        }
        return true;
      }

      private int priorCostSign(int i, int kc, BigInteger mij, BigInteger rj, BigInteger[] rc) {
        return cost(rc, kc).multiply(mij).subtract(m[i][kc].multiply(rj)).signum() * mij.signum();
      }

      private BigInteger cost(BigInteger[] rc, int k) {
        if (rc[k] == null) {
          rc[k] = relCost(k);
        }
        return rc[k];
      }
    }

    private void search(Tab tab) {
      if (++bases > maxBases) {
        throw new Halt(SolverResult.StopReason.ITERATION_LIMIT);
      }
      if ((bases & 255) == 0 && System.nanoTime() - deadline > 0) {
        throw new Halt(SolverResult.StopReason.TIMEOUT);
      }
      if (tab.isLexMin()) {
        vertices.add(tab.vertex());
      }
      for (int[] pv : tab.reversePivots()) {
        search(tab.pivot(pv[0], pv[1]));
      }
    }
  }
}
