package org.parley.verification.inspection;

import org.parley.games.Rational;
import org.parley.verification.Rationals;

/**
 * Dresher's game by the closed form (Dresher 1962; von Stengel 2016, Theorem 1 with one violation):
 * {@code v(n, m) = C(n-1, m) / Σ_{i=0..m} C(n, i) b^(m-i)} for {@code 0 <= m < n}. The first-period
 * probabilities follow from the closed-form values of the two continuation games. Exact; time
 * {@code O(m)} big-integer operations.
 */
public final class DresherClosedForm implements DresherSolver {
  @Override
  public DresherSolution solve(DresherGame game) {
    if (game.isBoundary()) {
      return DresherGame.boundary(game);
    }
    int n = game.periods();
    int m = game.inspections();
    Rational b = game.penalty();
    return DresherGame.stage(game, value(n, m, b), value(n - 1, m - 1, b), value(n - 1, m, b));
  }

  /** {@code v(n, m)} by the closed form, with the boundary cases. */
  public static Rational value(int n, int m, Rational b) {
    if (m >= n) {
      return Rational.ZERO;
    }
    Rational sum = Rational.ZERO;
    Rational bPower = Rational.ONE; // b^(m-i), built from i = m down to 0
    for (int i = m; i >= 0; i--) {
      sum = sum.add(Rationals.binomialRational(n, i).multiply(bPower));
      bPower = bPower.multiply(b);
    }
    return Rationals.binomialRational(n - 1, m).divide(sum);
  }
}
