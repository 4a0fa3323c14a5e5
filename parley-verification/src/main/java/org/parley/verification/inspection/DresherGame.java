package org.parley.verification.inspection;

import static java.util.Objects.requireNonNull;

import org.parley.games.Rational;
import org.parley.verification.Requires;

/**
 * Dresher's sequential inspection game (Dresher 1962; von Stengel 2016 §2): over {@code periods}
 * periods the inspector has {@code inspections} inspections; the inspectee may violate once, sees
 * past inspections, and a violation is detected surely if the inspector inspects in its period.
 * Zero-sum; the inspectee gets {@code +1} for an undetected violation, {@code -penalty} when caught
 * and 0 when it never violates.
 *
 * @param periods {@code n >= 1}
 * @param inspections {@code m >= 0}
 * @param penalty {@code b > 0}
 */
public record DresherGame(int periods, int inspections, Rational penalty) {
  public DresherGame {
    Requires.atLeast("periods", periods, 1);
    Requires.atLeast("inspections", inspections, 0);
    Requires.positive("penalty", requireNonNull(penalty, "penalty"));
  }

  /** Convenience constructor with an integer penalty. */
  public static DresherGame of(int periods, int inspections, long penalty) {
    return new DresherGame(periods, inspections, Rational.of(penalty));
  }

  /**
   * The first-stage equilibrium of the stage game {@code [[-b, 1], [v11, v10]]} (rows inspectee
   * Violate/Legal, columns inspector Inspect/Not), given the continuation values {@code v11 =
   * v(n-1, m-1)} and {@code v10 = v(n-1, m)}, for {@code 0 < m < n}. Shared by both solvers.
   */
  static DresherSolution stage(DresherGame game, Rational value, Rational v11, Rational v10) {
    Rational b = game.penalty();
    Rational d = Rational.ONE.add(b).add(v11).subtract(v10);
    Rational inspect = Rational.ONE.subtract(v10).divide(d);
    Rational violate = v11.subtract(v10).divide(d);
    Rational stageValue = b.multiply(v10).add(v11).divide(d);
    if (!stageValue.equals(value)) {
      throw new IllegalStateException(
          "stage value "
              + stageValue
              + " differs from v("
              + game.periods()
              + ","
              + game.inspections()
              + ") = "
              + value);
    }
    Rational regret = regret(b, v11, v10, inspect, violate, value);
    return new DresherSolution(game, value, inspect, violate, regret);
  }

  /**
   * The largest gain either player gets by a pure deviation in the stage game from the profile
   * (inspect with {@code p}, violate with {@code q}): 0 exactly at an equilibrium.
   */
  static Rational regret(
      Rational b, Rational v11, Rational v10, Rational p, Rational q, Rational value) {
    Rational one = Rational.ONE;
    // inspectee (maximiser): row payoffs against the inspector's mix
    Rational violateRow = b.negate().multiply(p).add(one.subtract(p));
    Rational legalRow = v11.multiply(p).add(v10.multiply(one.subtract(p)));
    // inspector (minimiser of the inspectee's payoff): column payoffs against the inspectee's mix
    Rational inspectCol = b.negate().multiply(q).add(v11.multiply(one.subtract(q)));
    Rational notCol = q.add(v10.multiply(one.subtract(q)));
    Rational gainInspectee = violateRow.max(legalRow).subtract(value);
    Rational gainInspector = value.subtract(inspectCol.min(notCol));
    return gainInspectee.max(gainInspector).max(Rational.ZERO);
  }

  /** The solution of a boundary game ({@code m = 0} or {@code m >= n}). */
  static DresherSolution boundary(DresherGame game) {
    if (game.inspections() == 0) {
      // no inspections left: violating now is undetected (value 1)
      return new DresherSolution(game, Rational.ONE, Rational.ZERO, Rational.ONE, Rational.ZERO);
    }
    // an inspection in every remaining period: any violation is caught, so the inspectee is legal
    return new DresherSolution(game, Rational.ZERO, Rational.ONE, Rational.ZERO, Rational.ZERO);
  }

  /** Whether the game is a boundary case ({@code m = 0} or {@code m >= n}). */
  boolean isBoundary() {
    return inspections == 0 || inspections >= periods;
  }
}
