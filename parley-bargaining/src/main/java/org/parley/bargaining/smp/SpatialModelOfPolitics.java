package org.parley.bargaining.smp;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.IntConsumer;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.parley.bargaining.BargainingProblem;
import org.parley.bargaining.Dimension;
import org.parley.bargaining.Forecast;
import org.parley.bargaining.Forecaster;

/**
 * KTAB's spatial model of politics ({@code smpc}; KAPSARC Toolkit for Behavioral Analysis, MIT
 * licence), specified in bargaining.md §2: every turn each actor infers risk attitudes from a
 * probabilistic Condorcet election over the current positions, picks the challenge with the largest
 * expected gain, proposes an interpolated bargain to its target, and then every actor adopts the
 * bargain (or its status quo) that a PCE among all actors most favours. The run stops by KTAB's
 * rule (a turn moves less than 1/50 of the first turn, at least 2 and at most {@link
 * SmpParameters#maxTurns()} turns).
 *
 * <p>Positions are mapped onto {@code [0, 1]} per dimension (KTAB divides its 0-100 inputs by 100);
 * the bargains' 4-decimal rounding happens on that scale. Ideals follow positions (KTAB's CSV path:
 * identity accommodation matrix). Each actor's saliences must sum to at most 1 over the dimensions
 * (KTAB's rule: they are shares of attention and the total is the probability of resisting).
 *
 * <p>Departures from KTAB, where KTAB has no answer: an actor whose saliences are all 0 is
 * indifferent (distance 0 to everything) instead of failing; when every position is equally likely
 * the risk attitudes are 0 instead of 0/0. Ties go to the first maximum (lowest index), and an
 * actor's candidate bargains are ordered status quo first, then by initiator index (KTAB's order
 * when run sequentially).
 *
 * <p>Cost: only the estimates the model needs, {@code h = k = i}, so {@code O(N^3 + N^2 D)} per
 * turn (bargaining.md §2.13), spread over the common fork-join pool; results do not depend on the
 * number of threads. Stochastic transitions draw, in actor order, from a {@link SplittableRandom}
 * seeded with {@link SmpParameters#seed()}.
 *
 * <pre>{@code
 * SmpRun run = new SpatialModelOfPolitics(SmpParameters.defaults()).run(problem);
 * double[] settlement = run.probabilityWeighted();
 * }</pre>
 */
public final class SpatialModelOfPolitics implements Forecaster {
  /** Positions closer than this (Euclidean, on [0, 1]) are one position (KTAB). */
  static final double POSITION_TOLERANCE = 1e-3;

  /** The smallest expected gain worth a challenge (KTAB {@code minSigEDU}). */
  static final double MIN_GAIN = 1e-5;

  /** Coalition floor in challenges (KTAB {@code minCltn}). */
  static final double MIN_CHALLENGE_COALITION = 1e-10;

  /** KTAB's stopping ratio. */
  static final double STOP_RATIO = 0.02;

  private static final int PARALLEL_THRESHOLD = 24;

  private final SmpParameters parameters;

  /** The model with {@code parameters}. */
  public SpatialModelOfPolitics(SmpParameters parameters) {
    this.parameters = requireNonNull(parameters, "parameters");
  }

  /** The model with KTAB's defaults. */
  public SpatialModelOfPolitics() {
    this(SmpParameters.defaults());
  }

  public SmpParameters parameters() {
    return parameters;
  }

  @Override
  public String name() {
    return SmpRun.MODEL_NAME;
  }

  @Override
  public Forecast forecast(BargainingProblem problem) {
    return run(problem).toForecast();
  }

  /**
   * Runs the model to KTAB's stopping rule.
   *
   * @throws IllegalArgumentException if an actor's saliences sum to more than 1
   * @throws CancellationException if the calling thread is interrupted (checked once per turn)
   */
  public SmpRun run(BargainingProblem problem) {
    return new Engine(parameters, problem).run();
  }

