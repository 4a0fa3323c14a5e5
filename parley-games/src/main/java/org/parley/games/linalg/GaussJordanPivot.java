package org.parley.games.linalg;

/**
 * One Gauss–Jordan pivot on a dense floating-point tableau, as every simplex step takes it (Dantzig
 * 1963, ch. 8): the pivot row is divided by the pivot element, then that row's multiple is taken
 * from every other row so that the entering column becomes a unit column. Only the pivot row's
 * non-zero columns are touched in the other rows, which makes the sparse tableaus of sequence-form
 * and zero-sum LPs cheap to pivot.
 */
public final class GaussJordanPivot {
  private GaussJordanPivot() {}

  /**
   * Pivots {@code t} on row {@code r}, column {@code e}, over rows {@code 0..lastRow} and columns
   * {@code 0..width-1}; the basis bookkeeping stays with the caller.
   */
  public static void pivot(double[][] t, int lastRow, int width, int r, int e) {
    double[] pr = t[r];
    double inv = 1.0 / pr[e];
    int[] nz = new int[width];
    int k = 0;
    for (int j = 0; j < width; j++) {
      if (pr[j] != 0) {
        pr[j] *= inv;
        nz[k++] = j;
      }
    }
    pr[e] = 1;
    for (int i = 0; i <= lastRow; i++) {
      if (i != r) {
        double[] row = t[i];
        double f = row[e];
        if (f != 0) {
          for (int q = 0; q < k; q++) {
            int j = nz[q];
            row[j] -= f * pr[j];
          }
          row[e] = 0;
        }
      }
    }
  }
}
