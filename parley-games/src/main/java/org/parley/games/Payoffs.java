package org.parley.games;

/** Expected payoffs and regrets of mixed profiles in normal-form games (package-private helper). */
final class Payoffs {
  private Payoffs() {}

  static double[] expected(NormalFormGame g, MixedProfile s) {
    int n = g.numPlayers();
    check(g, s);
    double[] u = new double[n];
    int[] prof = new int[n];
    for (int p = 0; p < g.profileCount(); p++) {
      double w = 1;
      for (int i = 0; i < n && w != 0; i++) {
        w *= s.probability(i, prof[i]);
      }
      if (w != 0) {
        for (int i = 0; i < n; i++) {
          u[i] += w * g.payoffDouble(p, i);
        }
      }
      increment(prof, g);
    }
    return u;
  }

  /**
   * Payoff of each pure strategy of each player against the others' mixture: [player][strategy].
   */
  static double[][] strategyValues(NormalFormGame g, MixedProfile s) {
    int n = g.numPlayers();
    double[][] v = new double[n][];
    for (int i = 0; i < n; i++) {
      v[i] = new double[g.numStrategies(i)];
    }
    int[] prof = new int[n];
    for (int p = 0; p < g.profileCount(); p++) {
      for (int i = 0; i < n; i++) {
        double w = 1;
        for (int j = 0; j < n && w != 0; j++) {
          if (j != i) {
            w *= s.probability(j, prof[j]);
          }
        }
        if (w != 0) {
          v[i][prof[i]] += w * g.payoffDouble(p, i);
        }
      }
      increment(prof, g);
    }
    return v;
  }

  static double[] regrets(NormalFormGame g, MixedProfile s) {
    check(g, s);
    double[][] v = strategyValues(g, s);
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      double best = Double.NEGATIVE_INFINITY;
      double mine = 0;
      for (int k = 0; k < v[i].length; k++) {
        best = Math.max(best, v[i][k]);
        mine += s.probability(i, k) * v[i][k];
      }
      r[i] = Math.max(0, best - mine);
    }
    return r;
  }

  static Rational[] exactRegrets(NormalFormGame g, MixedProfile s) {
    check(g, s);
    if (!s.isExact()) {
      throw new IllegalArgumentException("exact regrets need an exact profile");
    }
    int n = g.numPlayers();
    if (n == 2) {
      return exactRegretsTwoPlayer(g, s);
    }
    Rational[][] probs = new Rational[n][];
    Rational[][] v = new Rational[n][];
    for (int i = 0; i < n; i++) {
      probs[i] = s.exactStrategy(i).orElseThrow();
      v[i] = new Rational[g.numStrategies(i)];
      java.util.Arrays.fill(v[i], Rational.ZERO);
    }
    int[] prof = new int[n];
    for (int p = 0; p < g.profileCount(); p++) {
      for (int i = 0; i < n; i++) {
        Rational w = Rational.ONE;
        for (int j = 0; j < n && !w.isZero(); j++) {
          if (j != i) {
            w = w.multiply(probs[j][prof[j]]);
          }
        }
        if (!w.isZero()) {
          v[i][prof[i]] = v[i][prof[i]].add(w.multiply(g.payoff(p, i)));
        }
      }
      increment(prof, g);
    }
    Rational[] r = new Rational[n];
    for (int i = 0; i < n; i++) {
      Rational best = v[i][0];
      Rational mine = Rational.ZERO;
      for (int k = 0; k < v[i].length; k++) {
        best = best.max(v[i][k]);
        mine = mine.add(probs[i][k].multiply(v[i][k]));
      }
      r[i] = best.subtract(mine);
    }
    return r;
  }

  /** Two players: all sums in integers over common denominators (no gcd per operation). */
  private static Rational[] exactRegretsTwoPlayer(NormalFormGame g, MixedProfile s) {
    java.math.BigInteger[][] num = new java.math.BigInteger[2][];
    java.math.BigInteger[] den = new java.math.BigInteger[2];
    for (int i = 0; i < 2; i++) {
      Rational[] p = s.exactStrategy(i).orElseThrow();
      java.math.BigInteger l = java.math.BigInteger.ONE;
      for (Rational r : p) {
        java.math.BigInteger d = r.denominator();
        if (!d.equals(java.math.BigInteger.ONE)) {
          l = l.divide(l.gcd(d)).multiply(d);
        }
      }
      num[i] = new java.math.BigInteger[p.length];
      for (int k = 0; k < p.length; k++) {
        num[i][k] = p[k].numerator().multiply(l.divide(p[k].denominator()));
      }
      den[i] = l;
    }
    int m = g.numStrategies(0);
    int n = g.numStrategies(1);
    Rational[] r = new Rational[2];
    for (int i = 0; i < 2; i++) {
      java.math.BigInteger[] pay = g.integerPayoffs(i);
      int other = 1 - i;
      int mine = i == 0 ? m : n;
      int theirs = i == 0 ? n : m;
      java.math.BigInteger best = null;
      java.math.BigInteger total = java.math.BigInteger.ZERO;
      for (int a = 0; a < mine; a++) {
        java.math.BigInteger v = java.math.BigInteger.ZERO;
        for (int b = 0; b < theirs; b++) {
          java.math.BigInteger w = num[other][b];
          if (w.signum() != 0) {
            int prof = i == 0 ? a + m * b : b + m * a;
            v = v.add(pay[prof].multiply(w));
          }
        }
        best = best == null || v.compareTo(best) > 0 ? v : best;
        if (num[i][a].signum() != 0) {
          total = total.add(num[i][a].multiply(v));
        }
      }
      // regret = best/(L·D_other) − total/(D_i·L·D_other)
      java.math.BigInteger top = best.multiply(den[i]).subtract(total);
      r[i] = Rational.of(top, den[i].multiply(g.integerScale(i)).multiply(den[other]));
    }
    return r;
  }

  private static void check(NormalFormGame g, MixedProfile s) {
    if (s.numPlayers() != g.numPlayers()) {
      throw new IllegalArgumentException(
          "profile has " + s.numPlayers() + " players; game has " + g.numPlayers());
    }
    for (int i = 0; i < g.numPlayers(); i++) {
      if (s.numStrategies(i) != g.numStrategies(i)) {
        throw new IllegalArgumentException(
            "profile gives player "
                + (i + 1)
                + " "
                + s.numStrategies(i)
                + " strategies; game has "
                + g.numStrategies(i));
      }
    }
  }

  static void increment(int[] prof, NormalFormGame g) {
    for (int i = 0; i < prof.length; i++) {
      if (++prof[i] < g.numStrategies(i)) {
        return;
      }
      prof[i] = 0;
    }
  }
}
