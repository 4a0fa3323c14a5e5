package org.parley.games.seqform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.Node;
import org.parley.games.Outcome;
import org.parley.games.Rational;

/**
 * Lemke's algorithm on the sequence-form LCP of a two-player extensive game with perfect recall,
 * laid out, pivoted and read back exactly as Gambit 16.7's {@code gambit-lcp} does on a tree (same
 * layout, entering/leaving rules and stopping rule as Gambit 16.7's {@code
 * src/solvers/lcp/efglcp.cc} with {@code src/solvers/linalg/lemketab.imp}; our own code).
 *
 * <p>Model (D. Koller, N. Megiddo, B. von Stengel, "Efficient computation of equilibria for
 * extensive two-person games", GEB 14 (1996) 247–259). With {@code n = |S₁| + |S₂| + (|H₁|+1) +
 * (|H₂|+1)} the system is {@code A z + w = b}, {@code z, w ≥ 0}, {@code zᵢwᵢ = 0}, with variables
 * in the order: player 1's sequences, player 2's sequences, player 1's constraint multipliers (root
 * first, then one per information set in game order), player 2's. Sequences are numbered 1 (empty)
 * and then in the depth-first order in which the tree first reaches each action. Payoff blocks are
 * {@code A(s₁, s₂) = Σ reach·u₁ − (M + 1)} and {@code A(s₂, s₁) = Σ reach·u₂ − (M + 1)} for every
 * sequence pair that some outcome is attached under, with {@code M} the largest payoff of any
 * outcome; constraint blocks hold ±1 (parent sequence −1 / +1, own sequence +1 / −1); {@code b} is
 * −1 in the two root rows; the covering column 0 is −1 everywhere.
 *
 * <p>Path: the artificial variable (label 0) enters in player 1's root row {@code j}, then the
 * complement of each leaving variable enters until label 0 leaves (Gambit's {@code SF_LCPPath};
 * what {@code gambit-lcp} 16.7.0 prints on every reference tree), or a column has no positive entry
 * (a ray). The leaving row is chosen by the minimum ratio, ties broken lexicographically by the
 * columns of {@code B⁻¹} in row order and finally by the lowest row. With {@code allAccessible} (or
 * after a ray) the recursion of Gambit's {@code AllLemke} runs instead: for rows {@code i = 1, 2,
 * …} except {@code j} the covering entry of row {@code i} is perturbed to −1/1000 and the path is
 * followed; from each new basis the same is repeated with the artificial variable pivoted in by the
 * ratio test. Sequence values that are not positive (beyond the tolerance) count as 0; behaviour
 * probabilities are the ratios of a sequence to its parent sequence, and information sets the plan
 * does not reach get the uniform distribution (Gambit's {@code UndefinedToCentroid}).
 *
 * @param <T> {@link Rational} (exact, tolerance 0) or {@link Double} (tolerance 1e-8)
 */
final class GambitSequenceLcp<T> {
  /** Raised when the pivot limit or the deadline stops the search. */
  static final class Stop extends RuntimeException {
    final boolean timedOut;

    Stop(boolean timedOut) {
      super(null, null, false, false);
      this.timedOut = timedOut;
    }
  }

  /**
   * Everything found: the equilibria in order, the pivots taken, and whether the search stopped
   * early.
   */
  record Outcomes(List<BehaviourProfile> equilibria, long pivots, Stop stoppedBy) {}

  private final ExtensiveFormGame game;
  private final Arithmetic<T> ar;
  private final int ns1;
  private final int ns2;
  private final int ni1;
  private final int n;
  private final T[][] a; // rows 1..n, columns 0..n
  private final T[] b; // 1..n
  private final int[][][] seq; // [player][infoset][action] -> Gambit sequence number
  private final int[][] parent; // [player][infoset] -> Gambit sequence number of the parent
  private int limit;
  private final long maxPivots;
  private final long deadline;
  private final List<Map<Integer, T>> bases = new ArrayList<>();
  private final List<BehaviourProfile> found = new ArrayList<>();
  private long pivots;

