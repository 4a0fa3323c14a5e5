package org.parley.games.simpdiv;

import java.math.BigInteger;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;

/**
 * Exact labelling of grid points for {@link SimplicialSubdivision}. A grid point of mesh {@code
 * 1/D} is held as integer numerators {@code y[f]} over {@code D} (flat strategy index {@code f},
 * player by player), so every quantity is an integer after scaling: payoffs by the common
 * denominator {@code L} of all payoffs, a strategy value by {@code L·D^(n−1)}, a regret by {@code
 * L·D^n}. Arithmetic is in {@code long} when a bound on the magnitudes allows it, in {@link
 * BigInteger} otherwise — the answers are identical, only the speed differs.
 *
 * <p>The label of {@code y} is {@code (j, h)}: {@code j} the first player whose regret {@code max_s
 * u_j(s, y_−j) − u_j(y)} is largest, {@code h} her first best reply — the same labelling and
 * tie-breaking as Gambit 16.7's {@code simpdiv.cc} ({@code getlabel}).
 */
final class GridLabeller {
  private final int n;
  private final int[] counts;
  private final int[] offset;
  private final int profiles;
  private final int[][] profileStrategy; // [profile][player] -> flat strategy index
  private final long[][]
      payLong; // [player][profile], payoff × L (null when it does not fit a long)
  private final BigInteger[][] payBig; // [player][profile], payoff × L
  private final BigInteger maxAbsPay;
  private final BigInteger scale; // L
  private final double[][] payDouble; // [player][profile], payoff (nearest double)

  /** Absolute bound on the rounding error of a regret computed by {@link #labelDouble}. */
  final double tolerance;

  // the last label
  int labelFlat;
  BigInteger regret; // scaled by L·D^n

  GridLabeller(NormalFormGame game) {
    n = game.numPlayers();
    counts = game.strategyCounts();
    offset = new int[n + 1];
    for (int i = 0; i < n; i++) {
      offset[i + 1] = offset[i] + counts[i];
    }
    profiles = game.profileCount();
    profileStrategy = new int[profiles][];
    for (int p = 0; p < profiles; p++) {
      int[] s = game.profile(p);
      for (int i = 0; i < n; i++) {
        s[i] += offset[i];
      }
      profileStrategy[p] = s;
    }
    BigInteger l = BigInteger.ONE;
    for (int p = 0; p < profiles; p++) {
      for (int i = 0; i < n; i++) {
        BigInteger den = game.payoff(p, i).denominator();
        l = l.divide(l.gcd(den)).multiply(den);
      }
    }
    scale = l;
    payBig = new BigInteger[n][profiles];
    BigInteger max = BigInteger.ZERO;
    boolean fits = true;
    for (int i = 0; i < n; i++) {
      for (int p = 0; p < profiles; p++) {
        Rational x = game.payoff(p, i);
        BigInteger v = x.numerator().multiply(l.divide(x.denominator()));
        payBig[i][p] = v;
        max = max.max(v.abs());
        fits &= v.bitLength() < 63;
      }
    }
    maxAbsPay = max;
    payDouble = new double[n][profiles];
    double maxPay = 0;
    for (int i = 0; i < n; i++) {
      for (int p = 0; p < profiles; p++) {
        payDouble[i][p] = game.payoff(p, i).doubleValue();
        maxPay = Math.max(maxPay, Math.abs(payDouble[i][p]));
      }
    }
    int widest = 0;
    for (int c : counts) {
      widest = Math.max(widest, c);
    }
    // each strategy value sums at most `profiles` products of n factors: error <= (n +
    // profiles)·ε·max|u|;
    // a regret adds a second such error and a weighted sum of `widest` terms; doubled for safety
    tolerance =
        4.0 * (n + profiles + widest + 4) * Math.ulp(1.0) * Math.max(maxPay, Double.MIN_NORMAL);
    if (fits) {
      payLong = new long[n][profiles];
      for (int i = 0; i < n; i++) {
        for (int p = 0; p < profiles; p++) {
          payLong[i][p] = payBig[i][p].longValueExact();
        }
      }
    } else {
      payLong = null;
    }
  }

  int[] offsets() {
    return offset.clone();
  }

  /** {@code L}: the common denominator of the payoffs. */
  BigInteger payoffDenominator() {
    return scale;
  }

  /** True when regrets of grid points of mesh {@code 1/d} can be computed in {@code long}. */
  boolean fitsLong(long d) {
    if (payLong == null) {
      return false;
    }
    // |strategy value| <= maxPay·D^(n−1); |regret| and every partial sum <= 2·maxPay·D^n
    BigInteger bound =
        maxAbsPay.max(BigInteger.ONE).multiply(BigInteger.valueOf(d).pow(n)).shiftLeft(2);
    return bound.bitLength() < 63;
  }

  /**
   * Labels {@code y} (numerators over {@code d}): sets {@link #labelFlat} and {@link #regret} (the
   * largest regret, scaled by {@code L·d^n}).
   */
  void label(long[] y, long d, boolean useLong) {
    if (useLong && inGrid(y, d)) {
      labelLong(y, d);
    } else {
      labelBig(y, d);
    }
  }

  // the last floating-point label
  double regretDouble;

