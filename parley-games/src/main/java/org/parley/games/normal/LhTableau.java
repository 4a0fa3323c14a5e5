package org.parley.games.normal;

import java.util.BitSet;

/**
 * The pair of complementary-pivoting tableaux of Lemke and Howson (1964) in the form of von Stengel
 * (2002, "Computing equilibria for two-person games", §3): with a positive shift A', B' of the
 * payoffs, {@code r + A'y = 1} (one row per row strategy) and {@code s + B'ᵀx = 1} (one row per
 * column strategy), all variables ≥ 0. Variable numbering: {@code x_i = i}, {@code y_j = m+j},
 * {@code r_i = (m+n)+i}, {@code s_j = (m+n)+m+j}; label of a variable = its number mod (m+n). Ratio
 * tests are lexicographic (Eaves 1971) so paths are well defined in degenerate games.
 */
abstract class LhTableau {
  final int m;
  final int n;

  /** basic variable of each row: rows 0..m-1 (first tableau) then m..m+n-1 (second tableau). */
  final int[] basis;

  /** position of each variable in {@link #basis}, or -1 when non-basic. */
  final int[] where;

  long pivots;

  LhTableau(int m, int n) {
    this.m = m;
    this.n = n;
    basis = new int[m + n];
    where = new int[2 * (m + n)];
    java.util.Arrays.fill(where, -1);
    for (int i = 0; i < m; i++) {
      basis[i] = m + n + i; // r_i
      where[m + n + i] = i;
    }
    for (int j = 0; j < n; j++) {
      basis[m + j] = m + n + m + j; // s_j
      where[m + n + m + j] = m + j;
    }
  }

  LhTableau(LhTableau o) {
    m = o.m;
    n = o.n;
    basis = o.basis.clone();
    where = o.where.clone();
    pivots = o.pivots;
  }

  abstract LhTableau copy();

  /**
   * Row (global) of the leaving variable when {@code var} enters; -1 if the column is unbounded.
   */
  abstract int exitRow(int var);

  /** Pivot {@code var} into global row {@code row}. */
  abstract void pivot(int row, int var);

  /**
   * A row of {@code var}'s tableau whose basic variable is not in {@code target} and whose entry in
   * {@code var}'s column is (numerically) largest in absolute value; -1 if none is non-zero.
   */
  abstract int replaceableRow(int var, BitSet target);

  /**
   * Pivots this (initial) tableau into the basis {@code target} (a set of basic variables); the
   * tableau of a basis does not depend on the pivots that led to it.
   */
  void rebuild(int[] targetBasis) {
    BitSet target = new BitSet();
    for (int v : targetBasis) {
      target.set(v);
    }
    for (int v : targetBasis) {
      if (!isBasic(v)) {
        int row = replaceableRow(v, target);
        if (row < 0) {
          throw new IllegalStateException("singular basis during rebuild");
        }
        pivot(row, v);
      }
    }
  }

  boolean isBasic(int var) {
    return where[var] >= 0;
  }

  static final class Timeout extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Timeout() {
      super(null, null, false, false);
    }
  }

  /**
   * Follows the complementary path that drops {@code label} (0-based) until the next completely
   * labelled basis. Returns false when a ray is met (cannot happen with positive payoffs).
   */
  boolean lemkePath(int label, long deadline) {
    int k = m + n;
    int enter = isBasic(label) ? label + k : label;
    while (true) {
      int row = exitRow(enter);
      if (row < 0) {
        return false;
      }
      int leaving = basis[row];
      pivot(row, enter);
      pivots++;
      if ((pivots & 15) == 0 && System.nanoTime() - deadline > 0) {
        throw new Timeout();
      }
      int lab = leaving % k;
      if (lab == label) {
        return true;
      }
      enter = leaving < k ? leaving + k : leaving - k;
    }
  }

  /** Gambit's identity of a basis: the set of basic strategy variables x_i, y_j. */
  BitSet key() {
    BitSet b = new BitSet(m + n);
    for (int v : basis) {
      if (v < m + n) {
        b.set(v);
      }
    }
    return b;
  }

  /**
   * Which tableau (0 or 1) a variable's column lives in: y and r in the first, x and s in the
   * second.
   */
  int tableauOf(int var) {
    int k = m + n;
    if (var < m) {
      return 1; // x_i
    }
    if (var < k) {
      return 0; // y_j
    }
    if (var < k + m) {
      return 0; // r_i
    }
    return 1; // s_j
  }

  /**
   * Column of a variable inside its tableau. First tableau columns: r_0..r_{m-1}, y_0..y_{n-1}.
   * Second tableau columns: s_0..s_{n-1}, x_0..x_{m-1}.
   */
  int columnOf(int var) {
    int k = m + n;
    if (var < m) {
      return n + var;
    }
    if (var < k) {
      return m + (var - m);
    }
    if (var < k + m) {
      return var - k;
    }
    return var - k - m;
  }
}
