package org.parley.verification.inspection;

import org.parley.games.Rational;

/**
 * Dresher's game by backward induction (Dresher 1962; von Stengel 2016, eq. (1)): {@code v(n, 0) =
 * 1}, {@code v(n, m) = 0} for {@code m >= n}, and for {@code 0 < m < n} the value of the stage game
 * {@code [[-b, 1], [v(n-1, m-1), v(n-1, m)]]}, i.e. {@code (b v10 + v11) / (1 + b + v11 - v10)}.
 * Exact rational arithmetic; time {@code O(n m)}, memory {@code O(m)}.
 */
public final class DresherRecursion implements DresherSolver {
  @Override
  public DresherSolution solve(DresherGame game) {
    if (game.isBoundary()) {
      return DresherGame.boundary(game);
    }
    Rational[] row = values(game.periods() - 1, game.inspections(), game.penalty());
    Rational v11 = row[game.inspections() - 1];
    Rational v10 = row[game.inspections()];
    Rational b = game.penalty();
    Rational value = b.multiply(v10).add(v11).divide(Rational.ONE.add(b).add(v11).subtract(v10));
    return DresherGame.stage(game, value, v11, v10);
  }

  /** {@code v(n, j)} for {@code j = 0..m}, built row by row from {@code n = 1}. */
  static Rational[] values(int n, int m, Rational b) {
    Rational[] row = new Rational[m + 1];
    // row for n' = 1: v(1,0) = 1, v(1, j>=1) = 0
    for (int j = 0; j <= m; j++) {
      row[j] = j == 0 ? Rational.ONE : Rational.ZERO;
    }
    for (int k = 2; k <= n; k++) {
      Rational[] next = new Rational[m + 1];
      next[0] = Rational.ONE;
      for (int j = 1; j <= m; j++) {
        if (j >= k) {
          next[j] = Rational.ZERO;
        } else {
          Rational v11 = row[j - 1];
          Rational v10 = row[j];
          next[j] = b.multiply(v10).add(v11).divide(Rational.ONE.add(b).add(v11).subtract(v10));
        }
      }
      row = next;
    }
    return row;
  }
}
