package org.parley.games.normal;

import java.math.BigInteger;
import java.util.Objects;
import org.parley.games.Rational;
import org.parley.games.linalg.GaussJordanPivot;

/**
 * The two-phase primal simplex method with the largest-coefficient (Dantzig) entering rule and the
 * first-minimum-ratio leaving rule, as Gambit 16.7's {@code linalg::LPSolve} applies it ({@code
 * src/solvers/linalg/lpsolve.imp}, {@code lptab.imp}, {@code tableau.cc}; read at commits 1b60962,
 * 02b452b, 0c55487): same LP form, same variable order, same tie-breaking and the same basic
 * solution at the end, so that Gambit's {@code lp} answers are reproduced line for line.
 *
 * <p>The problem is {@code maximise c·x subject to A_i x ≤ b_i (i < m − e), A_i x = b_i (the last e
 * rows), x ≥ 0} with {@code b ≥ 0}. Each row gets a slack {@code s_i = b_i − A_i x}, non-negative
 * on inequality rows and fixed at 0 on equality rows in phase 2. The start basis is all slacks.
 * Phase 1 maximises {@code −Σ s_i} over the equality rows and stops at the first pivot that makes
 * the sum zero; phase 2 maximises {@code c·x}. Entering variable: the largest positive reduced
 * cost, first in the order {@code x_1..x_n, s_1..s_m} on ties; leaving variable: the smallest
 * ratio, first basis position on ties (a basic equality slack at 0 blocks when its column entry is
 * negative). Exact arithmetic (Gambit's default) works on the fraction-free integer system {@code
 * [D·A | I] = D·b}, {@code D} the common denominator of {@code A} and {@code b}, whose structural
 * reduced costs are {@code D} times the true ones while the slacks' are not — Gambit compares them
 * as such, and so does this class. Floating point ({@code -d}) uses Gambit's tolerances (Murtagh
 * 1981): 1e-5 on reduced costs and phase-1 feasibility, 1e-8 on ratios.
 *
 * <p>Source of the method: G. B. Dantzig, <i>Linear Programming and Extensions</i> (1963); the
 * fraction-free pivot: E. H. Bareiss, Math. Comp. 22 (1968) 565–578. Cost per pivot: {@code O(m (n
 * + m))} operations.
 */
public final class LargestCoefficientSimplex {
  private static final double EPS1 = 1e-5;
  private static final double EPS2 = 1e-8;

  private LargestCoefficientSimplex() {}

  /**
   * An optimal basic solution: {@code primal} the values of {@code x} (0 when non-basic), {@code
   * dual} the row prices {@code π_i} (0 when the row's slack is basic), the basis (column {@code j
   * < n} is {@code x_j}, {@code n + i} is the slack of row {@code i}) and the pivot count.
   */
  public record ExactSolution(Rational[] primal, Rational[] dual, int[] basis, int pivots) {
    public ExactSolution {
      Objects.requireNonNull(primal, "primal");
      Objects.requireNonNull(dual, "dual");
      Objects.requireNonNull(basis, "basis");
    }
  }

  /** Floating-point counterpart of {@link ExactSolution}. */
  public record DoubleSolution(double[] primal, double[] dual, int[] basis, int pivots) {
    public DoubleSolution {
      Objects.requireNonNull(primal, "primal");
      Objects.requireNonNull(dual, "dual");
      Objects.requireNonNull(basis, "basis");
    }
  }

  /** The LP was infeasible or unbounded, or the deadline passed. */
  public static final class LpException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean timeout;

    LpException(String message, boolean timeout) {
      super(message);
      this.timeout = timeout;
    }

