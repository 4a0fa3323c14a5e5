package org.parley.bargaining.eum;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.bargaining.BargainingProblem;
import org.parley.bargaining.Forecast;
import org.parley.bargaining.Forecaster;
import org.parley.bargaining.SpatialStatistics;
import org.parley.bargaining.eum.EumOptions.OfferSelection;
import org.parley.bargaining.eum.EumOptions.Perception;
import org.parley.bargaining.eum.EumOptions.ProbabilityRule;
import org.parley.bargaining.eum.EumTrajectory.Offer;
import org.parley.bargaining.eum.EumTrajectory.OfferType;

/**
 * Bueno de Mesquita's expected-utility ("challenge") model, as reconstructed by Scholz, Calbert
 * &amp; Smith (2011, J. Theoretical Politics 23(4):510-531; BDM 1994, 1997); bargaining.md §3.
 *
 * <p>One issue at a time (a multi-dimensional problem is run per dimension, each with its own
 * saliences). Each round: risk exponents {@code r_i} are inferred from every actor's danger {@code
 * D_i} (the sum of the others' expected utility of challenging it, first with {@code r = 1}); then,
 * with those exponents, every ordered pair of actors is classified by the two sides' expected
 * utilities of challenging each other (confrontation, compromise, capitulation); each actor accepts
 * one offer and all move at once. The forecast is the {@code c s}-weighted mean (or median) of the
 * final positions.
 *
 * <p>The rules that the paper leaves ambiguous are options ({@link EumOptions}); the default,
 * {@link EumOptions#scholzCode()}, reproduces the published mean-position curve of the EC
 * emission-standards example to one decimal in 7 of 10 rounds (bargaining.md §3.11).
 *
 * <p>Cost: {@code O(N^3)} per round for the all-pairs probability and for the danger, {@code
 * O(N^2)} for the offers; {@link EumOptions.RiskRange#POSITIONS} adds a factor {@code N}.
 * Deterministic; ties go to the lowest actor index.
 */
public final class ExpectedUtilityModel implements Forecaster {
  private final EumOptions options;

  /** The model with the default options, {@link EumOptions#scholzCode()}. */
  public ExpectedUtilityModel() {
    this(EumOptions.scholzCode());
  }

  public ExpectedUtilityModel(EumOptions options) {
    this.options = requireNonNull(options, "options");
  }

  public EumOptions options() {
    return options;
  }

  @Override
  public String name() {
    return "eum";
  }