  private GambitSequenceLcp(
      ExtensiveFormGame game, Arithmetic<T> ar, int maxEquilibria, long maxPivots, long deadline) {
    this.game = game;
    this.ar = ar;
    this.limit = maxEquilibria;
    this.maxPivots = maxPivots;
    this.deadline = deadline;
    seq = new int[2][][];
    parent = new int[2][];
    int[] count = {1, 1};
    for (int p = 0; p < 2; p++) {
      int ni = game.infosets(p).size();
      seq[p] = new int[ni][];
      parent[p] = new int[ni];
      for (int h = 0; h < ni; h++) {
        seq[p][h] = new int[game.infosets(p).get(h).numActions()];
      }
    }
    number(game.root(), new int[] {1, 1}, count);
    ns1 = count[0];
    ns2 = count[1];
    ni1 = game.infosets(0).size() + 1;
    int ni2 = game.infosets(1).size() + 1;
    n = ns1 + ns2 + ni1 + ni2;
    a = newMatrix(n + 1, n + 1);
    b = ar.newArray(n + 1);
    Arrays.fill(b, ar.zero());
    fill();
  }

  private T[][] newMatrix(int rows, int cols) {
    @SuppressWarnings("unchecked")
    T[][] m = (T[][]) new Object[rows][];
    for (int i = 0; i < rows; i++) {
      m[i] = ar.newArray(cols);
      Arrays.fill(m[i], ar.zero());
    }
    return m;
  }

  /**
   * Runs the enumeration.
   *
   * @param exact rational arithmetic (Gambit's default) or doubles (Gambit's {@code -d})
   * @param allAccessible follow the perturbed paths of Gambit's {@code AllLemke} to every
   *     accessible equilibrium; otherwise the one path from the unperturbed start (what Gambit
   *     16.7.0 prints on every reference tree)
   * @param maxEquilibria with {@code allAccessible}, stop after this many (0: all)
   */
  static Outcomes solve(
      ExtensiveFormGame game,
      boolean exact,
      boolean allAccessible,
      int maxEquilibria,
      long maxPivots,
      long deadline) {
    Objects.requireNonNull(game, "game");
    if (game.numPlayers() != 2) {
      throw new IllegalArgumentException(
          "method only valid for two-player games; this one has " + game.numPlayers());
    }
    if (!game.hasPerfectRecall()) {
      throw new IllegalArgumentException(
          "computing equilibria of games with imperfect recall is not supported: "
              + game.perfectRecallViolation().orElse(""));
    }
    return exact
        ? new GambitSequenceLcp<>(game, Arithmetic.EXACT, maxEquilibria, maxPivots, deadline)
            .run(allAccessible)
        : new GambitSequenceLcp<>(game, Arithmetic.FLOATING, maxEquilibria, maxPivots, deadline)
            .run(allAccessible);
  }

  /** Depth-first numbering of sequences, in the order the tree first reaches each action. */
  private void number(Node root, int[] current, int[] count) {
    record Frame(Node node, int s1, int s2) {}
    // explicit stack in pre-order, children in order
    List<Frame> stack = new ArrayList<>();
    stack.add(new Frame(root, current[0], current[1]));
    while (!stack.isEmpty()) {
      Frame f = stack.remove(stack.size() - 1);
      Node node = f.node();
      if (node instanceof Node.Personal pn) {
        int p = pn.player();
        int h = pn.infoset();
        if (p > 1) {
          throw new IllegalArgumentException("method only valid for two-player games");
        }
        int cur = p == 0 ? f.s1() : f.s2();
        List<Frame> kids = new ArrayList<>();
        for (int k = 0; k < pn.children().size(); k++) {
          if (seq[p][h][k] == 0) {
            seq[p][h][k] = ++count[p];
            parent[p][h] = cur;
          }
          int s = seq[p][h][k];
          kids.add(
              new Frame(game.node(pn.children().get(k)), p == 0 ? s : f.s1(), p == 1 ? s : f.s2()));
        }
        pushReversed(stack, kids);
      } else if (node instanceof Node.Chance cn) {
        List<Frame> kids = new ArrayList<>();
        for (int c : cn.children()) {
          kids.add(new Frame(game.node(c), f.s1(), f.s2()));
        }
        pushReversed(stack, kids);
      }
    }
  }