  /**
   * KTAB's utility of a position at normalized distance {@code d} for risk attitude {@code r}
   * (bargaining.md §2.2): {@code (1 - d)(1 + d r)} for {@code d <= 1}.
   */
  public static double utility(double d, double r) {
    return d <= 1 ? (1 - d) * (1 + d * r) : (1 - d) * (1 + r);
  }

  /**
   * Actor {@code h}'s perception of actor {@code i}'s risk attitude (bargaining.md §2.6 step 4).
   */
  static double perceivedRisk(BigRAdjust adjust, double rh, double ri) {
    switch (adjust) {
      case NONE:
        return rh;
      case ONE_THIRD:
        return (2 * rh + ri) / 3;
      case HALF:
        return (rh + ri) / 2;
      case TWO_THIRDS:
        return (rh + 2 * ri) / 3;
      case FULL:
        return ri;
      default:
        throw new AssertionError(adjust);
    }
  }

  static void forEach(int n, IntConsumer body) {
    if (n >= PARALLEL_THRESHOLD) {
      IntStream.range(0, n).parallel().forEach(body);
    } else {
      for (int i = 0; i < n; i++) {
        body.accept(i);
      }
    }
  }

  /** One run on one problem: fixed data plus the per-state computations. */
  static final class Engine {
    final SmpParameters p;
    final BargainingProblem problem;
    final int n;
    final int dims;
    final double[] cap;
    final double[][] sal;
    final double[] salSum;
    final double[] salSq;
    final double[] contestWeight;
    final double[] lo;
    final double[] width;
    final ProbabilisticCondorcetElection pce;

    Engine(SmpParameters p, BargainingProblem problem) {
      this.p = p;
      this.problem = requireNonNull(problem, "problem");
      n = problem.actorCount();
      dims = problem.dimensionCount();
      cap = problem.capabilities();
      sal = problem.saliences();
      salSum = new double[n];
      salSq = new double[n];
      contestWeight = new double[n];
      for (int i = 0; i < n; i++) {
        double s = 0;
        double s2 = 0;
        for (int d = 0; d < dims; d++) {
          s += sal[i][d];
          s2 += sal[i][d] * sal[i][d];
        }
        if (s > 1 + 1e-9) {
          throw new IllegalArgumentException(
              "saliences of actor '"
                  + problem.actors().get(i)
                  + "' sum to "
                  + s
                  + " over the dimensions; the spatial model of politics needs at most 1"
                  + " (shares of attention, KTAB's rule)");
        }
        salSum[i] = s;
        salSq[i] = s2;
        contestWeight[i] = s * cap[i];
      }
      lo = new double[dims];
      width = new double[dims];
      for (int d = 0; d < dims; d++) {
        Dimension dim = problem.dimensions().get(d);
        lo[d] = dim.lo();
        width[d] = dim.width();
      }
      pce = new ProbabilisticCondorcetElection(p.votingRule(), p.victoryProbModel(), p.pceModel());
    }

    double[][] normalizedInput() {
      double[][] x = new double[n][dims];
      for (int i = 0; i < n; i++) {
        for (int d = 0; d < dims; d++) {
          x[i][d] = (problem.position(i, d) - lo[d]) / width[d];
        }
      }
      return x;
    }

    double[] toScale(double[] y) {
      double[] r = new double[dims];
      for (int d = 0; d < dims; d++) {
        r[d] = lo[d] + y[d] * width[d];
      }
      return r;
    }

    /** Actor {@code i}'s salience-weighted distance from its ideal {@code q} to {@code y}. */
    double distance(int i, double[] q, double[] y) {
      if (salSq[i] == 0) {
        return 0;
      }
      double s = 0;
      for (int d = 0; d < dims; d++) {
        double t = sal[i][d] * (q[d] - y[d]);
        s += t * t;
      }
      return Math.sqrt(s / salSq[i]);
    }

    /** What the model infers from one state (bargaining.md §2.5-2.6). */
    final class Analysis {
      final double[][] x;
      final double[][] dist;
      final double[] riskNeutralProb;
      final double[] risk;
      final double[][] own;
      final int[] distinctOf;
      final int[] distinct;
      final double[] distinctProb;
      final double[] actorProb;

