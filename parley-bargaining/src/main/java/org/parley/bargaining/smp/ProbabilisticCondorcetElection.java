package org.parley.bargaining.smp;

import static java.util.Objects.requireNonNull;

/**
 * Probabilistic Condorcet elections (PCE) as in KTAB's {@code Model::scalarPCE} (bargaining.md
 * §2.3-2.5): voters with weights and utilities over {@code M} options vote on every pair, the
 * coalition strengths give pairwise victory probabilities, and these give the probability that each
 * option is the collective choice.
 *
 * <p>Cost {@code O(N M^2)} for {@code N} voters. Stateless and thread-safe.
 */
public final class ProbabilisticCondorcetElection {
  /** Coalition floor for positions (KTAB {@code minCltn} in the PCE). */
  static final double MIN_COALITION = 1e-8;

  private final VotingRule votingRule;
  private final VictoryProbModel victoryProbModel;
  private final PceModel pceModel;

  /** An election run with these three sub-models. */
  public ProbabilisticCondorcetElection(
      VotingRule votingRule, VictoryProbModel victoryProbModel, PceModel pceModel) {
    this.votingRule = requireNonNull(votingRule, "votingRule");
    this.victoryProbModel = requireNonNull(victoryProbModel, "victoryProbModel");
    this.pceModel = requireNonNull(pceModel, "pceModel");
  }

  /**
   * The vote of a voter with weight {@code w} between options {@code a} and {@code b}, positive for
   * {@code a} (bargaining.md §2.3).
   */
  public static double vote(VotingRule rule, double w, double ua, double ub) {
    double du = ua - ub;
    switch (rule) {
      case BINARY:
        return w * binary(du);
      case PROP_BIN:
        return w * (0.8 * du + 0.2 * binary(du));
      case PROP:
        return w * du;
      case PROP_CBC:
        return w * (0.5 * du + 0.5 * du * du * du);
      case CUBIC:
        return w * du * du * du;
      case ASYM_PROSP:
        return du < 0 ? w * du : (2.0 / 3.0) * w * du;
      default:
        throw new AssertionError(rule);
    }
  }

  private static double binary(double du) {
    return Math.max(-1.0, Math.min(1.0, du / 1e-8));
  }

  /**
   * The probability that a coalition of strength {@code s1} beats one of strength {@code s2}
   * (bargaining.md §2.4).
   */
  public static double victoryProbability(VictoryProbModel model, double s1, double s2) {
    double x1;
    double x2;
    switch (model) {
      case LINEAR:
        x1 = s1;
        x2 = s2;
        break;
      case SQUARE:
        x1 = s1 * s1;
        x2 = s2 * s2;
        break;
      case QUARTIC:
        x1 = s1 * s1;
        x1 *= x1;
        x2 = s2 * s2;
        x2 *= x2;
        break;
      case OCTIC:
        x1 = s1 * s1;
        x1 *= x1;
        x1 *= x1;
        x2 = s2 * s2;
        x2 *= x2;
        x2 *= x2;
        break;
      case BINARY:
        {
          final double thresh = 1.1;
          if (s1 >= thresh * s2) {
            x1 = 1;
            x2 = 1e-6;
          } else if (s2 >= thresh * s1) {
            x1 = 1e-6;
            x2 = 1;
          } else {
            double r = s1 / (s1 + s2);
            double p = (r * (thresh + 1) - 1) / (thresh - 1);
            x1 = p;
            x2 = 1 - p;
          }
          break;
        }
      default:
        throw new AssertionError(model);
    }
    return x1 / (x1 + x2);
  }

  /**
   * The pairwise victory matrix {@code P[a][b]}, the probability that option {@code a} beats {@code
   * b}, from voters' weights and utilities.
   *
   * @param weights {@code w_k > 0}, one per voter
   * @param utilities {@code utilities[k][a]}, voter {@code k}'s utility for option {@code a}
   * @param coalitions if not {@code null}, receives the coalition matrix {@code C[a][b]}
   */
  double[][] victoryMatrix(double[] weights, double[][] utilities, double[][] coalitions) {
    int n = weights.length;
    int m = utilities[0].length;
    double[][] c = coalitions != null ? coalitions : new double[m][m];
    double[][] byOption = new double[m][n];
    for (int k = 0; k < n; k++) {
      for (int a = 0; a < m; a++) {
        byOption[a][k] = utilities[k][a];
      }
    }
    final boolean prop = votingRule == VotingRule.PROP;
    for (int a = 0; a < m; a++) {
      c[a][a] = MIN_COALITION;
      double[] ua = byOption[a];
      for (int b = a + 1; b < m; b++) {
        double[] ub = byOption[b];
        double ab = 0;
        double ba = 0;
        for (int k = 0; k < n; k++) {
          double v =
              prop ? weights[k] * (ua[k] - ub[k]) : vote(votingRule, weights[k], ua[k], ub[k]);
          if (v > 0) {
            ab += v;
          } else if (v < 0) {
            ba -= v;
          }
        }
        c[a][b] = MIN_COALITION + ab;
        c[b][a] = MIN_COALITION + ba;
      }
    }
    double[][] p = new double[m][m];
    for (int a = 0; a < m; a++) {
      p[a][a] = 0.5;
      for (int b = a + 1; b < m; b++) {
        double pab = victoryProbability(victoryProbModel, c[a][b], c[b][a]);
        p[a][b] = pab;
        p[b][a] = 1 - pab;
      }
    }
    return p;
  }

