package org.parley.games.logit;

/** Dense linear algebra for the path followers: Gaussian elimination with partial pivoting. */
final class Linear {
  private Linear() {}

  /** Solves {@code a x = b} (a square); null when {@code a} is numerically singular. Destroys a. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int r = 0; r < n; r++) {
      m[r] = a[r].clone();
    }
    double[] x = b.clone();
    double scale = 0;
    for (double[] row : m) {
      for (double v : row) {
        scale = Math.max(scale, Math.abs(v));
      }
    }
    for (int c = 0; c < n; c++) {
      int piv = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
          piv = r;
        }
      }
      if (!(Math.abs(m[piv][c]) > 1e-300 * Math.max(1, scale))) {
        return null;
      }
      double[] tmp = m[c];
      m[c] = m[piv];
      m[piv] = tmp;
      double tb = x[c];
      x[c] = x[piv];
      x[piv] = tb;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        if (f != 0) {
          for (int k = c; k < n; k++) {
            m[r][k] -= f * m[c][k];
          }
          x[r] -= f * x[c];
        }
      }
    }
    for (int c = n - 1; c >= 0; c--) {
      double s = x[c];
      for (int k = c + 1; k < n; k++) {
        s -= m[c][k] * x[k];
      }
      x[c] = s / m[c][c];
    }
    return x;
  }

  static double norm(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x * x;
    }
    return Math.sqrt(s);
  }
}