  /**
   * Labels {@code y} in floating point (exact inputs: {@code y[f]/d} is a dyadic rational, exact in
   * a double when {@code d <= 2^53}). Answers false when a decision — a player's first best reply,
   * the first player with the largest regret — is within the rounding bound {@link #tolerance} of a
   * tie; then {@link #label} must decide exactly. When true, {@link #labelFlat} is the exact label
   * and {@link #regretDouble} is within {@link #tolerance} of the true largest regret (unscaled).
   */
  boolean labelDouble(long[] y, long d) {
    double inv = 1.0 / d;
    double[] x = new double[y.length];
    for (int f = 0; f < y.length; f++) {
      if (y[f] < 0) {
        return false; // the error bound assumes a point of the simplotope
      }
      x[f] = y[f] * inv;
    }
    double[] u = new double[offset[n]];
    for (int p = 0; p < profiles; p++) {
      int[] st = profileStrategy[p];
      for (int i = 0; i < n; i++) {
        double pay = payDouble[i][p];
        if (pay == 0) {
          continue;
        }
        double w = 1;
        for (int m = 0; m < n && w != 0; m++) {
          if (m != i) {
            w *= x[st[m]];
          }
        }
        if (w != 0) {
          u[st[i]] += w * pay;
        }
      }
    }
    double margin = 2 * tolerance;
    double worst = 0;
    double second = Double.NEGATIVE_INFINITY;
    int label = -1;
    for (int i = 0; i < n; i++) {
      double best = 0;
      int arg = -1;
      double mine = 0;
      for (int f = offset[i]; f < offset[i + 1]; f++) {
        mine += x[f] * u[f];
        if (arg < 0 || u[f] > best) {
          best = u[f];
          arg = f;
        }
      }
      for (int f = offset[i]; f < offset[i + 1]; f++) {
        if (f != arg && u[f] >= best - margin) {
          return false; // two best replies too close to call
        }
      }
      double r = best - mine;
      if (label < 0 || r > worst) {
        second = label < 0 ? Double.NEGATIVE_INFINITY : worst;
        worst = r;
        label = arg;
      } else {
        second = Math.max(second, r);
      }
    }
    if (second >= worst - margin) {
      return false; // two players' regrets too close to call
    }
    labelFlat = label;
    regretDouble = worst;
    return true;
  }

  /** {@code regret} (scaled by {@code L·d^n}) as an unscaled double. */
  double unscaled(BigInteger regret, long d) {
    return new java.math.BigDecimal(regret)
        .divide(
            new java.math.BigDecimal(scale.multiply(BigInteger.valueOf(d).pow(n))),
            java.math.MathContext.DECIMAL64)
        .doubleValue();
  }

  /** The bound behind {@link #fitsLong} assumes {@code 0 <= y[f] <= d}. */
  private static boolean inGrid(long[] y, long d) {
    for (long x : y) {
      if (x < 0 || x > d) {
        return false;
      }
    }
    return true;
  }

  private void labelLong(long[] y, long d) {
    long[] u = new long[offset[n]];
    for (int p = 0; p < profiles; p++) {
      int[] st = profileStrategy[p];
      for (int i = 0; i < n; i++) {
        long pay = payLong[i][p];
        if (pay == 0) {
          continue;
        }
        long w = 1;
        for (int m = 0; m < n && w != 0; m++) {
          if (m != i) {
            w *= y[st[m]];
          }
        }
        if (w != 0) {
          u[st[i]] += w * pay;
        }
      }
    }
    long worst = 0;
    int label = -1;
    for (int i = 0; i < n; i++) {
      long best = 0;
      int arg = -1;
      long mine = 0;
      for (int f = offset[i]; f < offset[i + 1]; f++) {
        mine += y[f] * u[f];
        if (arg < 0 || u[f] > best) {
          best = u[f];
          arg = f;
        }
      }
      long r = best * d - mine;
      if (label < 0 || r > worst) {
        worst = r;
        label = arg;
      }
    }
    labelFlat = label;
    regret = BigInteger.valueOf(worst);
  }

  private void labelBig(long[] y, long d) {
    BigInteger[] yb = new BigInteger[y.length];
    for (int f = 0; f < y.length; f++) {
      yb[f] = BigInteger.valueOf(y[f]);
    }
    BigInteger[] u = new BigInteger[offset[n]];
    java.util.Arrays.fill(u, BigInteger.ZERO);
    for (int p = 0; p < profiles; p++) {
      int[] st = profileStrategy[p];
      for (int i = 0; i < n; i++) {
        BigInteger pay = payBig[i][p];
        if (pay.signum() == 0) {
          continue;
        }
        BigInteger w = BigInteger.ONE;
        for (int m = 0; m < n && w.signum() != 0; m++) {
          if (m != i) {
            w = w.multiply(yb[st[m]]);
          }
        }
        if (w.signum() != 0) {
          u[st[i]] = u[st[i]].add(w.multiply(pay));
        }
      }
    }
    BigInteger dd = BigInteger.valueOf(d);
    BigInteger worst = null;
    int label = -1;
    for (int i = 0; i < n; i++) {
      BigInteger best = null;
      int arg = -1;
      BigInteger mine = BigInteger.ZERO;
      for (int f = offset[i]; f < offset[i + 1]; f++) {
        mine = mine.add(yb[f].multiply(u[f]));
        if (best == null || u[f].compareTo(best) > 0) {
          best = u[f];
          arg = f;
        }
      }
      BigInteger r = best.multiply(dd).subtract(mine);
      if (worst == null || r.compareTo(worst) > 0) {
        worst = r;
        label = arg;
      }
    }
    labelFlat = label;
    regret = worst;
  }
}