  /**
   * The probability of each option being the collective choice (bargaining.md §2.5).
   *
   * @param weights {@code w_k > 0}, one per voter
   * @param utilities {@code utilities[k][a]}, voter {@code k}'s utility for option {@code a}
   * @return one probability per option, summing to 1
   */
  public double[] probabilities(double[] weights, double[][] utilities) {
    requireNonNull(weights, "weights");
    requireNonNull(utilities, "utilities");
    if (utilities.length != weights.length || utilities.length == 0) {
      throw new IllegalArgumentException("need one utility row per voter, and at least one voter");
    }
    int m = utilities[0].length;
    if (m == 0) {
      throw new IllegalArgumentException("need at least one option");
    }
    if (m == 1) {
      return new double[] {1.0};
    }
    double[][] c = pceModel == PceModel.MARKOV_INCENTIVE ? new double[m][m] : null;
    double[][] p = victoryMatrix(weights, utilities, c);
    switch (pceModel) {
      case CONDITIONAL:
        return conditional(p);
      case MARKOV_UNIFORM:
        return markovUniform(p);
      case MARKOV_INCENTIVE:
        return markovIncentive(p, c);
      default:
        throw new AssertionError(pceModel);
    }
  }

  /**
   * {@code p_a} proportional to {@code prod_b P(a,b)}, in logarithms so that it cannot underflow.
   */
  static double[] conditional(double[][] p) {
    int m = p.length;
    double[] log = new double[m];
    double max = Double.NEGATIVE_INFINITY;
    for (int a = 0; a < m; a++) {
      double s = 0;
      for (int b = 0; b < m; b++) {
        s += Math.log(p[a][b]);
      }
      log[a] = s;
      max = Math.max(max, s);
    }
    double[] q = new double[m];
    double sum = 0;
    for (int a = 0; a < m; a++) {
      q[a] = Math.exp(log[a] - max);
      sum += q[a];
    }
    for (int a = 0; a < m; a++) {
      q[a] /= sum;
    }
    return q;
  }

  private static final int MAX_MARKOV_ITERATIONS = 1000;

  /** Markov chain with uniform challengers, iterated to {@code 1e-6}. */
  static double[] markovUniform(double[][] p) {
    int m = p.length;
    double[] x = new double[m];
    java.util.Arrays.fill(x, 1.0 / m);
    double[] q = new double[m];
    for (int it = 0; it < MAX_MARKOV_ITERATIONS; it++) {
      double change = 0;
      for (int a = 0; a < m; a++) {
        double s = 0;
        for (int b = 0; b < m; b++) {
          s += p[a][b] * (x[a] + x[b]);
        }
        q[a] = s / m;
        change = Math.max(change, Math.abs(q[a] - x[a]));
      }
      for (int a = 0; a < m; a++) {
        x[a] = (x[a] + q[a]) / 2;
      }
      if (change <= 1e-6) {
        break;
      }
    }
    return normalized(x);
  }

  /**
   * Markov chain with challenge probabilities proportional to incentive, iterated to {@code 1e-8}.
   */
  static double[] markovIncentive(double[][] p, double[][] c) {
    int m = p.length;
    double[][] pc = new double[m][m];
    for (int b = 0; b < m; b++) {
      double col = 0;
      for (int a = 0; a < m; a++) {
        double inc = c[a][b] * p[a][b] + (a == b ? 1e-10 : 0);
        pc[a][b] = inc;
        col += inc;
      }
      for (int a = 0; a < m; a++) {
        pc[a][b] /= col;
      }
    }
    double[] x = new double[m];
    java.util.Arrays.fill(x, 1.0 / m);
    double[] q = new double[m];
    for (int it = 0; it < 10 * MAX_MARKOV_ITERATIONS; it++) {
      double change = 0;
      for (int a = 0; a < m; a++) {
        double s = 0;
        for (int b = 0; b < m; b++) {
          double ctab = x[a] * pc[b][a];
          double ctba = x[b] * pc[a][b];
          s += p[a][b] * (ctab + ctba);
        }
        q[a] = s;
        change = Math.max(change, Math.abs(q[a] - x[a]));
      }
      for (int a = 0; a < m; a++) {
        x[a] = (x[a] + q[a]) / 2;
      }
      if (change <= 1e-8) {
        break;
      }
    }
    return normalized(x);
  }

  private static double[] normalized(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    double[] r = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      r[i] = x[i] / s;
    }
    return r;
  }
}
