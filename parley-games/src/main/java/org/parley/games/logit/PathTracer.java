package org.parley.games.logit;

import java.util.Objects;

/**
 * Predictor–corrector continuation of a smooth path {@code H(z) = 0}, {@code H: ℝⁿ⁺¹ → ℝⁿ}, with
 * the step control of E. L. Allgower, K. Georg, <i>Introduction to Numerical Continuation
 * Methods</i> (SIAM 2003), ch. 6 (Euler predictor along the unit tangent; chord-Newton corrector
 * with the Moore–Penrose pseudo-inverse from a Givens QR factorisation of {@code Hᵀ} taken at the
 * predicted point; steplength adapted from the first corrector distance and the contraction rate).
 * Same constants and rules as Gambit 16.7's {@code src/solvers/logit/path.cc} ({@code
 * PathTracer::TracePath}; we read the stored 2026 version of the file — Gambit 16.7.0 and 17.0.0a2
 * print identical logit lines on every reference row, and our port reproduces 16.7.0's): corrector
 * tolerance {@code 1e-4}, maximal distance to the curve {@code 0.4}, maximal contraction {@code
 * 0.6}, {@code η = 0.1}, minimal step {@code 1e-8}, at most 100 corrector iterations, steplength
 * factor bounded by {@code maxDecel} (Gambit's {@code -a}, default 1.1).
 *
 * <p>Orientation changes of the tangent (a bifurcation) are handled as Gambit does: the step is
 * rejected and the first equation is perturbed by {@code 1e-7}. Gambit meant to switch the
 * perturbation off again after twice the current arc length, but its countdown goes through C's
 * integer {@code abs}, so for steps below 1/2 it is truncated to 0 and the perturbation stays on
 * for the rest of the path; we reproduce that ({@link #truncatedAbs}), because it is what makes
 * Gambit print {@code 0.49999995} (a sum of {@code 1 − 1e-7}) on {@code contrib__2x2x2.nfg}.
 */
final class PathTracer {
  private static final double TOL = 1.0e-4;
  private static final double MAX_DIST = 0.4;
  private static final double MAX_CONTR = 0.6;
  private static final double ETA = 0.1;
  private static final double H_MIN = 1.0e-8;
  private static final int MAX_ITER = 100;
  private static final double PERTURBATION = 1.0e-7;

  /** The last accepted point, the number of accepted steps, and why tracing stopped. */
  record Result(double[] x, int steps, LogitTracing.Stop status) {
    Result {
      Objects.requireNonNull(x, "x");
      Objects.requireNonNull(status, "status");
    }
  }

  private final double firstStep;
  private final double maxDecel;
  private final int maxSteps;

  PathTracer(double firstStep, double maxDecel, int maxSteps) {
    this.firstStep = firstStep;
    this.maxDecel = maxDecel;
    this.maxSteps = maxSteps;
  }

  /** The stopping test, told whether the bifurcation perturbation is switched on. */
  @FunctionalInterface
  interface Termination {
    boolean test(double[] x, boolean perturbed);
  }

  /** Traces from {@code start} (orientation {@code omega = 1}) until {@code terminate} holds. */
  Result trace(PathSystem sys, double[] start, Termination terminate, long deadline) {
    int n = sys.size();
    double[] x = start.clone();
    double[][] b = new double[n + 1][n];
    double[][] q = new double[n + 1][n + 1];
    double[] y = new double[n];
    double[] u = new double[n + 1];
    double[] t;
    loadTransposed(sys.jacobian(x), b);
    qr(b, q);
    t = q[n].clone();
    double h = firstStep;
    double pert = 0;
    double countdown = 0;
    int steps = 0;
    while (!terminate.test(x, pert != 0)) {
      if (steps >= maxSteps) {
        return new Result(x, steps, LogitTracing.Stop.STEP_LIMIT);
      }
      if ((steps & 15) == 0 && System.nanoTime() - deadline > 0) {
        return new Result(x, steps, LogitTracing.Stop.TIMEOUT);
      }
      boolean accept = true;
      if (Math.abs(h) <= H_MIN) {
        return new Result(x, steps, LogitTracing.Stop.STEP_TOO_SMALL);
      }
      for (int k = 0; k <= n; k++) {
        u[k] = x[k] + h * t[k];
      }
      double decel = 1.0 / maxDecel;
      loadTransposed(sys.jacobian(u), b);
      qr(b, q);
      int iter = 1;
      double disto = 0;
      while (true) {
        double[] f = sys.residual(u);
        System.arraycopy(f, 0, y, 0, n);
        y[0] += pert;
        double dist = newtonStep(q, b, u, y);
        if (dist >= MAX_DIST) {
          accept = false;
          break;
        }
        decel = Math.max(decel, Math.sqrt(dist / MAX_DIST) * maxDecel);
        if (iter >= 2) {
          double contr = dist / (disto + TOL * ETA);
          if (contr > MAX_CONTR) {
            accept = false;
            break;
          }
          decel = Math.max(decel, Math.sqrt(contr / MAX_CONTR) * maxDecel);
        }
        if (dist <= TOL) {
          break;
        }
        disto = dist;
        iter++;
        if (iter > MAX_ITER) {
          return new Result(x, steps, LogitTracing.Stop.CORRECTOR_FAILED);
        }
      }
      double[] newT = q[n].clone();
      if (dot(t, newT) < 0) {
        if (countdown == 0) {
          pert = PERTURBATION;
          countdown = truncatedAbs(2 * h);
        }
        accept = false;
      }
      if (!accept) {
        h /= maxDecel;
        if (Math.abs(h) <= H_MIN) {
          return new Result(x, steps, LogitTracing.Stop.STEP_TOO_SMALL);
        }
        continue;
      }
      decel = Math.min(decel, maxDecel);
      h = Math.abs(h / decel);
      x = u.clone();
      t = newT;
      steps++;
      if (countdown > 0) {
        countdown -= truncatedAbs(h);
        if (countdown < 0) {
          pert = 0;
          countdown = 0;
        }
      }
    }
    return new Result(x, steps, LogitTracing.Stop.TERMINATED);
  }