      Analysis(double[][] x) {
        this.x = x;
        dist = new double[n][n];
        forEach(
            n,
            i -> {
              for (int j = 0; j < n; j++) {
                dist[i][j] = distance(i, x[i], x[j]);
              }
            });
        double[][] u0 = new double[n][n];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            u0[i][j] = utility(dist[i][j], 0);
          }
        }
        riskNeutralProb = pce.probabilities(cap, u0);
        risk = riskAttitudes(riskNeutralProb);
        own = new double[n][n];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            own[i][j] = utility(dist[i][j], risk[i]);
          }
        }
        distinctOf = new int[n];
        List<Integer> reps = new ArrayList<>();
        for (int a = 0; a < n; a++) {
          distinctOf[a] = a;
          for (int r : reps) {
            if (euclid(x[a], x[r]) < POSITION_TOLERANCE) {
              distinctOf[a] = r;
              break;
            }
          }
          if (distinctOf[a] == a) {
            reps.add(a);
          }
        }
        distinct = reps.stream().mapToInt(Integer::intValue).toArray();
        double[][] ud = new double[n][distinct.length];
        for (int k = 0; k < n; k++) {
          for (int r = 0; r < distinct.length; r++) {
            ud[k][r] = own[k][distinct[r]];
          }
        }
        distinctProb = pce.probabilities(cap, ud);
        // KTAB reports for each actor the probability of the last distinct position equivalent to
        // its own (State::posProb scans them all); usually the one it was merged into.
        actorProb = new double[n];
        for (int a = 0; a < n; a++) {
          int k = reps.indexOf(distinctOf[a]);
          for (int r = 0; r < distinct.length; r++) {
            if (euclid(x[a], x[distinct[r]]) < POSITION_TOLERANCE) {
              k = r;
            }
          }
          actorProb[a] = distinctProb[k];
        }
      }

      SmpState toState(int index) {
        double[][] pos = new double[n][];
        for (int i = 0; i < n; i++) {
          pos[i] = toScale(x[i]);
        }
        int best = 0;
        double[] weighted = new double[dims];
        for (int r = 0; r < distinct.length; r++) {
          if (distinctProb[r] > distinctProb[best]) {
            best = r;
          }
          for (int d = 0; d < dims; d++) {
            weighted[d] += distinctProb[r] * x[distinct[r]][d];
          }
        }
        return new SmpState(
            index, pos, risk, actorProb, distinctOf, toScale(x[distinct[best]]), toScale(weighted));
      }

      /** {@code U^h[a][b]}: actor {@code h}'s estimate of {@code a}'s utility for {@code x_b}. */
      double perspective(int h, int a, int b) {
        return utility(dist[a][b], perceivedRisk(p.bigRAdjust(), risk[h], risk[a]));
      }

      /** Column {@code b} of {@code U^h}. */
      double[] perspectiveColumn(int h, int b) {
        double[] c = new double[n];
        for (int a = 0; a < n; a++) {
          c[a] = perspective(h, a, b);
        }
        return c;
      }

      /**
       * {@code h}'s estimate that {@code i} beats {@code j} (bargaining.md §2.7 steps 1-3), from
       * columns {@code i}, {@code j} and the diagonal of {@code U^h}.
       */
      double victory(double[] colI, double[] colJ, double[] diag, int i, int j) {
        VotingRule vr = p.votingRule();
        double ci = ProbabilisticCondorcetElection.vote(vr, contestWeight[i], colI[i], colJ[i]);
        double cj = ProbabilisticCondorcetElection.vote(vr, contestWeight[j], colI[j], colJ[j]);
        double chij = MIN_CHALLENGE_COALITION;
        double chji = MIN_CHALLENGE_COALITION;
        if (ci > 0) {
          chij += ci;
        } else if (ci < 0) {
          chji -= ci;
        }
        if (cj > 0) {
          chij += cj;
        } else if (cj < 0) {
          chji -= cj;
        }
        final double bij = chij;
        final double bji = chji;
        ThirdPartyCommit tpc = p.thirdPartyCommit();
        if (vr == VotingRule.PROP) {
          // The default voting rule, without the per-vote dispatch (same arithmetic as below).
          final boolean semi = tpc == ThirdPartyCommit.SEMI_COMMIT;
          final boolean full = tpc == ThirdPartyCommit.FULL_COMMIT;
          for (int m = 0; m < n; m++) {
            if (m == i || m == j) {
              continue;
            }
            double w = contestWeight[m];
            double uni = colI[m];
            double unj = colJ[m];
            double unn = diag[m];
            double v0 = w * (uni - unj);
            double cni = v0 > 0 ? bij + v0 : bij;
            double cnj = v0 < 0 ? bji - v0 : bji;
            double pin = cni / (cni + cnj);
            double pjn = 1.0 - pin;
            double twoI = uni + uni;
            double twoJ = unj + unj;
            double ikDefJ = full ? twoI + uni : twoI + unn;
            double jDefIk = semi || full ? twoJ + unj : twoJ + unn;
            double iDefJk = semi || full ? twoI + uni : twoI + unn;
            double jkDefI = full ? twoJ + unj : twoJ + unn;
            double v = w * ((pin * ikDefJ + pjn * jDefIk) - (pin * iDefJk + pjn * jkDefI));
            if (v > 0) {
              chij += v;
            } else if (v < 0) {
              chji -= v;
            }
          }
          return chij / (chij + chji);
        }
        for (int m = 0; m < n; m++) {
          if (m == i || m == j) {
            continue;
          }
          double w = contestWeight[m];
          double uni = colI[m];
          double unj = colJ[m];
          double unn = diag[m];
          double v0 = ProbabilisticCondorcetElection.vote(vr, w, uni, unj);
          double cni = v0 > 0 ? bij + v0 : bij;
          double cnj = v0 < 0 ? bji - v0 : bji;
          double pin = cni / (cni + cnj);
          double pjn = 1.0 - pin;
          double ikDefJ;
          double jDefIk;
          double iDefJk;
          double jkDefI;
          switch (tpc) {
            case FULL_COMMIT:
              ikDefJ = uni + uni + uni;
              jDefIk = unj + unj + unj;
              iDefJk = uni + uni + uni;
              jkDefI = unj + unj + unj;
              break;
            case SEMI_COMMIT:
              ikDefJ = uni + uni + unn;
              jDefIk = unj + unj + unj;
              iDefJk = uni + uni + uni;
              jkDefI = unj + unj + unn;
              break;
            case NO_COMMIT:
              ikDefJ = uni + uni + unn;
              jDefIk = unj + unj + unn;
              iDefJk = uni + uni + unn;
              jkDefI = unj + unj + unn;
              break;
            default:
              throw new AssertionError(tpc);
          }
          double withI = pin * ikDefJ + pjn * jDefIk;
          double withJ = pin * iDefJk + pjn * jkDefI;
          double v = ProbabilisticCondorcetElection.vote(vr, w, withI, withJ);
          if (v > 0) {
            chij += v;
          } else if (v < 0) {
            chji -= v;
          }
        }
        return chij / (chij + chji);
      }

      /**
       * The expected gain to {@code k} of {@code i} challenging {@code j} when {@code i} wins with
       * probability {@code pij} (bargaining.md §2.7 step 4), utilities from {@code U^h}.
       */
      double gain(double pij, double uki, double ukj, int j) {
        double sq = uki + ukj;
        double vi = uki + uki;
        double vj = ukj + ukj;
        double pji = 1 - pij;
        double contest = pij * vi + pji * vj;
        double sj = salSum[j];
        double challenge = (1 - sj) * vi + sj * contest;
        return challenge - sq;
      }

      /** {@code (P_ij, gain to k1, gain to k2)} as estimated by {@code h}. */
      double[] estimate(int h, int i, int j, int k1, int k2) {
        double[] colI = perspectiveColumn(h, i);
        double[] colJ = perspectiveColumn(h, j);
        double[] diag = new double[n];
        for (int a = 0; a < n; a++) {
          diag[a] = perspective(h, a, a);
        }
        double pij = victory(colI, colJ, diag, i, j);
        return new double[] {
          pij, gain(pij, colI[k1], colJ[k1], j), gain(pij, colI[k2], colJ[k2], j)
        };
      }

      /** Actor {@code i}'s best target, or {@code null} if no challenge is worth making. */
      double[] bestChallenge(int i) {
        double[] rI = new double[n];
        double[] colI = new double[n];
        double[] diag = new double[n];
        for (int a = 0; a < n; a++) {
          rI[a] = perceivedRisk(p.bigRAdjust(), risk[i], risk[a]);
          colI[a] = utility(dist[a][i], rI[a]);
          diag[a] = utility(dist[a][a], rI[a]);
        }
        double[] colJ = new double[n];
        int bestJ = -1;
        double bestP = 0;
        double bestGain = -1;
        for (int j = 0; j < n; j++) {
          if (j == i) {
            continue;
          }
          for (int a = 0; a < n; a++) {
            colJ[a] = utility(dist[a][j], rI[a]);
          }
          double pij = victory(colI, colJ, diag, i, j);
          double g = gain(pij, colI[i], colJ[i], j);
          if (MIN_GAIN < g && bestGain < g) {
            bestJ = j;
            bestP = pij;
            bestGain = g;
          }
        }
        return bestJ < 0 ? null : new double[] {bestJ, bestP, bestGain};
      }
    }

    static double euclid(double[] a, double[] b) {
      double s = 0;
      for (int d = 0; d < a.length; d++) {
        double t = a[d] - b[d];
        s += t * t;
      }
      return Math.sqrt(s);
    }

    double[] riskAttitudes(double[] prob) {
      double pMin = Double.POSITIVE_INFINITY;
      double pMax = Double.NEGATIVE_INFINITY;
      for (double v : prob) {
        pMin = Math.min(pMin, v);
        pMax = Math.max(pMax, v);
      }
      double[] r = new double[prob.length];
      double range = pMax - pMin;
      if (!(range > 1e-15)) {
        return r;
      }
      for (int i = 0; i < prob.length; i++) {
        double pi = prob[i];
        switch (p.bigRRange()) {
          case MIN:
            r[i] = (pi - pMin) / range;
            break;
          case MID:
            r[i] = (3 * pi - (pMax + 2 * pMin)) / (2 * range);
            break;
          case MAX:
            r[i] = (2 * pi - (pMax + pMin)) / range;
            break;
          default:
            throw new AssertionError(p.bigRRange());
        }
      }
      return r;
    }

    static double round4(double z) {
      return Math.floor(0.5 + 10000 * z) / 10000;
    }

    /**
     * The bargain between {@code i} and {@code j} when {@code i} wins with probability {@code pi}
     * (bargaining.md §2.8 step 2): {@code {position for i, position for j}} on [0, 1].
     */
    double[][] interpolate(double[][] x, int i, int j, double pi) {
      double pj = 1 - pi;
      double[] bi = new double[dims];
      double[] bj = new double[dims];
      for (int d = 0; d < dims; d++) {
        double si = sal[i][d];
        double sj = sal[j][d];
        double xi = x[i][d];
        double xj = x[j][d];
        switch (p.interVecBrgn()) {
          case S1P1:
          case S2P2:
            {
              double wi;
              double wj;
              if (p.interVecBrgn() == InterVecBrgn.S1P1) {
                wi = si * pi;
                wj = sj * pj;
              } else {
                wi = si * si * pi * pi;
                wj = sj * sj * pj * pj;
              }
              double den = wi + 1e-6 + wj;
              bi[d] = round4(((wi + 1e-6) * xi + wj * xj) / den);
              bj[d] = round4((wi * xi + (wj + 1e-6) * xj) / den);
              break;
            }
          case S2PMAX:
            {
              double di = Math.max(0, pj - pi);
              double dj = Math.max(0, pi - pj);
              double fi = di * sj * sj / (di * sj * sj + 1e-6 + (1 - di) * si * si);
              double fj = dj * si * si / (dj * si * si + 1e-6 + (1 - dj) * sj * sj);
              bi[d] = xi + fi * (xj - xi);
              bj[d] = xj + fj * (xi - xj);
              break;
            }
          default:
            throw new AssertionError(p.interVecBrgn());
        }
      }
      return new double[][] {bi, bj};
    }

    /** A proposed bargain: initiator, receiver and their new positions on [0, 1]. */
    record Bargain(int init, int rcvr, double[] posInit, double[] posRcvr, double gain) {}

    SmpRun run() {
      RandomGenerator rng = new SplittableRandom(p.seed());
      double[][] x = normalizedInput();
      Analysis a = new Analysis(x);
      List<SmpState> states = new ArrayList<>();
      List<SmpTurn> turns = new ArrayList<>();
      List<Forecast.Move> moves = new ArrayList<>();
      states.add(a.toState(0));
      double firstDistance = 0;
      boolean converged = false;
      for (int t = 1; ; t++) {
        if (Thread.currentThread().isInterrupted()) {
          throw new CancellationException("SMP run cancelled before turn " + t);
        }
        List<Challenge> challenges = new ArrayList<>();
        List<Choice> choices = new ArrayList<>();
        double[][] next = step(t, a, rng, challenges, choices, moves);
        double dist = 0;
        for (int i = 0; i < n; i++) {
          dist += euclid(x[i], next[i]);
        }
        if (t == 1) {
          firstDistance = dist;
        }
        double ratio = dist / (firstDistance + 1e-4);
        turns.add(new SmpTurn(t, challenges, choices, dist, ratio));
        x = next;
        a = new Analysis(x);
        states.add(a.toState(t));
        if (t >= 2 && ratio < STOP_RATIO) {
          converged = true;
          break;
        }
        if (t >= p.maxTurns()) {
          break;
        }
      }
      return new SmpRun(p, problem.actors(), problem.dimensions(), states, turns, moves, converged);
    }

    /** One turn (bargaining.md §2.8); returns the new positions and fills the records. */
    double[][] step(
        int t,
        Analysis a,
        RandomGenerator rng,
        List<Challenge> challenges,
        List<Choice> choices,
        List<Forecast.Move> moves) {
      double[][] x = a.x;
      // 1-3: each actor's best challenge and the bargains it proposes
      Bargain[][] proposed = new Bargain[n][];
      Challenge[] logged = new Challenge[n];
      forEach(
          n,
          i -> {
            double[] best = a.bestChallenge(i);
            if (best == null) {
              proposed[i] = new Bargain[0];
              return;
            }
            int j = (int) best[0];
            double pij = best[1];
            double gain = best[2];
            double[] byI = a.estimate(i, i, j, i, j);
            double[] byJ = a.estimate(j, i, j, i, j);
            double[][] iij = interpolate(x, i, j, pij);
            logged[i] =
                new Challenge(
                    t,
                    i,
                    j,
                    pij,
                    gain,
                    byI[2],
                    byJ[0],
                    byJ[1],
                    byJ[2],
                    toScale(iij[0]),
                    toScale(iij[1]));
            switch (p.bargnModel()) {
              case INIT_ONLY_INTERP:
                proposed[i] = new Bargain[] {new Bargain(i, j, iij[0], iij[1], gain)};
                break;
              case INIT_RCVR_INTERP:
              case PW_COMP_INTERP:
                {
                  double pjij = p.ktabCompat() ? byJ[1] : byJ[0];
                  double[][] jij = interpolate(x, i, j, pjij);
                  if (p.bargnModel() == BargnModel.INIT_RCVR_INTERP) {
                    proposed[i] =
                        new Bargain[] {
                          new Bargain(i, j, iij[0], iij[1], gain),
                          new Bargain(i, j, jij[0], jij[1], gain)
                        };
                  } else {
                    double wi = cap[i] * salSum[i];
                    double wj = (p.ktabCompat() ? cap[i] : cap[j]) * salSum[j];
                    double[] bi = new double[dims];
                    double[] bj = new double[dims];
                    for (int d = 0; d < dims; d++) {
                      bi[d] = (wi * iij[0][d] + wj * jij[0][d]) / (wi + wj);
                      bj[d] = (wi * iij[1][d] + wj * jij[1][d]) / (wi + wj);
                    }
                    proposed[i] = new Bargain[] {new Bargain(i, j, bi, bj, gain)};
                  }
                  break;
                }
              default:
                throw new AssertionError(p.bargnModel());
            }
          });
      List<Bargain> all = new ArrayList<>();
      List<List<Integer>> candidates = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        candidates.add(new ArrayList<>());
      }
      for (int i = 0; i < n; i++) {
        if (logged[i] != null) {
          challenges.add(logged[i]);
        }
        for (Bargain b : proposed[i]) {
          int id = all.size();
          all.add(b);
          candidates.get(b.init()).add(id);
          candidates.get(b.rcvr()).add(id);
        }
      }
      // 5: value of every bargain to every actor (average own utility over the resulting state)
      int nb = all.size();
      double[][] value = new double[nb][];
      forEach(
          nb,
          id -> {
            Bargain b = all.get(id);
            double[] v = new double[n];
            for (int m = 0; m < n; m++) {
              double s = utility(distance(m, x[m], b.posInit()), a.risk[m]);
              s += utility(distance(m, x[m], b.posRcvr()), a.risk[m]);
              for (int q = 0; q < n; q++) {
                if (q != b.init() && q != b.rcvr()) {
                  s += a.own[m][q];
                }
              }
              v[m] = s / n;
            }
            value[id] = v;
          });
      double[] statusQuoValue = new double[n];
      for (int m = 0; m < n; m++) {
        double s = 0;
        for (int q = 0; q < n; q++) {
          s += a.own[m][q];
        }
        statusQuoValue[m] = s / n;
      }
      // 6: each actor's PCE over its candidates
      double[][] choiceProb = new double[n][];
      forEach(
          n,
          k -> {
            List<Integer> ck = candidates.get(k);
            int mc = ck.size() + 1;
            if (mc == 1) {
              choiceProb[k] = new double[] {1.0};
              return;
            }
            double[][] u = new double[n][mc];
            for (int m = 0; m < n; m++) {
              u[m][0] = statusQuoValue[m];
              for (int c = 1; c < mc; c++) {
                u[m][c] = value[ck.get(c - 1)][m];
              }
            }
            choiceProb[k] = pce.probabilities(cap, u);
          });
      // 7: choose (draws in actor order, so independent of threads) and move
      double[][] next = new double[n][];
      for (int k = 0; k < n; k++) {
        double[] pk = choiceProb[k];
        int chosen;
        if (p.stateTransitions() == StateTransitions.DETERMINISTIC) {
          chosen = 0;
          for (int c = 1; c < pk.length; c++) {
            if (pk[c] > pk[chosen]) {
              chosen = c;
            }
          }
        } else {
          double r = rng.nextDouble();
          chosen = pk.length - 1;
          double cum = 0;
          for (int c = 0; c < pk.length; c++) {
            cum += pk[c];
            if (r < cum) {
              chosen = c;
              break;
            }
          }
        }
        if (chosen == 0) {
          next[k] = x[k].clone();
          choices.add(new Choice(t, k, k, k, pk[0], pk.length));
          continue;
        }
        Bargain b = all.get(candidates.get(k).get(chosen - 1));
        next[k] = (b.init() == k ? b.posInit() : b.posRcvr()).clone();
        choices.add(new Choice(t, k, b.init(), b.rcvr(), pk[chosen], pk.length));
        String cause = problem.actors().get(b.init());
        for (int d = 0; d < dims; d++) {
          if (next[k][d] != x[k][d]) {
            moves.add(
                new Forecast.Move(
                    t,
                    problem.actors().get(k),
                    d,
                    lo[d] + x[k][d] * width[d],
                    lo[d] + next[k][d] * width[d],
                    cause,
                    b.gain()));
          }
        }
      }
      return next;
    }
  }
}
