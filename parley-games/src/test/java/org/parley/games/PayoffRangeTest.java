package org.parley.games;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Gambit's payoff range ({@code GetMinPayoff}/{@code GetMaxPayoff}) by which its solvers scale
 * payoffs: a table's own, a tree's over its outcomes, and the tree's kept by its strategic form.
 */
class PayoffRangeTest {
  @Test
  void aTablesRangeIsOverItsPayoffs() {
    NormalFormGame g =
        NormalFormGame.bimatrix(
            "t", new long[][] {{3, -2}, {0, 7}}, new long[][] {{1, 1}, {5, -4}});
    assertThat(g.minPayoff()).isEqualTo(Rational.of(-4));
    assertThat(g.maxPayoff()).isEqualTo(Rational.of(7));
  }

  @Test
  void aStrategicFormKeepsItsTreesRange() {
    // doc__poker.efg (Gambit's documentation): outcomes from -2 to 2, while the reduced form's
    // expected payoffs (chance deals each card with probability 1/2) lie strictly inside
    ExtensiveFormGame tree = TestData.efg("doc__poker.efg");
    NormalFormGame table = ReducedNormalForm.of(tree).game();
    assertThat(tree.minPayoff()).isEqualTo(Rational.of(-2));
    assertThat(tree.maxPayoff()).isEqualTo(Rational.of(2));
    assertThat(table.minPayoff()).isEqualTo(tree.minPayoff());
    assertThat(table.maxPayoff()).isEqualTo(tree.maxPayoff());
    Rational least = table.payoff(0, 0);
    for (int p = 0; p < table.profileCount(); p++) {
      for (int i = 0; i < 2; i++) {
        least = least.min(table.payoff(p, i));
      }
    }
    assertThat(least).isGreaterThan(tree.minPayoff());
  }
}
