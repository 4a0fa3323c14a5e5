package org.parley.games.seqform;

import java.util.Arrays;
import org.parley.games.linalg.GaussJordanPivot;

/**
 * A two-phase primal simplex method on a dense tableau: minimise {@code c·x} subject to {@code A x
 * (=, <=, >=) b} with each variable either non-negative or free.
 *
 * <p>Source: G. B. Dantzig, <i>Linear Programming and Extensions</i> (1963); the two-phase method
 * and Bland's anti-cycling rule (R. G. Bland, "New finite pivoting rules for the simplex method",
 * Math. Oper. Res. 2 (1977) 103–107) as in V. Chvátal, <i>Linear Programming</i> (1983), ch. 3 and
 * 8. Dantzig's largest-coefficient rule is used until a run of degenerate pivots, then Bland's
 * rule. Free variables are split into two non-negative parts. Each pivot costs {@code O(m (n +
 * m))}.
 */
final class DenseSimplex {
  /** Constraint sense. */
  enum Sense {
    EQ,
    LE,
    GE
  }

  /** Outcome of a solve. */
  record Result(Status status, double[] x, double objective, int pivots) {}

  enum Status {
    OPTIMAL,
    INFEASIBLE,
    UNBOUNDED,
    PIVOT_LIMIT,
    TIMEOUT
  }

  private static final double PERTURBATION = 1e-9;

  private DenseSimplex() {}

