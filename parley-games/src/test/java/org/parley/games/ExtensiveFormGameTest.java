package org.parley.games;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtensiveFormGameTest {
  private static Rational r(long p, long q) {
    return Rational.of(p, q);
  }

  @Test
  void pokerEquilibriumFromGambitHasZeroExactRegret() {
    // out/doc__poker__lcp__16.7.0.txt: NE,1,0,1/3,2/3,2/3,1/3 (Alice: King, Queen; Bob)
    ExtensiveFormGame g = TestData.efg("doc__poker.efg");
    BehaviourProfile b =
        BehaviourProfile.ofRationals(
            new Rational[][][] {
              {{Rational.ONE, Rational.ZERO}, {r(1, 3), r(2, 3)}},
              {{r(2, 3), r(1, 3)}}
            });
    assertThat(g.exactRegrets(b)).containsExactly(Rational.ZERO, Rational.ZERO);
    // Myerson (1991) one-card poker: value to Alice 1/3
    assertThat(g.expectedPayoffs(b)[0])
        .isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void regretOfANonEquilibriumIsPositive() {
    ExtensiveFormGame g = TestData.efg("doc__poker.efg");
    BehaviourProfile always =
        BehaviourProfile.ofDoubles(new double[][][] {{{1, 0}, {1, 0}}, {{1, 0}}});
    // Bob always meets, Alice always raises: Alice folding the Queen gains (closed form 1/2·(2−1) =
    // 1/2)
    assertThat(g.regrets(always)[0]).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void perfectRecallIsChecked() {
    assertThat(TestData.efg("doc__poker.efg").hasPerfectRecall()).isTrue();
    ExtensiveFormGame w =
        TestData.efg("catalog__journals__geb__wichardt2008.efg"); // imperfect recall by design
    assertThat(w.hasPerfectRecall()).isFalse();
    assertThat(w.perfectRecallViolation()).get().asString().contains("player 1");
  }

  @Test
  void sequencesFollowTheTree() {
    ExtensiveFormGame g = TestData.efg("doc__poker.efg");
    assertThat(g.numSequences(0)).isEqualTo(5); // index.tsv: sequences=5/3
    assertThat(g.numSequences(1)).isEqualTo(3);
    assertThat(g.infosetSequence(1, 0)).isZero();
    assertThat(g.chanceReach(g.nodes().size() - 1)).isEqualTo(r(1, 2));
  }

  @Test
  void reducedNormalFormOfPoker() {
    // Alice has 4 reduced strategies (2 infosets x 2 actions), Bob 2; Gambit's lcp -S answer
    // out/doc__poker__lcp-S__16.7.0.txt: NE,1/3,2/3,0,0,2/3,1/3
    ReducedNormalForm rnf = ReducedNormalForm.of(TestData.efg("doc__poker.efg"));
    NormalFormGame g = rnf.game();
    assertThat(g.strategies().get(0)).containsExactly("11", "12", "21", "22");
    MixedProfile m =
        MixedProfile.ofRationals(
            new Rational[][] {
              {r(1, 3), r(2, 3), Rational.ZERO, Rational.ZERO}, {r(2, 3), r(1, 3)}
            });
    assertThat(g.exactRegrets(m)).containsExactly(Rational.ZERO, Rational.ZERO);
    BehaviourProfile b = rnf.toBehaviour(m);
    assertThat(b.exactProbability(0, 1, 0))
        .contains(r(1, 3)); // Queen: raise 1/3 (behaviour of lcp output)
    assertThat(rnf.tree().exactRegrets(b)).containsExactly(Rational.ZERO, Rational.ZERO);
  }

  @Test
  void starsMarkInfosetsRuledOutByOwnMoves() {
    // selten1975 fig2: player 1's second infoset follows "L" at the first
    ReducedNormalForm rnf =
        ReducedNormalForm.of(TestData.efg("catalog__journals__ijgt__selten1975__fig2.efg"));
    assertThat(rnf.game().strategies().get(0)).containsExactly("1*", "21", "22");
  }
}
