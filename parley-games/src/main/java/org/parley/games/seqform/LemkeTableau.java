package org.parley.games.seqform;

/**
 * Lemke's complementary pivoting algorithm for the linear complementarity problem {@code w = q + M
 * z, w, z >= 0, w·z = 0} with a covering vector {@code d >= 0}, on a dense floating-point tableau
 * with lexicographic degeneracy resolution.
 *
 * <p>Source: C. E. Lemke, "Bimatrix equilibrium points and mathematical programming", Management
 * Science 11 (1965) 681–689; lexicographic rule as in R. W. Cottle, J.-S. Pang, R. E. Stone, <i>The
 * Linear Complementarity Problem</i> (1992), §4.4. The tableau holds {@code B⁻¹ [I | −M | −d | q]};
 * the identity block is {@code B⁻¹}, used for the lexicographic ratio test. Every 400 pivots the
 * tableau is recomputed from the original data and the basis (refactorisation) so round-off does
 * not accumulate. Each pivot costs {@code O(n²)}; the number of pivots is exponential in the worst
 * case but small in practice.
 */
final class LemkeTableau {
  /** How a run ended. */
  enum Status {
    SOLVED,
    RAY,
    PIVOT_LIMIT,
    TIMEOUT
  }

  private final int n;
  private final int cols; // 2n + 2: w (n), z (n), z0, rhs
  private final double[][] t;
  private final int[] basis; // basis[row] = variable: 0..n-1 w, n..2n-1 z, 2n z0
  private int pivots;
  private Status status;
  private final double eps;
  private final double[][] original; // [I | −M | −d | q], for refactorisation
  private static final int REFACTOR_EVERY = 400;

  /** The LCP {@code w = q + M z + d z0} with covering vector {@code d >= 0}. */
  LemkeTableau(double[][] m, double[] q, double[] d) {
    n = q.length;
    cols = 2 * n + 2;
    t = new double[n][cols];
    basis = new int[n];
    double scale = 1;
    for (int i = 0; i < n; i++) {
      t[i][i] = 1;
      for (int j = 0; j < n; j++) {
        t[i][n + j] = -m[i][j];
        scale = Math.max(scale, Math.abs(m[i][j]));
      }
      if (!(d[i] >= 0)) {
        throw new IllegalArgumentException(
            "covering vector entry " + i + " is " + d[i] + "; it must be >= 0");
      }
      t[i][2 * n] = -d[i];
      t[i][2 * n + 1] = q[i];
      basis[i] = i;
    }
    eps = 1e-9 * scale;
    original = new double[n][];
    for (int i = 0; i < n; i++) {
      original[i] = t[i].clone();
    }
  }