  static Result minimise(
      double[] c,
      double[][] a,
      Sense[] sense,
      double[] b,
      boolean[] free,
      int maxPivots,
      long deadline) {
    int m = b.length;
    int nOrig = c.length;
    // column layout: original (nonneg part), negative parts of free vars, slacks, artificials
    int[] negCol = new int[nOrig];
    int col = nOrig;
    for (int j = 0; j < nOrig; j++) {
      negCol[j] = free[j] ? col++ : -1;
    }
    int[] slackCol = new int[m];
    for (int i = 0; i < m; i++) {
      slackCol[i] = sense[i] == Sense.EQ ? -1 : col++;
    }
    int firstArt = col;
    int nTot = col + m;
    int rhs = nTot;
    double bScale = 1;
    for (double v : b) {
      bScale = Math.max(bScale, Math.abs(v));
    }
    double[][] t = new double[m + 1][nTot + 1];
    int[] basis = new int[m];
    for (int i = 0; i < m; i++) {
      double sign = b[i] < 0 ? -1 : 1;
      for (int j = 0; j < nOrig; j++) {
        double v = a[i][j] * sign;
        t[i][j] = v;
        if (negCol[j] >= 0) {
          t[i][negCol[j]] = -v;
        }
      }
      if (slackCol[i] >= 0) {
        t[i][slackCol[i]] = (sense[i] == Sense.LE ? 1 : -1) * sign;
      }
      t[i][firstArt + i] = 1;
      // a tiny distinct perturbation of the right-hand side removes the degeneracy of the
      // sequence-form LPs (Charnes 1952; Chvátal 1983, ch. 3); the solution is recomputed from the
      // unperturbed right-hand side at the end
      t[i][rhs] = b[i] * sign + PERTURBATION * bScale * (1 + ((i * 0.6180339887498949) % 1.0));
      basis[i] = firstArt + i;
    }
    // phase 1 objective row: minimise sum of artificials; reduced costs = -sum of rows
    double[] obj = t[m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j <= nTot; j++) {
        if (j < firstArt || j == rhs) {
          obj[j] -= t[i][j];
        }
      }
    }
    int[] pivots = {0};
    Status s1 = iterate(t, basis, m, nTot, nTot, maxPivots, deadline, pivots);
    if (s1 == Status.PIVOT_LIMIT || s1 == Status.TIMEOUT) {
      return new Result(s1, new double[nOrig], Double.NaN, pivots[0]);
    }
    if (-t[m][rhs] > 1e-6 * bScale) {
      return new Result(Status.INFEASIBLE, new double[nOrig], Double.NaN, pivots[0]);
    }
    // drive artificials out of the basis where possible
    for (int i = 0; i < m; i++) {
      if (basis[i] >= firstArt) {
        int best = -1;
        double bv = 1e-9;
        for (int j = 0; j < firstArt; j++) {
          if (Math.abs(t[i][j]) > bv) {
            bv = Math.abs(t[i][j]);
            best = j;
          }
        }
        if (best >= 0) {
          pivot(t, basis, m, nTot, i, best);
          pivots[0]++;
        }
      }
    }
    // phase 2 objective row: reduced costs c_j - c_B B^-1 a_j
    Arrays.fill(t[m], 0);
    double[] cost = new double[nTot];
    for (int j = 0; j < nOrig; j++) {
      cost[j] = c[j];
      if (negCol[j] >= 0) {
        cost[negCol[j]] = -c[j];
      }
    }
    System.arraycopy(cost, 0, t[m], 0, nTot);
    for (int i = 0; i < m; i++) {
      double cb = basis[i] < nTot ? cost[basis[i]] : 0;
      if (cb != 0) {
        for (int j = 0; j <= nTot; j++) {
          t[m][j] -= cb * t[i][j];
        }
      }
    }
    // artificials may not re-enter: iterate only over columns < firstArt
    Status s2 = iterate(t, basis, m, nTot, firstArt, maxPivots, deadline, pivots);
    double[] x = new double[nOrig];
    double[] full = new double[nTot];
    for (int i = 0; i < m; i++) {
      // x_B = B⁻¹ b with the unperturbed b; B⁻¹ sits in the artificial columns
      double v = 0;
      for (int k = 0; k < m; k++) {
        double binv = t[i][firstArt + k];
        if (binv != 0) {
          v += binv * Math.abs(b[k]);
        }
      }
      full[basis[i]] = v;
    }
    for (int j = 0; j < nOrig; j++) {
      x[j] = full[j] - (negCol[j] >= 0 ? full[negCol[j]] : 0);
    }
    double objective = 0;
    for (int j = 0; j < nOrig; j++) {
      objective += c[j] * x[j];
    }
    return new Result(s2, x, objective, pivots[0]);
  }

  private static Status iterate(
      double[][] t,
      int[] basis,
      int m,
      int nTot,
      int enterLimit,
      int maxPivots,
      long deadline,
      int[] pivots) {
    int rhs = nTot;
    double[] obj = t[m];
    int degenerateRun = 0;
    while (true) {
      boolean bland = degenerateRun > 5000;
      int e = -1;
      double best = -1e-9;
      for (int j = 0; j < enterLimit; j++) {
        if (obj[j] < best) {
          e = j;
          if (bland) {
            break;
          }
          best = obj[j];
        }
      }
      if (e < 0) {
        return Status.OPTIMAL;
      }
      int r = -1;
      double ratio = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        double a = t[i][e];
        if (a > 1e-9) {
          double q = t[i][rhs] / a;
          if (q < ratio - 1e-12
              || (Math.abs(q - ratio) <= 1e-12 && r >= 0 && basis[i] < basis[r])) {
            ratio = q;
            r = i;
          }
        }
      }
      if (r < 0) {
        return Status.UNBOUNDED;
      }
      if (pivots[0] >= maxPivots) {
        return Status.PIVOT_LIMIT;
      }
      if ((pivots[0] & 15) == 0 && System.nanoTime() - deadline > 0) {
        return Status.TIMEOUT;
      }
      degenerateRun = ratio < 1e-12 ? degenerateRun + 1 : 0;
      pivot(t, basis, m, nTot, r, e);
      pivots[0]++;
    }
  }

  private static void pivot(double[][] t, int[] basis, int m, int nTot, int r, int e) {
    GaussJordanPivot.pivot(t, m, nTot + 1, r, e);
    basis[r] = e;
  }
}
