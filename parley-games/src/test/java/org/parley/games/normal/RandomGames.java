package org.parley.games.normal;

import java.util.random.RandomGenerator;
import org.parley.games.NormalFormGame;

/** Seeded random bimatrix games for differential and property tests. */
final class RandomGames {
  private RandomGames() {}

  /** Integer payoffs uniform in [-range, range]; {@code zeroSum} makes B = −A. */
  static NormalFormGame bimatrix(RandomGenerator rng, int m, int n, int range, boolean zeroSum) {
    long[][] a = new long[m][n];
    long[][] b = new long[m][n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = rng.nextInt(-range, range + 1);
        b[i][j] = zeroSum ? -a[i][j] : rng.nextInt(-range, range + 1);
      }
    }
    return NormalFormGame.bimatrix("random", a, b);
  }
}