  private static <F> void pushReversed(List<F> stack, List<F> kids) {
    for (int k = kids.size() - 1; k >= 0; k--) {
      stack.add(kids.get(k));
    }
  }

  /** The Gambit sequence number of a player's last sequence on the path to {@code node}. */
  private int nodeSeq(int p, int node) {
    int our = game.nodeSequence(p, node);
    if (our == 0) {
      return 1;
    }
    // our numbering: actionSequence(p, h, a) = offset(h) + a; find (h, a)
    for (int h = 0; h < seq[p].length; h++) {
      int first = game.actionSequence(p, h, 0);
      if (our >= first && our < first + seq[p][h].length) {
        return seq[p][h][our - first];
      }
    }
    throw new IllegalStateException("sequence " + our + " of player " + (p + 1) + " not found");
  }

  private void fill() {
    T one = ar.of(Rational.ONE);
    T minusOne = ar.of(Rational.ONE.negate());
    int[] off = {0, ns1};
    int[] rowOff = {ns1 + ns2, ns1 + ns2 + ni1};
    for (int p = 0; p < 2; p++) {
      for (int h = 0; h < seq[p].length; h++) {
        int row = rowOff[p] + h + 2;
        int par = off[p] + parent[p][h];
        a[par][row] = minusOne;
        a[row][par] = one;
        for (int s : seq[p][h]) {
          a[off[p] + s][row] = one;
          a[row][off[p] + s] = minusOne;
        }
      }
    }
    Rational max = null;
    for (Outcome o : game.outcomes()) {
      for (Rational u : o.payoffs()) {
        max = max == null || u.compareTo(max) > 0 ? u : max;
      }
    }
    Rational shift = (max == null ? Rational.ZERO : max).add(Rational.ONE);
    Map<Long, Rational[]> pay = new TreeMap<>();
    for (Node node : game.nodes()) {
      boolean terminal = node instanceof Node.Terminal;
      if (node.outcome() < 0 && !terminal) {
        continue;
      }
      int s1 = nodeSeq(0, node.id());
      int s2 = nodeSeq(1, node.id());
      Rational reach = game.chanceReach(node.id());
      Rational[] e =
          pay.computeIfAbsent(
              (long) s1 * (n + 1) + s2, k -> new Rational[] {Rational.ZERO, Rational.ZERO});
      for (int p = 0; p < 2; p++) {
        Rational u =
            node.outcome() < 0
                ? Rational.ZERO
                : game.outcomes().get(node.outcome()).payoffs().get(p);
        if (terminal) {
          u =
              u.subtract(
                  shift); // the shift is weighted by the leaf's reach, so it is the same for every
          // plan pair
        }
        e[p] = e[p].add(reach.multiply(u));
      }
    }
    for (Map.Entry<Long, Rational[]> en : pay.entrySet()) {
      int s1 = (int) (en.getKey() / (n + 1));
      int s2 = (int) (en.getKey() % (n + 1));
      a[s1][ns1 + s2] = ar.of(en.getValue()[0]);
      a[ns1 + s2][s1] = ar.of(en.getValue()[1]);
    }
    for (int i = 1; i <= n; i++) {
      a[i][0] = minusOne;
    }
    int r1 = ns1 + ns2 + 1;
    int r2 = ns1 + ns2 + ni1 + 1;
    a[1][r1] = one;
    a[r1][1] = minusOne;
    a[ns1 + 1][r2] = one;
    a[r2][ns1 + 1] = minusOne;
    b[r1] = minusOne;
    b[r2] = minusOne;
  }