  @Override
  public Forecast forecast(BargainingProblem problem) {
    requireNonNull(problem, "problem");
    int n = problem.actorCount();
    int dims = problem.dimensionCount();
    double[] c = problem.capabilities();
    List<EumTrajectory> runs = new ArrayList<>();
    int maxRounds = 0;
    for (int d = 0; d < dims; d++) {
      double[] s = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = problem.salience(i, d);
      }
      EumTrajectory tr = run(c, SpatialStatistics.column(problem, d), s);
      runs.add(tr);
      maxRounds = Math.max(maxRounds, tr.rounds().size() - 1);
    }
    List<Forecast.Round> rounds = new ArrayList<>();
    for (int r = 0; r <= maxRounds; r++) {
      double[][] pos = new double[n][dims];
      double[] f = new double[dims];
      for (int d = 0; d < dims; d++) {
        List<EumTrajectory.Round> rs = runs.get(d).rounds();
        EumTrajectory.Round round = rs.get(Math.min(r, rs.size() - 1));
        double[] p = round.positions();
        for (int i = 0; i < n; i++) {
          pos[i][d] = p[i];
        }
        f[d] = pick(round);
      }
      rounds.add(new Forecast.Round(r, pos, f));
    }
    List<Forecast.Move> moves = new ArrayList<>();
    boolean converged = true;
    StringBuilder detail = new StringBuilder();
    for (int d = 0; d < dims; d++) {
      EumTrajectory tr = runs.get(d);
      converged &= tr.converged();
      for (Offer o : tr.moves()) {
        moves.add(
            new Forecast.Move(
                o.round(),
                problem.actors().get(o.receiver()),
                d,
                o.from(),
                o.to(),
                problem.actors().get(o.proposer())
                    + " ("
                    + o.type().name().toLowerCase(java.util.Locale.ROOT)
                    + ")",
                o.proposerGain()));
      }
      if (d > 0) {
        detail.append("; ");
      }
      detail
          .append(problem.dimensions().get(d).id())
          .append(": ")
          .append(tr.rounds().size() - 1)
          .append(" rounds, ")
          .append(
              tr.converged()
                  ? "stopped (no significant change)"
                  : "round limit " + options.maxRounds() + " reached");
    }
    Map<String, String> params = new LinkedHashMap<>(options.describe());
    return new Forecast(
        name(),
        params,
        rounds.get(rounds.size() - 1).forecast(),
        rounds,
        new Forecast.Convergence(converged, maxRounds, detail.toString()),
        moves);
  }

  private double pick(EumTrajectory.Round round) {
    return options.outcome() == EumOptions.Outcome.MEAN ? round.mean() : round.median();
  }

  /**
   * Runs the model on one issue.
   *
   * @param capabilities {@code c_i > 0}
   * @param positions {@code x_i}, any scale
   * @param saliences {@code s_i} in {@code [0, 1]} (also the probability that {@code i} resists)
   */
  public EumTrajectory run(double[] capabilities, double[] positions, double[] saliences) {
    int n = positions.length;
    if (capabilities.length != n || saliences.length != n || n == 0) {
      throw new IllegalArgumentException(
          "need one capability, position and salience per actor, and at least one actor");
    }
    for (int i = 0; i < n; i++) {
      if (!(capabilities[i] >= 0 && Double.isFinite(capabilities[i]))) {
        throw new IllegalArgumentException(
            "capability " + capabilities[i] + " of actor " + i + " must be finite and >= 0");
      }
      if (!(saliences[i] >= 0 && saliences[i] <= 1)) {
        throw new IllegalArgumentException(
            "salience " + saliences[i] + " of actor " + i + " must be in [0, 1]");
      }
      if (!Double.isFinite(positions[i])) {
        throw new IllegalArgumentException(
            "position " + positions[i] + " of actor " + i + " must be finite");
      }
    }
    return new Run(capabilities.clone(), positions.clone(), saliences.clone()).execute();
  }

  /** The mutable state of one run; confined to one call. */
  final class Run {
    final int n;
    final double[] c;
    final double[] s;
    final double[] w;
    double[] x;
    double dx;
    double[] r;
    double allPairsDenominator;
    double[][] dist;

    Run(double[] c, double[] x, double[] s) {
      this.n = x.length;
      this.c = c;
      this.s = s;
      this.x = x;
      this.w = new double[n];
      for (int i = 0; i < n; i++) {
        w[i] = c[i] * s[i];
      }
      this.dx = range(x);
      this.r = ones();
      if (dx > 0) {
        refresh();
      }
    }

    double[] ones() {
      double[] o = new double[n];
      java.util.Arrays.fill(o, 1.0);
      return o;
    }

    EumTrajectory execute() {
      List<EumTrajectory.Round> rounds = new ArrayList<>();
      List<Offer> moves = new ArrayList<>();
      rounds.add(new EumTrajectory.Round(0, x, mean(), median(), new double[0], new double[0]));
      boolean converged = false;
      for (int round = 1; round <= options.maxRounds(); round++) {
        if (!options.fixedRange()) {
          dx = range(x);
        }
        if (!(dx > 0)) {
          converged = true;
          break;
        }
        // First pass: r = 1, dangers, then the exponents of this round.
        r = ones();
        refresh();
        double[] danger = new double[n];
        for (int i = 0; i < n; i++) {
          danger[i] = danger(i);
        }
        double[] newR = new double[n];
        if (options.riskRange() == EumOptions.RiskRange.ACTORS) {
          double max = max(danger);
          double min = min(danger);
          for (int i = 0; i < n; i++) {
            newR[i] = exponent(danger[i], max, min);
          }
        } else {
          for (int i = 0; i < n; i++) {
            double[] alt = alternativeDangers(i);
            newR[i] =
                exponent(danger[i], Math.max(max(alt), danger[i]), Math.min(min(alt), danger[i]));
          }
        }
        // Second pass: with the new exponents.
        r = newR;
        refresh();
        double[] next = x.clone();
        boolean moved = false;
        for (int a = 0; a < n; a++) {
          Offer best = bestOffer(round, a);
          if (best != null) {
            moves.add(best);
            next[a] = best.to();
            moved |= best.to() != x[a];
          }
        }
        double oldMean = mean();
        double oldMedian = median();
        x = next;
        rounds.add(new EumTrajectory.Round(round, x, mean(), median(), danger, newR));
        if (!moved) {
          converged = true;
          break;
        }
        if (options.epsilon() > 0
            && Math.abs(mean() - oldMean) <= options.epsilon() * dx
            && Math.abs(median() - oldMedian) <= options.epsilon() * dx) {
          converged = true;
          break;
        }
      }
      return new EumTrajectory(rounds, moves, converged, dx);
    }

    double exponent(double d, double max, double min) {
      double big = max > min ? (2 * d - max - min) / (max - min) : 0.0;
      return (1 - big / 3) / (1 + big / 3);
    }

    /** Dangers to {@code i} if it held each of the positions held by anyone (with r = 1). */
    double[] alternativeDangers(int i) {
      double keep = x[i];
      double[] out = new double[n];
      for (int k = 0; k < n; k++) {
        x[i] = x[k];
        refresh();
        out[k] = danger(i);
      }
      x[i] = keep;
      refresh();
      return out;
    }

    double danger(int i) {
      double sum = 0;
      for (int j = 0; j < n; j++) {
        if (j != i) {
          sum += expectedUtility(j, i, r[j]);
        }
      }
      return sum;
    }

    /**
     * Vote of {@code k} for the position of actor {@code a} over that of actor {@code b} (§3.2):
     * {@code c_k s_k ((|x_k - x_b|/dx)^e - (|x_k - x_a|/dx)^e)}, {@code e = r_k} or 1.
     */
    double vote(int k, int a, int b) {
      return w[k] * (dist[k][b] - dist[k][a]);
    }

    /**
     * Recomputes the distance table (and the all-pairs denominator) after positions, range or
     * exponents changed.
     */
    void refresh() {
      if (dist == null || dist.length != n) {
        dist = new double[n][n];
      }
      for (int k = 0; k < n; k++) {
        double e = options.votesUseRisk() ? r[k] : 1.0;
        for (int a = 0; a < n; a++) {
          double d = Math.abs(x[k] - x[a]) / dx;
          dist[k][a] = e != 1.0 ? Math.pow(d, e) : d;
        }
      }
      if (options.probability() != ProbabilityRule.ALL_PAIRS) {
        return;
      }
      double sum = 0;
      for (int k = 0; k < n; k++) {
        for (int a = 0; a < n; a++) {
          for (int b = 0; b < n; b++) {
            sum += Math.abs(vote(k, a, b));
          }
        }
      }
      allPairsDenominator = sum;
    }

    /** Probability that {@code i} beats {@code j}. */
    double probability(int i, int j) {
      if (x[i] == x[j]) {
        return options.probability() == ProbabilityRule.ALL_PAIRS ? 0.0 : 0.5;
      }
      double num = 0;
      double all = 0;
      for (int k = 0; k < n; k++) {
        double v = vote(k, i, j);
        num += Math.max(0, v);
        all += Math.abs(v);
      }
      double den = options.probability() == ProbabilityRule.ALL_PAIRS ? allPairsDenominator : all;
      return den > 0 ? num / den : 0.5;
    }

    /**
     * {@code E_i(U_ij)}, actor {@code i}'s expected utility of challenging {@code j}, judged with
     * exponent {@code e} (§3.4–3.5).
     */
    double expectedUtility(int i, int j, double e) {
      double dij = Math.abs(x[i] - x[j]) / dx;
      double p = probability(i, j);
      double uS = u(0.5 - 0.5 * dij, e);
      double uF = u(0.5 + 0.5 * dij, e);
      double uSq = u(0.5, e);
      double challenge = s[j] * (p * uS + (1 - p) * uF) + (1 - s[j]) * uS;
      double q = options.q();
      double stay = q * uSq;
      if (q < 1) {
        double mu = median();
        double spread = 0.25 * (Math.abs(x[i] - mu) / dx + dij);
        double uB = u(0.5 - spread, e);
        double uW = u(0.5 + spread, e);
        stay += (1 - q) * (options.t() * uB + (1 - options.t()) * uW);
      }
      return challenge - stay;
    }

    double u(double base, double e) {
      return 2 - 4 * (e == 1.0 ? base : Math.pow(base, e));
    }

    /** The offer receiver {@code a} accepts this round, or {@code null} when it gets none. */
    Offer bestOffer(int round, int a) {
      Offer best = null;
      double bestKey = Double.POSITIVE_INFINITY;
      int bestRank = Integer.MAX_VALUE;
      for (int o = 0; o < n; o++) {
        if (o == a || x[o] == x[a]) {
          continue;
        }
        double e = options.perception() == Perception.RECEIVER ? r[a] : r[o];
        double eProp = expectedUtility(o, a, e);
        double eRecv = expectedUtility(a, o, e);
        OfferType type;
        double to;
        if (eProp > eRecv && eRecv > 0) {
          type = OfferType.CONFRONTATION;
          to = x[o];
        } else if (eProp > 0 && 0 > eRecv && eProp > Math.abs(eRecv)) {
          type = OfferType.COMPROMISE;
          to = x[a] + (x[o] - x[a]) * Math.abs(eRecv / eProp);
        } else if (eProp > 0
            && 0 > eRecv
            && eProp < Math.abs(eRecv)
            && !options.publishedCapitulation()) {
          type = OfferType.CAPITULATION;
          to = x[o];
        } else {
          continue;
        }
        int rank;
        double key;
        if (options.selection() == OfferSelection.SMALLEST_MOVE) {
          rank = 0;
          key = Math.abs(to - x[a]);
        } else {
          rank = type.ordinal();
          key =
              type == OfferType.COMPROMISE
                  ? (Math.abs(eRecv) * x[a] + Math.abs(eProp) * x[o])
                      / (Math.abs(eRecv) + Math.abs(eProp))
                  : Math.abs(to - x[a]);
        }
        if (rank < bestRank || (rank == bestRank && key < bestKey)) {
          bestRank = rank;
          bestKey = key;
          best = new Offer(round, a, o, type, x[a], to, eProp, eRecv);
        }
      }
      return best;
    }

    double mean() {
      return SpatialStatistics.weightedMean(x, w);
    }

    double median() {
      return SpatialStatistics.weightedMedian(x, w);
    }
  }

  private static double range(double[] v) {
    return max(v) - min(v);
  }

  private static double max(double[] v) {
    double m = Double.NEGATIVE_INFINITY;
    for (double d : v) {
      m = Math.max(m, d);
    }
    return m;
  }

  private static double min(double[] v) {
    double m = Double.POSITIVE_INFINITY;
    for (double d : v) {
      m = Math.min(m, d);
    }
    return m;
  }
}
