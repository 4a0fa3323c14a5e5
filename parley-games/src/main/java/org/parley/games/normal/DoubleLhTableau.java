package org.parley.games.normal;

/** {@link LhTableau} in floating point (dense Gauss–Jordan pivoting, lexicographic ratio test). */
final class DoubleLhTableau extends LhTableau {
  private static final double EPS = 1e-12;

  /** t[0]: m rows × (m+n+1); t[1]: n rows × (n+m+1); last column = right-hand side. */
  private final double[][][] t;

  /** a and b are the shifted (positive) payoff matrices, rows = player 1's strategies. */
  DoubleLhTableau(double[][] a, double[][] b) {
    super(a.length, a[0].length);
    t = new double[2][][];
    t[0] = new double[m][m + n + 1];
    for (int i = 0; i < m; i++) {
      t[0][i][i] = 1;
      for (int j = 0; j < n; j++) {
        t[0][i][m + j] = a[i][j];
      }
      t[0][i][m + n] = 1;
    }
    t[1] = new double[n][n + m + 1];
    for (int j = 0; j < n; j++) {
      t[1][j][j] = 1;
      for (int i = 0; i < m; i++) {
        t[1][j][n + i] = b[i][j];
      }
      t[1][j][n + m] = 1;
    }
  }

  private DoubleLhTableau(DoubleLhTableau o) {
    super(o);
    t = new double[2][][];
    for (int q = 0; q < 2; q++) {
      t[q] = new double[o.t[q].length][];
      for (int r = 0; r < o.t[q].length; r++) {
        t[q][r] = o.t[q][r].clone();
      }
    }
  }

  @Override
  LhTableau copy() {
    return new DoubleLhTableau(this);
  }

  @Override
  int exitRow(int var) {
    int q = tableauOf(var);
    int c = columnOf(var);
    double[][] tab = t[q];
    int rows = tab.length;
    int rhs = tab[0].length - 1;
    int best = -1;
    for (int r = 0; r < rows; r++) {
      double e = tab[r][c];
      if (e <= EPS) {
        continue;
      }
      if (best < 0) {
        best = r;
        continue;
      }
      // lexicographic comparison of (rhs, B^-1 row) / entry
      double eb = tab[best][c];
      int cmp = compareRatio(tab[r][rhs], e, tab[best][rhs], eb);
      for (int k = 0; cmp == 0 && k < rows; k++) {
        cmp = -compareRatio(tab[r][k], e, tab[best][k], eb);
      }
      if (cmp < 0) {
        best = r;
      }
    }
    return best < 0 ? -1 : (q == 0 ? best : m + best);
  }

  private static int compareRatio(double a, double b, double c, double d) {
    double x = a / b;
    double y = c / d;
    double tol = 1e-11 * Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
    if (Math.abs(x - y) <= tol) {
      return 0;
    }
    return x < y ? -1 : 1;
  }

  @Override
  int replaceableRow(int var, java.util.BitSet target) {
    int q = tableauOf(var);
    int c = columnOf(var);
    int best = -1;
    double bestAbs = 1e-14;
    for (int r = 0; r < t[q].length; r++) {
      int global = q == 0 ? r : m + r;
      if (target.get(basis[global])) {
        continue;
      }
      double e = Math.abs(t[q][r][c]);
      if (e > bestAbs) {
        bestAbs = e;
        best = global;
      }
    }
    return best;
  }

  @Override
  void pivot(int row, int var) {
    int q = tableauOf(var);
    int c = columnOf(var);
    double[][] tab = t[q];
    int r = q == 0 ? row : row - m;
    double[] pr = tab[r];
    double p = pr[c];
    int width = pr.length;
    for (int k = 0; k < width; k++) {
      pr[k] /= p;
    }
    pr[c] = 1;
    for (int i = 0; i < tab.length; i++) {
      if (i == r) {
        continue;
      }
      double[] ri = tab[i];
      double f = ri[c];
      if (f != 0) {
        for (int k = 0; k < width; k++) {
          ri[k] -= f * pr[k];
        }
        ri[c] = 0;
      }
    }
    int leaving = basis[row];
    where[leaving] = -1;
    basis[row] = var;
    where[var] = row;
  }

  /** Right-hand sides of global rows {@code from..to-1}. */
  double[] rhs(int from, int to) {
    double[] out = new double[to - from];
    for (int row = from; row < to; row++) {
      double[][] tab = t[row < m ? 0 : 1];
      int r = row < m ? row : row - m;
      out[row - from] = tab[r][tab[r].length - 1];
    }
    return out;
  }

  /** Value of every variable x_0..x_{m-1}, y_0..y_{n-1} (0 when non-basic). */
  double[] strategyValues() {
    double[] v = new double[m + n];
    for (int var = 0; var < m + n; var++) {
      int row = where[var];
      if (row >= 0) {
        double[][] tab = t[row < m ? 0 : 1];
        int r = row < m ? row : row - m;
        v[var] = tab[r][tab[r].length - 1];
      }
    }
    return v;
  }
}