  private Outcomes run(boolean allAccessible) {
    int j = ns1 + ns2 + 1;
    try {
      if (!allAccessible) {
        Tableau tab = new Tableau();
        tab.pivot(j, 0);
        if (tab.path(j)) {
          found.add(tab.profile());
          return new Outcomes(List.copyOf(found), pivots, null);
        }
        // a ray: Gambit would print this basis anyway; we look on along the perturbed paths
        limit = 1;
      }
      allLemke(j, new Tableau(), 0);
    } catch (Stop s) {
      return new Outcomes(List.copyOf(found), pivots, s);
    } catch (EnoughFound e) {
      // the requested number of equilibria is reached
    }
    return new Outcomes(List.copyOf(found), pivots, null);
  }

  private static final class EnoughFound extends RuntimeException {
    EnoughFound() {
      super(null, null, false, false);
    }
  }

  private void allLemke(int j, Tableau tab, int depth) {
    T perturbed = ar.of(Rational.of(-1, 1000));
    T minusOne = ar.of(Rational.ONE.negate());
    boolean newSolution = false;
    for (int i = 1; i <= n && !newSolution; i++) {
      if (i == j) {
        continue;
      }
      Tableau copy = tab.copy();
      a[i][0] = perturbed;
      copy.refreshCovering();
      int missing;
      if (depth == 0) {
        copy.pivot(j, 0);
        missing = -j;
      } else {
        missing = copy.pivotIn(0);
      }
      newSolution = false;
      if (copy.path(-missing)) {
        newSolution = addBasis(copy);
        if (newSolution) {
          found.add(copy.profile());
          if (limit > 0 && found.size() >= limit) {
            a[i][0] = minusOne;
            throw new EnoughFound();
          }
        }
      }
      a[i][0] = minusOne;
      if (newSolution) {
        copy.refreshCovering();
        allLemke(i, copy, depth + 1);
      }
    }
  }

  private boolean addBasis(Tableau tab) {
    Map<Integer, T> bfs = new TreeMap<>();
    for (int r = 1; r <= n; r++) {
      if (tab.label[r] >= 0) {
        bfs.put(tab.label[r], tab.rhs(r));
      }
    }
    if (bases.contains(bfs)) {
      return false;
    }
    bases.add(bfs);
    return true;
  }

  /**
   * A dense tableau {@code B⁻¹ [A | I | b]} over rows 1..n; column {@code L} (0..n) belongs to
   * label {@code L}, column {@code n + i} to the slack label {@code −i}. The numbers live in a
   * {@link Store}: objects for exact rationals, primitive doubles for the floating-point mode.
   */
  private final class Tableau {
    final Store<T> st;
    final int[] label; // row -> label
    final int[] rowOf; // label + n -> row, or 0 when not basic

    @SuppressWarnings("unchecked")
    Tableau() {
      int width = 2 * n + 1;
      st =
          ar == (Object) Arithmetic.FLOATING
              ? (Store<T>) new DoubleStore(n + 1, width)
              : new ObjectStore<>(ar, n + 1, width);
      label = new int[n + 1];
      rowOf = new int[2 * n + 1];
      T one = ar.of(Rational.ONE);
      for (int i = 1; i <= n; i++) {
        for (int c = 0; c <= n; c++) {
          if (!ar.isZero(a[i][c])) {
            st.set(i, c, a[i][c]);
          }
        }
        st.set(i, n + i, one);
        st.setRhs(i, b[i]);
        label[i] = -i;
        rowOf[n - i] = i;
      }
    }

    private Tableau(Tableau o) {
      st = o.st.copy();
      label = o.label.clone();
      rowOf = o.rowOf.clone();
    }

    Tableau copy() {
      return new Tableau(this);
    }

    T rhs(int r) {
      return st.rhs(r);
    }

    private int col(int lab) {
      return lab >= 0 ? lab : n - lab;
    }

    /**
     * Recomputes column 0 as {@code B⁻¹ a₀} after the covering column changed (label 0 not basic).
     */
    void refreshCovering() {
      if (rowOf[n] != 0) {
        throw new IllegalStateException("the artificial variable is basic");
      }
      for (int i = 1; i <= n; i++) {
        T s = ar.zero();
        for (int k = 1; k <= n; k++) {
          T binv = st.get(i, n + k);
          if (!ar.isZero(binv) && !ar.isZero(a[k][0])) {
            s = ar.add(s, ar.multiply(binv, a[k][0]));
          }
        }
        st.set(i, 0, s);
      }
    }

