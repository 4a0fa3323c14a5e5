package org.parley.games.logit;

import org.parley.games.NormalFormGame;

/**
 * The logit QRE equations in log-probabilities and their Jacobian (see {@link LogitTracing}).
 * Variables are ordered player by player, strategy by strategy, then λ last.
 */
final class QreSystem implements PathSystem {
  private final NormalFormGame game;
  private final int players;
  private final int[] counts;
  private final int[] offset;
  private final int size;

  QreSystem(NormalFormGame game) {
    this.game = game;
    this.players = game.numPlayers();
    this.counts = game.strategyCounts();
    this.offset = new int[players];
    int s = 0;
    for (int i = 0; i < players; i++) {
      offset[i] = s;
      s += counts[i];
    }
    this.size = s;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public double[] start() {
    double[] z = new double[size + 1];
    for (int i = 0; i < players; i++) {
      for (int j = 0; j < counts[i]; j++) {
        z[offset[i] + j] = -Math.log(counts[i]);
      }
    }
    return z;
  }

  double[][] profile(double[] z) {
    double[][] p = new double[players][];
    for (int i = 0; i < players; i++) {
      p[i] = new double[counts[i]];
      double sum = 0;
      for (int j = 0; j < counts[i]; j++) {
        p[i][j] = Math.exp(z[offset[i] + j]);
        sum += p[i][j];
      }
      for (int j = 0; j < counts[i]; j++) {
        p[i][j] /= sum;
      }
    }
    return p;
  }

  private double[][] sigma(double[] z) {
    double[][] p = new double[players][];
    for (int i = 0; i < players; i++) {
      p[i] = new double[counts[i]];
      for (int j = 0; j < counts[i]; j++) {
        p[i][j] = Math.exp(z[offset[i] + j]);
      }
    }
    return p;
  }

  /** u[i][j] = payoff of player i playing j against the others' mixture. */
  private double[][] strategyValues(double[][] sigma) {
    double[][] u = new double[players][];
    for (int i = 0; i < players; i++) {
      u[i] = new double[counts[i]];
    }
    int[] prof = new int[players];
    int total = game.profileCount();
    for (int p = 0; p < total; p++) {
      for (int i = 0; i < players; i++) {
        double w = 1;
        for (int m = 0; m < players; m++) {
          if (m != i) {
            w *= sigma[m][prof[m]];
          }
        }
        u[i][prof[i]] += w * game.payoffDouble(p, i);
      }
      next(prof);
    }
    return u;
  }

  private void next(int[] prof) {
    for (int i = 0; i < players; i++) {
      if (++prof[i] < counts[i]) {
        return;
      }
      prof[i] = 0;
    }
  }

  @Override
  public double[] residual(double[] z) {
    double[][] sigma = sigma(z);
    double[][] u = strategyValues(sigma);
    double lambda = z[size];
    double[] f = new double[size];
    for (int i = 0; i < players; i++) {
      double sum = -1.0; // summed in Gambit's order, so round-off matches
      for (int j = 0; j < counts[i]; j++) {
        sum += sigma[i][j];
      }
      f[offset[i]] = sum;
      for (int j = 1; j < counts[i]; j++) {
        f[offset[i] + j] = z[offset[i] + j] - z[offset[i]] - lambda * (u[i][j] - u[i][0]);
      }
    }
    return f;
  }

  /** Jacobian, {@code size} rows by {@code size + 1} columns (the last is ∂/∂λ). */
  @Override
  public double[][] jacobian(double[] z) {
    double[][] sigma = sigma(z);
    double lambda = z[size];
    double[][] jac = new double[size][size + 1];
    // cross derivatives d u_i(j, ·) / d sigma_k(l) for k != i, accumulated over the payoff table
    double[][][][] cross = new double[players][players][][];
    for (int i = 0; i < players; i++) {
      for (int k = 0; k < players; k++) {
        if (k != i) {
          cross[i][k] = new double[counts[i]][counts[k]];
        }
      }
    }
    double[][] u = new double[players][];
    for (int i = 0; i < players; i++) {
      u[i] = new double[counts[i]];
    }
    int[] prof = new int[players];
    int total = game.profileCount();
    for (int p = 0; p < total; p++) {
      for (int i = 0; i < players; i++) {
        double pay = game.payoffDouble(p, i);
        if (pay == 0) {
          continue;
        }
        double w = 1;
        for (int m = 0; m < players; m++) {
          if (m != i) {
            w *= sigma[m][prof[m]];
          }
        }
        u[i][prof[i]] += w * pay;
        for (int k = 0; k < players; k++) {
          if (k == i) {
            continue;
          }
          double w2 = 1;
          for (int m = 0; m < players; m++) {
            if (m != i && m != k) {
              w2 *= sigma[m][prof[m]];
            }
          }
          cross[i][k][prof[i]][prof[k]] += w2 * pay;
        }
      }
      next(prof);
    }
    for (int i = 0; i < players; i++) {
      int r0 = offset[i];
      for (int l = 0; l < counts[i]; l++) {
        jac[r0][offset[i] + l] = sigma[i][l];
      }
      for (int j = 1; j < counts[i]; j++) {
        int r = offset[i] + j;
        jac[r][offset[i] + j] += 1;
        jac[r][offset[i]] -= 1;
        for (int k = 0; k < players; k++) {
          if (k == i) {
            continue;
          }
          for (int l = 0; l < counts[k]; l++) {
            jac[r][offset[k] + l] = -lambda * (cross[i][k][j][l] - cross[i][k][0][l]) * sigma[k][l];
          }
        }
        jac[r][size] = -(u[i][j] - u[i][0]);
      }
    }
    return jac;
  }

  /**
   * Max over players of {@code max_j u_ij − Σ_j σ_ij u_ij} at {@code σ = exp(z)} (not renormalised;
   * Gambit's {@code MixedStrategyProfile::GetMaxRegret} on the point's profile).
   */
  @Override
  public double maxRegret(double[] z) {
    double[][] sigma = sigma(z);
    double[][] u = strategyValues(sigma);
    double worst = 0;
    for (int i = 0; i < players; i++) {
      double best = Double.NEGATIVE_INFINITY;
      double value = 0;
      for (int j = 0; j < counts[i]; j++) {
        best = Math.max(best, u[i][j]);
        value += sigma[i][j] * u[i][j];
      }
      worst = Math.max(worst, best - value);
    }
    return worst;
  }

  @Override
  public double payoffRange() {
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    for (int p = 0; p < game.profileCount(); p++) {
      for (int i = 0; i < players; i++) {
        double v = game.payoffDouble(p, i);
        max = Math.max(max, v);
        min = Math.min(min, v);
      }
    }
    return max - min;
  }

  @Override
  public void normalise(double[] z) {
    for (int i = 0; i < players; i++) {
      double sum = 0;
      for (int j = 0; j < counts[i]; j++) {
        sum += Math.exp(z[offset[i] + j]);
      }
      double shift = Math.log(sum);
      for (int j = 0; j < counts[i]; j++) {
        z[offset[i] + j] -= shift;
      }
    }
  }
}