  /**
   * C's {@code abs(int)} applied to a double argument: the value is truncated toward zero first.
   */
  static double truncatedAbs(double v) {
    return Math.abs((double) (long) v);
  }

  private static double dot(double[] a, double[] c) {
    double s = 0;
    for (int k = 0; k < a.length; k++) {
      s += a[k] * c[k];
    }
    return s;
  }

  /** {@code b = Jᵀ}: rows are the n + 1 unknowns, columns the n equations. */
  private static void loadTransposed(double[][] jac, double[][] b) {
    for (int r = 0; r < jac.length; r++) {
      double[] row = jac[r];
      for (int c = 0; c < row.length; c++) {
        b[c][r] = row[c];
      }
    }
  }

  /** Givens QR of {@code b} in place ({@code q b₀ = R}), column by column, rows top to bottom. */
  private static void qr(double[][] b, double[][] q) {
    int rows = q.length;
    for (int r = 0; r < rows; r++) {
      java.util.Arrays.fill(q[r], 0);
      q[r][r] = 1;
    }
    int cols = b[0].length;
    for (int m = 0; m < cols; m++) {
      for (int k = m + 1; k < rows; k++) {
        givens(b, q, m, k);
      }
    }
  }

  /**
   * Rotation of rows {@code l1}, {@code l2} of {@code q} and {@code b} zeroing {@code b[l2][l1]}.
   */
  private static void givens(double[][] b, double[][] q, int l1, int l2) {
    double c1 = b[l1][l1];
    double c2 = b[l2][l1];
    if (Math.abs(c1) + Math.abs(c2) == 0.0) {
      return;
    }
    double sn;
    if (Math.abs(c2) >= Math.abs(c1)) {
      double r = c1 / c2;
      sn = Math.sqrt(1.0 + r * r) * Math.abs(c2);
    } else {
      double r = c2 / c1;
      sn = Math.sqrt(1.0 + r * r) * Math.abs(c1);
    }
    double s1 = c1 / sn;
    double s2 = c2 / sn;
    double[] q1 = q[l1];
    double[] q2 = q[l2];
    for (int k = 0; k < q1.length; k++) {
      double v1 = q1[k];
      double v2 = q2[k];
      q1[k] = s1 * v1 + s2 * v2;
      q2[k] = -s2 * v1 + s1 * v2;
    }
    double[] b1 = b[l1];
    double[] b2 = b[l2];
    for (int k = l1 + 1; k < b1.length; k++) {
      double v1 = b1[k];
      double v2 = b2[k];
      b1[k] = s1 * v1 + s2 * v2;
      b2[k] = -s2 * v1 + s1 * v2;
    }
    b1[l1] = sn;
    b2[l1] = 0.0;
  }

  /** One Moore–Penrose Newton step {@code u ← u − J⁺ y}; returns its Euclidean length. */
  private static double newtonStep(double[][] q, double[][] b, double[] u, double[] y) {
    int cols = y.length;
    for (int k = 0; k < cols; k++) {
      double v = y[k];
      for (int l = 0; l < k; l++) {
        v -= b[l][k] * y[l];
      }
      y[k] = v / b[k][k];
    }
    double d = 0;
    for (int k = 0; k < u.length; k++) {
      double s = 0;
      for (int l = 0; l < cols; l++) {
        s += q[l][k] * y[l];
      }
      u[k] -= s;
      d += s * s;
    }
    return Math.sqrt(d);
  }
}
