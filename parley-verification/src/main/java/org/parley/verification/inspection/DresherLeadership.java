package org.parley.verification.inspection;

import static java.util.Objects.requireNonNull;

import org.parley.games.Rational;

/**
 * The non-zero-sum Dresher game and inspector leadership (von Stengel 2016 §5; Maschler 1966). The
 * inspector's payoffs are 0 when the inspectee stays legal, {@code -1} for an undetected violation
 * and {@code -a} for a detected one, with {@code a < 1} ({@code a = -b} is the zero-sum game). The
 * inspectee's payoffs are those of {@link DresherGame}.
 *
 * <p><b>Simultaneous play.</b> In each stage {@code 0 < m < n} the inspector inspects with the same
 * probability {@code p = (1 - v10) / (1 + b + v11 - v10)} as in the zero-sum game (it makes the
 * inspectee indifferent), and the inspectee violates with the probability {@code q = (w10 - w11) /
 * (1 - a + w10 - w11)} that makes the inspector indifferent, where {@code w} is the inspector's
 * continuation payoff.
 *
 * <p><b>Leadership.</b> The inspector announces and commits to the same stage probabilities {@code
 * p}. <em>Tie-breaking rule:</em> an inspectee indifferent between violating now and waiting acts
 * legally; so it is legal while inspections remain and violates (undetected) only once the
 * inspections are used up with periods left. Its payoff stays {@code v(n, m)}, which is then
 * exactly the probability of a violation, and the inspector's payoff is {@code -v(n, m)}. Exact;
 * time {@code O(n m)}.
 */
public final class DresherLeadership {
  /**
   * Simultaneous and leadership payoffs of the non-zero-sum game.
   *
   * @param game the inspectee's game
   * @param detectedLoss the inspector's loss {@code a} for a detected violation
   * @param inspecteePayoff the inspectee's payoff {@code v(n, m)} (the same in both versions)
   * @param simultaneousInspectorPayoff the inspector's equilibrium payoff in simultaneous play
   * @param simultaneousViolateNow the inspectee's first-period violation probability in
   *     simultaneous play
   * @param leaderInspectorPayoff the inspector's payoff when it leads, {@code -v(n, m)}
   * @param leaderViolationProbability the probability a violation ever happens under leadership
   */
  public record Result(
      DresherGame game,
      Rational detectedLoss,
      Rational inspecteePayoff,
      Rational simultaneousInspectorPayoff,
      Rational simultaneousViolateNow,
      Rational leaderInspectorPayoff,
      Rational leaderViolationProbability) {
    public Result {
      requireNonNull(game, "game");
      requireNonNull(detectedLoss, "detectedLoss");
      requireNonNull(inspecteePayoff, "inspecteePayoff");
      requireNonNull(simultaneousInspectorPayoff, "simultaneousInspectorPayoff");
      requireNonNull(simultaneousViolateNow, "simultaneousViolateNow");
      requireNonNull(leaderInspectorPayoff, "leaderInspectorPayoff");
      requireNonNull(leaderViolationProbability, "leaderViolationProbability");
    }

    /** What leading gains the inspector over simultaneous play. */
    public Rational leadershipGain() {
      return leaderInspectorPayoff.subtract(simultaneousInspectorPayoff);
    }
  }

  /** The zero-sum version ({@code a = -b}). */
  public Result solve(DresherGame game) {
    return solve(game, game.penalty().negate());
  }

  /**
   * Solves the non-zero-sum game with detected-violation loss {@code a < 1} for the inspector.
   *
   * @throws IllegalArgumentException when {@code a >= 1}
   */
  public Result solve(DresherGame game, Rational detectedLoss) {
    requireNonNull(game, "game");
    requireNonNull(detectedLoss, "detectedLoss");
    if (detectedLoss.compareTo(Rational.ONE) >= 0) {
      throw new IllegalArgumentException(
          "detected-violation loss a is "
              + detectedLoss
              + "; it must be < 1 (an undetected violation costs 1)");
    }
    int n = game.periods();
    int m = game.inspections();
    Rational b = game.penalty();
    Rational one = Rational.ONE;
    // v[j], w[j], l[j]: inspectee value, inspector simultaneous payoff, leader payoff; row k-1
    Rational[] v = new Rational[m + 1];
    Rational[] w = new Rational[m + 1];
    Rational[] lead = new Rational[m + 1];
    Rational firstViolate = m == 0 ? one : Rational.ZERO;
    for (int k = 1; k <= n; k++) {
      Rational[] nv = new Rational[m + 1];
      Rational[] nw = new Rational[m + 1];
      Rational[] nl = new Rational[m + 1];
      for (int j = 0; j <= m; j++) {
        if (j == 0) {
          nv[j] = one;
          nw[j] = one.negate();
          nl[j] = one.negate();
        } else if (j >= k) {
          nv[j] = Rational.ZERO;
          nw[j] = Rational.ZERO;
          nl[j] = Rational.ZERO;
        } else {
          Rational d = one.add(b).add(v[j - 1]).subtract(v[j]);
          Rational p = one.subtract(v[j]).divide(d);
          nv[j] = b.multiply(v[j]).add(v[j - 1]).divide(d);
          Rational gap = w[j].subtract(w[j - 1]);
          Rational q = gap.divide(one.subtract(detectedLoss).add(gap));
          nw[j] = detectedLoss.negate().multiply(q).add(one.subtract(q).multiply(w[j - 1]));
          nl[j] = p.multiply(lead[j - 1]).add(one.subtract(p).multiply(lead[j]));
          if (k == n && j == m) {
            firstViolate = q;
          }
        }
      }
      v = nv;
      w = nw;
      lead = nl;
    }
    return new Result(game, detectedLoss, v[m], w[m], firstViolate, lead[m], lead[m].negate());
  }
}
