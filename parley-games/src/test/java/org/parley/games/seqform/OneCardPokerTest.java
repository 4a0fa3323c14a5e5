package org.parley.games.seqform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Myerson's one-card poker ({@code doc__poker.efg} of the Gambit distribution) built by hand as a
 * sequence form, so the solvers are tested independently of the file reader.
 */
class OneCardPokerTest {
  /**
   * Tree: chance deals King or Queen (1/2 each) to Alice; Alice raises or folds (folding loses 1);
   * after a raise Bob meets (Alice wins or loses 2) or passes (Alice wins 1). Sequences of Alice: 0
   * = ∅, 1/2 = King raise/fold, 3/4 = Queen raise/fold; of Bob: 0 = ∅, 1/2 = meet/pass.
   */
  static SequenceForm oneCardPoker() {
    return new SequenceForm(
        new int[][] {{0, 0}, {0}},
        new int[][] {{2, 2}, {2}},
        List.of(
            new SequenceForm.Leaf(1, 1, 0.5, 2, -2),
            new SequenceForm.Leaf(1, 2, 0.5, 1, -1),
            new SequenceForm.Leaf(2, 0, 0.5, -1, 1),
            new SequenceForm.Leaf(3, 1, 0.5, -2, 2),
            new SequenceForm.Leaf(3, 2, 0.5, 1, -1),
            new SequenceForm.Leaf(4, 0, 0.5, -1, 1)));
  }

  // Expected: Gambit 16.7.0, out/doc__poker__lcp__16.7.0.txt and out/doc__poker__lp__16.7.0.txt:
  // NE,1,0,1/3,2/3,2/3,1/3 (the game's unique equilibrium); value 1/3 for Alice (closed form).
  private static void assertUniqueEquilibrium(SequenceFormResult r) {
    assertThat(r).isInstanceOf(SequenceFormResult.Equilibrium.class);
    SequenceFormResult.Equilibrium eq = (SequenceFormResult.Equilibrium) r;
    assertThat(eq.behaviour1()[0]).containsExactly(new double[] {1, 0}, within(1e-9));
    assertThat(eq.behaviour1()[1]).containsExactly(new double[] {1.0 / 3, 2.0 / 3}, within(1e-9));
    assertThat(eq.behaviour2()[0]).containsExactly(new double[] {2.0 / 3, 1.0 / 3}, within(1e-9));
    assertThat(eq.payoffs()[0]).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(eq.maxRegret()).isLessThan(1e-9);
  }

  @Test
  void lemkeFindsTheEquilibrium() {
    assertUniqueEquilibrium(new SequenceFormLemke().solve(oneCardPoker()));
  }

  @Test
  void lpFindsTheEquilibrium() {
    assertUniqueEquilibrium(new SequenceFormLp().solve(oneCardPoker()));
  }

  @Test
  void constraintMatrixHasOneRowPerInfosetPlusRoot() {
    double[][] e = oneCardPoker().constraintMatrix(0);
    // von Stengel (1996) §3: x_∅ = 1; x_∅ = x_{K,raise} + x_{K,fold}; x_∅ = x_{Q,raise} +
    // x_{Q,fold}
    assertThat(e)
        .isDeepEqualTo(new double[][] {{1, 0, 0, 0, 0}, {-1, 1, 1, 0, 0}, {-1, 0, 0, 1, 1}});
  }
}