    void pivot(int row, int inLabel) {
      pivots++;
      if (pivots > maxPivots) {
        throw new Stop(false);
      }
      if ((pivots & 15) == 0 && System.nanoTime() - deadline > 0) {
        throw new Stop(true);
      }
      st.pivot(row, col(inLabel));
      int out = label[row];
      rowOf[out + n] = 0;
      label[row] = inLabel;
      rowOf[inLabel + n] = row;
    }

    /** Gambit's {@code SF_ExitIndex}: the leaving row for {@code inLabel}, or 0 when none. */
    int exitRow(int inLabel) {
      int c = col(inLabel);
      T[] incol = ar.newArray(n + 1);
      List<Integer> best = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        incol[i] = st.get(i, c);
        if (ar.positive(incol[i])) {
          best.add(i);
        }
      }
      if (best.isEmpty()) {
        return 0;
      }
      int k = 0; // 0: the basic solution, k >= 1: column k of B⁻¹
      while (best.size() > 1) {
        if (k > n) {
          throw new IllegalStateException("no lexicographic tie-break possible");
        }
        List<T> ratios = new ArrayList<>(best.size());
        T min = null;
        for (int i : best) {
          T r = ar.divide(k == 0 ? st.rhs(i) : st.get(i, n + k), incol[i]);
          ratios.add(r);
          if (min == null || ar.less(r, min)) {
            min = r;
          }
        }
        for (int q = best.size() - 1; q >= 0; q--) {
          if (ar.greaterBeyondEps(ratios.get(q), min)) {
            best.remove(q);
          }
        }
        k++;
      }
      return best.get(0);
    }

    /**
     * Gambit's {@code SF_PivotIn}: pivots {@code inLabel} in; returns the leaving label, or {@code
     * inLabel} on a ray.
     */
    int pivotIn(int inLabel) {
      int row = exitRow(inLabel);
      if (row == 0) {
        return inLabel;
      }
      int out = label[row];
      pivot(row, inLabel);
      return out;
    }

    /**
     * Gambit's {@code SF_LCPPath}: complementary pivoting until label 0 leaves (true) or a ray
     * (false).
     */
    boolean path(int dup) {
      int enter = dup;
      int exit;
      do {
        exit = pivotIn(enter);
        if (exit == enter) {
          return false;
        }
        enter = -exit;
      } while (exit != 0);
      return true;
    }

    private T value(int lab) {
      int r = rowOf[lab + n];
      if (r == 0) {
        return ar.zero();
      }
      return ar.positive(st.rhs(r)) ? st.rhs(r) : ar.zero();
    }