    /** True when the deadline ({@link System#nanoTime()}) passed. */
    public boolean timeout() {
      return timeout;
    }
  }

  /**
   * Solves exactly with Gambit's rule.
   *
   * @param a the {@code m × n} constraint matrix
   * @param b the right-hand side, non-negative
   * @param c the objective (maximised)
   * @param equalities the number of trailing rows that hold with equality
   * @param deadline a {@link System#nanoTime()} value after which {@link LpException} is thrown
   */
  public static ExactSolution solveExact(
      Rational[][] a, Rational[] b, Rational[] c, int equalities, long deadline) {
    int m = b.length;
    int n = c.length;
    check(m, n, a.length, equalities);
    BigInteger d = BigInteger.ONE;
    for (Rational[] row : a) {
      for (Rational v : row) {
        d = lcm(d, v.denominator());
      }
    }
    for (Rational v : b) {
      if (v.signum() < 0) {
        throw new IllegalArgumentException("right-hand sides must be non-negative");
      }
      d = lcm(d, v.denominator());
    }
    int w = n + m + 1;
    int rhs = n + m;
    BigInteger[][] t = new BigInteger[m + 1][w];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        t[i][j] = scaled(a[i][j], d);
      }
      for (int k = 0; k < m; k++) {
        t[i][n + k] = k == i ? BigInteger.ONE : BigInteger.ZERO;
      }
      t[i][rhs] = scaled(b[i], d);
    }
    int[] basis = new int[m];
    boolean[] basic = new boolean[n + m];
    for (int i = 0; i < m; i++) {
      basis[i] = n + i;
      basic[n + i] = true;
    }
    int firstEq = m - equalities;
    BigInteger[] det = {BigInteger.ONE};
    int pivots = 0;
    // phase 1: costs -1 on the equality rows' slacks (unscaled: slack columns are unit columns)
    BigInteger[] cost1 = new BigInteger[n + m];
    java.util.Arrays.fill(cost1, BigInteger.ZERO);
    for (int i = firstEq; i < m; i++) {
      cost1[n + i] = BigInteger.ONE.negate();
    }
    setCost(t, basis, cost1, det[0], m, w);
    if (!phase1Done(t, basis, n, firstEq, m, rhs)) {
      while (true) {
        int e = enterExact(t, basic, n, m, firstEq, det[0], false);
        if (e < 0) {
          break;
        }
        int r = leaveExact(t, basis, n, m, firstEq, e, det[0], false);
        if (r < 0) {
          throw new LpException("unbounded phase-1 LP", false);
        }
        pivotExact(t, basis, basic, r, e, det, m, w);
        pivots++;
        limitCheck(pivots, m, n);
        timeCheck(deadline);
        if (phase1Done(t, basis, n, firstEq, m, rhs)) {
          break;
        }
      }
      if (!phase1Done(t, basis, n, firstEq, m, rhs)) {
        throw new LpException("infeasible LP", false);
      }
    }
    BigInteger[] cost2 = new BigInteger[n + m];
    java.util.Arrays.fill(cost2, BigInteger.ZERO);
    for (int j = 0; j < n; j++) {
      cost2[j] = scaledCost(c[j], d);
    }
    setCost(t, basis, cost2, det[0], m, w);
    while (true) {
      int e = enterExact(t, basic, n, m, firstEq, det[0], true);
      if (e < 0) {
        break;
      }
      int r = leaveExact(t, basis, n, m, firstEq, e, det[0], true);
      if (r < 0) {
        throw new LpException("unbounded LP", false);
      }
      pivotExact(t, basis, basic, r, e, det, m, w);
      pivots++;
      limitCheck(pivots, m, n);
      timeCheck(deadline);
    }
    Rational[] x = new Rational[n];
    java.util.Arrays.fill(x, Rational.ZERO);
    for (int i = 0; i < m; i++) {
      if (basis[i] < n) {
        x[basis[i]] = Rational.of(t[i][rhs], det[0]);
      }
    }
    Rational[] dual = new Rational[m];
    for (int i = 0; i < m; i++) {
      // π_i = u_i − rc(s_i), with u = 0 in phase 2
      dual[i] = basic[n + i] ? Rational.ZERO : Rational.of(t[m][n + i].negate(), det[0]);
    }
    return new ExactSolution(x, dual, basis.clone(), pivots);
  }

  private static BigInteger scaledCost(Rational v, BigInteger d) {
    Rational s = v.multiply(Rational.of(d, BigInteger.ONE));
    if (!s.isInteger()) {
      throw new IllegalArgumentException(
          "objective coefficients must be integers after scaling: " + v);
    }
    return s.numerator();
  }

  private static void check(int m, int n, int rows, int equalities) {
    if (rows != m) {
      throw new IllegalArgumentException("A has " + rows + " rows but b has " + m);
    }
    if (equalities < 0 || equalities > m) {
      throw new IllegalArgumentException("equalities " + equalities + " not in [0, " + m + "]");
    }
    if (n < 1 || m < 1) {
      throw new IllegalArgumentException("empty LP");
    }
  }

  /**
   * Pivot limit: the largest-coefficient rule has no anti-cycling safeguard (nor has Gambit's), so
   * a degenerate LP could cycle; after {@code 10 (m + n) + 1000} pivots the run stops.
   */
  static int pivotLimit(int m, int n) {
    return 10 * (m + n) + 1000;
  }

  private static void limitCheck(int pivots, int m, int n) {
    if (pivots > pivotLimit(m, n)) {
      throw new LpException(
          "pivot limit " + pivotLimit(m, n) + " reached (the largest-coefficient rule cycles)",
          false);
    }
  }

  private static void timeCheck(long deadline) {
    if (System.nanoTime() - deadline > 0) {
      throw new LpException("deadline reached", true);
    }
  }

  /** The common denominator {@code D} of {@code A} and {@code b} that the exact run scales by. */
  public static BigInteger commonDenominator(Rational[][] a, Rational[] b) {
    BigInteger d = BigInteger.ONE;
    for (Rational[] row : a) {
      for (Rational v : row) {
        d = lcm(d, v.denominator());
      }
    }
    for (Rational v : b) {
      d = lcm(d, v.denominator());
    }
    return d;
  }

  private static BigInteger lcm(BigInteger x, BigInteger y) {
    return x.divide(x.gcd(y)).multiply(y);
  }

  private static BigInteger scaled(Rational v, BigInteger d) {
    return v.numerator().multiply(d.divide(v.denominator()));
  }

  /** Objective row = det·cost − Σ_i cost_{B(i)} · T_i (det·reduced costs). */
  private static void setCost(
      BigInteger[][] t, int[] basis, BigInteger[] cost, BigInteger det, int m, int w) {
    BigInteger[] z = new BigInteger[w];
    for (int j = 0; j < w; j++) {
      z[j] = j < cost.length ? det.multiply(cost[j]) : BigInteger.ZERO;
    }
    for (int i = 0; i < m; i++) {
      BigInteger cb = cost[basis[i]];
      if (cb.signum() != 0) {
        for (int j = 0; j < w; j++) {
          z[j] = z[j].subtract(cb.multiply(t[i][j]));
        }
      }
    }
    t[m] = z;
  }

  private static boolean phase1Done(
      BigInteger[][] t, int[] basis, int n, int firstEq, int m, int rhs) {
    for (int i = 0; i < m; i++) {
      if (basis[i] >= n + firstEq && t[i][rhs].signum() != 0) {
        return false;
      }
    }
    return true;
  }

  private static int enterExact(
      BigInteger[][] t,
      boolean[] basic,
      int n,
      int m,
      int firstEq,
      BigInteger det,
      boolean phase2) {
    int sign = det.signum();
    BigInteger[] z = t[m];
    BigInteger best = BigInteger.ZERO;
    int e = -1;
    for (int j = 0; j < n + m; j++) {
      if (basic[j] || (phase2 && j >= n + firstEq)) {
        continue;
      }
      BigInteger v = sign < 0 ? z[j].negate() : z[j];
      if (v.compareTo(best) > 0) {
        best = v;
        e = j;
      }
    }
    return e;
  }

  private static int leaveExact(
      BigInteger[][] t,
      int[] basis,
      int n,
      int m,
      int firstEq,
      int e,
      BigInteger det,
      boolean phase2) {
    int sign = det.signum();
    int rhs = n + m;
    int r = -1;
    BigInteger bestNum = null;
    BigInteger bestDen = null;
    for (int i = 0; i < m; i++) {
      BigInteger de = sign < 0 ? t[i][e].negate() : t[i][e];
      boolean fixed = phase2 && basis[i] >= n + firstEq;
      if (de.signum() > 0 || (fixed && de.signum() < 0)) {
        BigInteger num = sign < 0 ? t[i][rhs].negate() : t[i][rhs];
        BigInteger den = de;
        if (den.signum() < 0) {
          num = num.negate();
          den = den.negate();
        }
        if (num.signum() < 0) {
          continue;
        }
        if (r < 0 || num.multiply(bestDen).compareTo(bestNum.multiply(den)) < 0) {
          r = i;
          bestNum = num;
          bestDen = den;
        }
      }
    }
    return r;
  }

  private static void pivotExact(
      BigInteger[][] t,
      int[] basis,
      boolean[] basic,
      int r,
      int e,
      BigInteger[] det,
      int m,
      int w) {
    BigInteger p = t[r][e];
    BigInteger prev = det[0];
    BigInteger[] pr = t[r];
    for (int i = 0; i <= m; i++) {
      if (i == r) {
        continue;
      }
      BigInteger[] row = t[i];
      BigInteger f = row[e];
      boolean one = prev.equals(BigInteger.ONE);
      boolean fz = f.signum() == 0;
      for (int j = 0; j < w; j++) {
        BigInteger rj = row[j];
        boolean other = fz || pr[j].signum() == 0;
        if (rj.signum() == 0 && other) {
          continue; // stays 0
        }
        BigInteger v = rj.multiply(p);
        if (!other) {
          v = v.subtract(f.multiply(pr[j]));
        }
        row[j] = one ? v : v.divide(prev);
      }
    }
    det[0] = p;
    basic[basis[r]] = false;
    basic[e] = true;
    basis[r] = e;
  }

  /** Solves in floating point with Gambit's {@code -d} rule and tolerances. */
  public static DoubleSolution solveDouble(
      double[][] a, double[] b, double[] c, int equalities, long deadline) {
    return solveDouble(a, b, c, equalities, deadline, false, 1);
  }

  /**
   * Floating-point run; with {@code emulateExact} the entering rule compares reduced costs as the
   * exact run does (structural ones scaled by {@code scale} = the common denominator) with relative
   * tie tolerance 1e-11 instead of Gambit's absolute {@code -d} tolerances — a fast guide for the
   * exact run whose end basis is then certified exactly by the caller.
   */
  public static DoubleSolution solveDouble(
      double[][] a,
      double[] b,
      double[] c,
      int equalities,
      long deadline,
      boolean emulateExact,
      double scale) {
    int m = b.length;
    int n = c.length;
    check(m, n, a.length, equalities);
    int w = n + m + 1;
    int rhs = n + m;
    double[][] t = new double[m + 1][w];
    for (int i = 0; i < m; i++) {
      if (b[i] < 0) {
        throw new IllegalArgumentException("right-hand sides must be non-negative");
      }
      for (int j = 0; j < n; j++) {
        t[i][j] = a[i][j] * scale;
      }
      t[i][n + i] = 1;
      t[i][rhs] = b[i] * scale;
    }
    int[] basis = new int[m];
    boolean[] basic = new boolean[n + m];
    for (int i = 0; i < m; i++) {
      basis[i] = n + i;
      basic[n + i] = true;
    }
    int firstEq = m - equalities;
    double eps1 = emulateExact ? 0 : EPS1;
    double eps2 = emulateExact ? 0 : EPS2;
    int pivots = 0;
    double[] cost1 = new double[n + m];
    for (int i = firstEq; i < m; i++) {
      cost1[n + i] = -1;
    }
    setCost(t, basis, cost1, m, w);
    if (totalCost(t, basis, cost1, m, rhs) < -eps1 - (emulateExact ? 1e-9 * scale : 0)) {
      while (true) {
        int e = enterDouble(t, basic, n, m, firstEq, false, eps1, emulateExact);
        if (e < 0) {
          break;
        }
        int r = leaveDouble(t, basis, n, m, firstEq, e, false, eps2, emulateExact);
        if (r < 0) {
          throw new LpException("unbounded phase-1 LP", false);
        }
        pivotDouble(t, basis, basic, r, e, m, w);
        pivots++;
        limitCheck(pivots, m, n);
        if ((pivots & 15) == 0) {
          timeCheck(deadline);
        }
        if (totalCost(t, basis, cost1, m, rhs) >= -eps1 - (emulateExact ? 1e-9 * scale : 0)) {
          break;
        }
      }
    }
    double[] cost2 = new double[n + m];
    for (int j = 0; j < n; j++) {
      cost2[j] = c[j] * scale;
    }
    setCost(t, basis, cost2, m, w);
    while (true) {
      int e = enterDouble(t, basic, n, m, firstEq, true, eps1, emulateExact);
      if (e < 0) {
        break;
      }
      int r = leaveDouble(t, basis, n, m, firstEq, e, true, eps2, emulateExact);
      if (r < 0) {
        throw new LpException("unbounded LP", false);
      }
      pivotDouble(t, basis, basic, r, e, m, w);
      pivots++;
      limitCheck(pivots, m, n);
      if ((pivots & 15) == 0) {
        timeCheck(deadline);
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < m; i++) {
      if (basis[i] < n) {
        x[basis[i]] = t[i][rhs] / scale;
      }
    }
    double[] dual = new double[m];
    for (int i = 0; i < m; i++) {
      dual[i] = basic[n + i] ? 0 : -t[m][n + i];
    }
    return new DoubleSolution(x, dual, basis.clone(), pivots);
  }

  private static void setCost(double[][] t, int[] basis, double[] cost, int m, int w) {
    double[] z = new double[w];
    System.arraycopy(cost, 0, z, 0, cost.length);
    for (int i = 0; i < m; i++) {
      double cb = cost[basis[i]];
      if (cb != 0) {
        for (int j = 0; j < w; j++) {
          z[j] -= cb * t[i][j];
        }
      }
    }
    t[m] = z;
  }

  private static double totalCost(double[][] t, int[] basis, double[] cost, int m, int rhs) {
    double s = 0;
    for (int i = 0; i < m; i++) {
      s += cost[basis[i]] * t[i][rhs];
    }
    return s;
  }

  private static int enterDouble(
      double[][] t,
      boolean[] basic,
      int n,
      int m,
      int firstEq,
      boolean phase2,
      double eps1,
      boolean emulateExact) {
    double[] z = t[m];
    double best = 0;
    int e = -1;
    for (int j = 0; j < n + m; j++) {
      if (basic[j] || (phase2 && j >= n + firstEq)) {
        continue;
      }
      double v = z[j];
      boolean better = emulateExact ? v > best * (1 + 1e-11) + 1e-11 : v > best + eps1;
      if (better) {
        best = v;
        e = j;
      }
    }
    return e;
  }

  private static int leaveDouble(
      double[][] t,
      int[] basis,
      int n,
      int m,
      int firstEq,
      int e,
      boolean phase2,
      double eps2,
      boolean emulateExact) {
    int rhs = n + m;
    int r = -1;
    double tmin = 1e8;
    double tieTol = 1e-11;
    for (int i = 0; i < m; i++) {
      double de = t[i][e];
      boolean fixed = phase2 && basis[i] >= n + firstEq;
      double q;
      if (emulateExact) {
        if (de > 1e-11 || (fixed && de < -1e-11)) {
          q = Math.max(0, t[i][rhs]) / de;
          if (fixed) {
            q = 0;
          }
        } else {
          continue;
        }
        if (q >= 0 && (r < 0 || q < tmin - tieTol * Math.max(1, Math.abs(tmin)))) {
          tmin = q;
          r = i;
        }
      } else {
        if (de > eps2 || (fixed && de < -eps2)) {
          q = t[i][rhs] / de;
        } else {
          continue;
        }
        if (q >= -eps2 && q < tmin - eps2) {
          tmin = q;
          r = i;
        }
      }
    }
    return r;
  }

  private static void pivotDouble(
      double[][] t, int[] basis, boolean[] basic, int r, int e, int m, int w) {
    GaussJordanPivot.pivot(t, m, w, r, e);
    basic[basis[r]] = false;
    basic[e] = true;
    basis[r] = e;
  }
}
