package org.parley.games.simpdiv;

import org.parley.games.NormalFormGame;

/**
 * The integer labelling of grid points used by {@link SimplicialSubdivision}: inside the
 * simplotope, (player with the largest regret, her first best reply); outside, the most negative
 * coordinate. Labels are flat strategy indices (player by player).
 */
final class Labeller {
  private final NormalFormGame game;
  private final int n;
  private final int[] counts;
  boolean lastInside;
  double lastMaxRegret;

  Labeller(NormalFormGame game) {
    this.game = game;
    this.n = game.numPlayers();
    this.counts = game.strategyCounts();
  }

  double payoffRange() {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int p = 0; p < game.profileCount(); p++) {
      for (int i = 0; i < n; i++) {
        double x = game.payoffDouble(p, i);
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
    }
    return hi - lo;
  }

  /** u[i][s]: payoff of player i's pure strategy s against the others' mixture in {@code y}. */
  double[][] strategyValues(double[][] y) {
    double[][] u = new double[n][];
    for (int i = 0; i < n; i++) {
      u[i] = new double[counts[i]];
    }
    int[] prof = new int[n];
    int total = game.profileCount();
    for (int p = 0; p < total; p++) {
      for (int i = 0; i < n; i++) {
        double w = 1;
        for (int m = 0; m < n && w != 0; m++) {
          if (m != i) {
            w *= y[m][prof[m]];
          }
        }
        if (w != 0) {
          u[i][prof[i]] += w * game.payoffDouble(p, i);
        }
      }
      for (int i = 0; i < n; i++) {
        if (++prof[i] < counts[i]) {
          break;
        }
        prof[i] = 0;
      }
    }
    return u;
  }

  double maxRegret(double[][] y) {
    double[][] u = strategyValues(y);
    double worst = 0;
    for (int i = 0; i < n; i++) {
      double best = Double.NEGATIVE_INFINITY;
      double mine = 0;
      for (int s = 0; s < counts[i]; s++) {
        best = Math.max(best, u[i][s]);
        mine += y[i][s] * u[i][s];
      }
      worst = Math.max(worst, best - mine);
    }
    return worst;
  }

  int label(double[][] y, int[] offset) {
    int neg = -1;
    double most = 0;
    for (int i = 0; i < n; i++) {
      for (int s = 0; s < counts[i]; s++) {
        if (y[i][s] < most) {
          most = y[i][s];
          neg = offset[i] + s;
        }
      }
    }
    if (neg >= 0) {
      lastInside = false;
      return neg;
    }
    lastInside = true;
    double[][] u = strategyValues(y);
    int bestPlayer = 0;
    int bestStrategy = 0;
    double worst = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double best = Double.NEGATIVE_INFINITY;
      int arg = 0;
      double mine = 0;
      for (int s = 0; s < counts[i]; s++) {
        if (u[i][s] > best) {
          best = u[i][s];
          arg = s;
        }
        mine += y[i][s] * u[i][s];
      }
      double r = best - mine;
      if (r > worst) {
        worst = r;
        bestPlayer = i;
        bestStrategy = arg;
      }
    }
    lastMaxRegret = Math.max(0, worst);
    return offset[bestPlayer] + bestStrategy;
  }
}