  /**
   * Recomputes the tableau {@code B⁻¹ [I | −M | −d | q]} from the original data and the current
   * basis (Gaussian elimination with partial pivoting), removing accumulated round-off.
   */
  private boolean refactor() {
    double[][] bm = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < n; k++) {
        bm[i][k] = original[i][basis[k]];
      }
    }
    double[][] x = new double[n][];
    for (int i = 0; i < n; i++) {
      x[i] = original[i].clone();
    }
    int[] perm = new int[n];
    for (int k = 0; k < n; k++) {
      perm[k] = k;
    }
    for (int c = 0; c < n; c++) {
      int piv = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(bm[r][c]) > Math.abs(bm[piv][c])) {
          piv = r;
        }
      }
      if (Math.abs(bm[piv][c]) < 1e-13) {
        return false;
      }
      double[] tmp = bm[c];
      bm[c] = bm[piv];
      bm[piv] = tmp;
      tmp = x[c];
      x[c] = x[piv];
      x[piv] = tmp;
      double inv = 1 / bm[c][c];
      for (int r = 0; r < n; r++) {
        if (r == c) {
          continue;
        }
        double f = bm[r][c] * inv;
        if (f != 0) {
          double[] br = bm[r];
          double[] bc = bm[c];
          for (int k = c; k < n; k++) {
            br[k] -= f * bc[k];
          }
          double[] xr = x[r];
          double[] xc = x[c];
          for (int k = 0; k < cols; k++) {
            double v = xc[k];
            if (v != 0) {
              xr[k] -= f * v;
            }
          }
        }
      }
    }
    // now bm is diagonal: row c of the solution belongs to basic variable basis[c]
    for (int c = 0; c < n; c++) {
      double inv = 1 / bm[c][c];
      double[] row = t[c];
      for (int k = 0; k < cols; k++) {
        row[k] = x[c][k] * inv;
      }
    }
    return true;
  }

  int pivots() {
    return pivots;
  }

  Status status() {
    return status;
  }

  /**
   * Runs the algorithm from the primary ray; at most {@code maxPivots} pivots and until {@link
   * System#nanoTime()} passes {@code deadline}.
   */
  Status run(int maxPivots, long deadline) {
    int rhs = 2 * n + 1;
    int r = -1;
    double max = 0;
    boolean negative = false;
    for (int i = 0; i < n; i++) {
      if (t[i][rhs] < 0) {
        negative = true;
        double di = -t[i][2 * n];
        if (!(di > 0)) {
          throw new IllegalArgumentException("covering vector is 0 in row " + i + " where q < 0");
        }
        double ratio = -t[i][rhs] / di;
        // ties: the largest index keeps every row of [rhs | B⁻¹] lexicographically positive
        if (ratio >= max) {
          max = ratio;
          r = i;
        }
      }
    }
    if (!negative) {
      status = Status.SOLVED; // q >= 0: z = 0 solves the LCP
      return status;
    }
    int entering = 2 * n;
    while (true) {
      int leaving = basis[r];
      pivot(r, entering);
      if (leaving == 2 * n) {
        status = Status.SOLVED;
        return status;
      }
      if (pivots >= maxPivots) {
        status = Status.PIVOT_LIMIT;
        return status;
      }
      if ((pivots & 15) == 0 && System.nanoTime() - deadline > 0) {
        status = Status.TIMEOUT;
        return status;
      }
      if (pivots % REFACTOR_EVERY == 0 && n > 50) {
        refactor();
      }
      entering = leaving < n ? leaving + n : leaving - n; // the complement
      r = ratioTest(entering);

      if (r < 0) {
        if (z0Value() <= 1e-9) {
          // the path has reached z0 = 0 up to round-off; the basis is complementary but for z0
          status = Status.SOLVED;
          return status;
        }
        status = Status.RAY;
        return status;
      }
    }
  }

  private int ratioTest(int col) {
    int rhs = 2 * n + 1;
    int best = -1;
    int z0Row = -1;
    for (int i = 0; i < n; i++) {
      double a = t[i][col];
      if (a > eps) {
        if (best < 0 || lexLess(i, best, col)) {
          best = i;
        }
        if (basis[i] == 2 * n) {
          z0Row = i;
        }
      }
    }
    if (best >= 0 && z0Row >= 0 && z0Row != best) {
      // Lemke's rule: when z0 can leave at the minimum ratio, let it (ends the path)
      double rb = t[best][rhs] / t[best][col];
      double rz = t[z0Row][rhs] / t[z0Row][col];
      if (rz <= rb + 1e-12 * Math.max(1, Math.abs(rb))) {
        return z0Row;
      }
    }
    return best;
  }

  private double z0Value() {
    for (int i = 0; i < n; i++) {
      if (basis[i] == 2 * n) {
        return Math.max(0, t[i][2 * n + 1]);
      }
    }
    return 0;
  }

  /** True when row i's ratio vector (rhs, B⁻¹ row)/a_i is lexicographically below row k's. */
  private boolean lexLess(int i, int k, int col) {
    int rhs = 2 * n + 1;
    double ai = t[i][col];
    double ak = t[k][col];
    double ri = t[i][rhs] / ai;
    double rk = t[k][rhs] / ak;
    double tol = 1e-12 * Math.max(1, Math.max(Math.abs(ri), Math.abs(rk)));
    if (ri < rk - tol) {
      return true;
    }
    if (ri > rk + tol) {
      return false;
    }
    for (int j = 0; j < n; j++) {
      double vi = t[i][j] / ai;
      double vk = t[k][j] / ak;
      if (vi < vk - 1e-12) {
        return true;
      }
      if (vi > vk + 1e-12) {
        return false;
      }
    }
    return i < k;
  }

  private void pivot(int r, int col) {
    double[] pr = t[r];
    double inv = 1.0 / pr[col];
    int[] nz = new int[cols];
    int k = 0;
    for (int j = 0; j < cols; j++) {
      if (pr[j] != 0) {
        pr[j] *= inv;
        nz[k++] = j;
      }
    }
    pr[col] = 1;
    for (int i = 0; i < n; i++) {
      if (i == r) {
        continue;
      }
      double[] row = t[i];
      double f = row[col];
      if (f != 0) {
        // only the pivot row's non-zeros change other rows (sparse update)
        for (int q = 0; q < k; q++) {
          int j = nz[q];
          row[j] -= f * pr[j];
        }
        row[col] = 0;
      }
    }
    basis[r] = col;
    pivots++;
  }

  /** The value of {@code z} in the current basic solution. */
  double[] z() {
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      int v = basis[i];
      if (v >= n && v < 2 * n) {
        z[v - n] = Math.max(0, t[i][2 * n + 1]);
      }
    }
    return z;
  }
}