    BehaviourProfile profile() {
      int[] off = {0, ns1};
      Rational[][][] exact = new Rational[2][][];
      double[][][] dbl = new double[2][][];
      for (int p = 0; p < 2; p++) {
        int ni = seq[p].length;
        exact[p] = new Rational[ni][];
        dbl[p] = new double[ni][];
        for (int h = 0; h < ni; h++) {
          int na = seq[p][h].length;
          T par = value(off[p] + parent[p][h]);
          exact[p][h] = new Rational[na];
          dbl[p][h] = new double[na];
          boolean reached = ar.positive(par);
          for (int k = 0; k < na; k++) {
            if (reached) {
              T v = ar.divide(value(off[p] + seq[p][h][k]), par);
              dbl[p][h][k] = ar.toDouble(v);
              exact[p][h][k] = v instanceof Rational r ? r : null;
            } else {
              dbl[p][h][k] = 1.0 / na;
              exact[p][h][k] = Rational.of(1, na);
            }
          }
        }
      }
      return ar == (Object) Arithmetic.EXACT
          ? BehaviourProfile.ofRationals(exact)
          : BehaviourProfile.ofDoubles(dbl);
    }
  }

  /** The numbers of a tableau: rows 1..n, columns 0..2n, and the right-hand side. */
  private interface Store<T> {
    T get(int i, int c);

    void set(int i, int c, T v);

    T rhs(int i);

    void setRhs(int i, T v);

    /** Gauss–Jordan step on element {@code (row, c)} (sparse in the pivot row's non-zeros). */
    void pivot(int row, int c);

    Store<T> copy();
  }

  private static final class ObjectStore<T> implements Store<T> {
    private final Arithmetic<T> ar;
    private final T[][] t;
    private final T[] rhs;

    @SuppressWarnings("unchecked")
    ObjectStore(Arithmetic<T> ar, int rows, int width) {
      this.ar = ar;
      t = (T[][]) new Object[rows][];
      for (int i = 0; i < rows; i++) {
        t[i] = ar.newArray(width);
        Arrays.fill(t[i], ar.zero());
      }
      rhs = ar.newArray(rows);
      Arrays.fill(rhs, ar.zero());
    }

    private ObjectStore(ObjectStore<T> o) {
      ar = o.ar;
      t = o.t.clone();
      for (int i = 0; i < t.length; i++) {
        t[i] = o.t[i].clone();
      }
      rhs = o.rhs.clone();
    }

    @Override
    public T get(int i, int c) {
      return t[i][c];
    }

    @Override
    public void set(int i, int c, T v) {
      t[i][c] = v;
    }

    @Override
    public T rhs(int i) {
      return rhs[i];
    }

    @Override
    public void setRhs(int i, T v) {
      rhs[i] = v;
    }

    @Override
    public void pivot(int row, int c) {
      T[] pr = t[row];
      T piv = pr[c];
      int[] nz = new int[pr.length];
      int k = 0;
      for (int j = 0; j < pr.length; j++) {
        if (!ar.isZero(pr[j])) {
          pr[j] = ar.divide(pr[j], piv);
          nz[k++] = j;
        }
      }
      rhs[row] = ar.divide(rhs[row], piv);
      for (int i = 1; i < t.length; i++) {
        T f = t[i][c];
        if (i == row || ar.isZero(f)) {
          continue;
        }
        T[] ri = t[i];
        for (int q = 0; q < k; q++) {
          int j = nz[q];
          ri[j] = ar.subtract(ri[j], ar.multiply(f, pr[j]));
        }
        ri[c] = ar.zero();
        rhs[i] = ar.subtract(rhs[i], ar.multiply(f, rhs[row]));
      }
    }

    @Override
    public Store<T> copy() {
      return new ObjectStore<>(this);
    }
  }

  private static final class DoubleStore implements Store<Double> {
    private final double[][] t;
    private final double[] rhs;

    DoubleStore(int rows, int width) {
      t = new double[rows][width];
      rhs = new double[rows];
    }

    private DoubleStore(DoubleStore o) {
      t = o.t.clone();
      for (int i = 0; i < t.length; i++) {
        t[i] = o.t[i].clone();
      }
      rhs = o.rhs.clone();
    }

    @Override
    public Double get(int i, int c) {
      return t[i][c];
    }

    @Override
    public void set(int i, int c, Double v) {
      t[i][c] = v;
    }

    @Override
    public Double rhs(int i) {
      return rhs[i];
    }

    @Override
    public void setRhs(int i, Double v) {
      rhs[i] = v;
    }

    @Override
    public void pivot(int row, int c) {
      double[] pr = t[row];
      double piv = pr[c];
      int[] nz = new int[pr.length];
      int k = 0;
      for (int j = 0; j < pr.length; j++) {
        if (pr[j] != 0) {
          pr[j] /= piv;
          nz[k++] = j;
        }
      }
      pr[c] = 1;
      rhs[row] /= piv;
      for (int i = 1; i < t.length; i++) {
        double f = t[i][c];
        if (i == row || f == 0) {
          continue;
        }
        double[] ri = t[i];
        for (int q = 0; q < k; q++) {
          int j = nz[q];
          ri[j] -= f * pr[j];
        }
        ri[c] = 0;
        rhs[i] -= f * rhs[row];
      }
    }

    @Override
    public Store<Double> copy() {
      return new DoubleStore(this);
    }
  }
}
