package org.parley.bargaining.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Closed forms of bargaining.md §2.3-2.5. */
class ProbabilisticCondorcetElectionTest {

  @Test
  void votesFollowTheRules() {
    // bargaining.md §2.3 with w = 2, du = 0.5 and du = -0.5.
    assertThat(ProbabilisticCondorcetElection.vote(VotingRule.PROP, 2, 0.75, 0.25)).isEqualTo(1.0);
    assertThat(ProbabilisticCondorcetElection.vote(VotingRule.BINARY, 2, 0.75, 0.25))
        .isEqualTo(2.0);
    assertThat(ProbabilisticCondorcetElection.vote(VotingRule.PROP_BIN, 2, 0.75, 0.25))
        .isCloseTo(2 * (0.8 * 0.5 + 0.2), within(1e-15));
    assertThat(ProbabilisticCondorcetElection.vote(VotingRule.PROP_CBC, 2, 0.75, 0.25))
        .isCloseTo(2 * (0.25 + 0.0625), within(1e-15));
    assertThat(ProbabilisticCondorcetElection.vote(VotingRule.CUBIC, 2, 0.75, 0.25))
        .isEqualTo(0.25);
    assertThat(ProbabilisticCondorcetElection.vote(VotingRule.ASYM_PROSP, 2, 0.75, 0.25))
        .isCloseTo(2.0 / 3.0, within(1e-15));
    assertThat(ProbabilisticCondorcetElection.vote(VotingRule.ASYM_PROSP, 2, 0.25, 0.75))
        .isEqualTo(-1.0);
  }

  @Test
  void victoryProbabilityModels() {
    // bargaining.md §2.4 with strengths 3 and 1.
    assertThat(ProbabilisticCondorcetElection.victoryProbability(VictoryProbModel.LINEAR, 3, 1))
        .isEqualTo(0.75);
    assertThat(ProbabilisticCondorcetElection.victoryProbability(VictoryProbModel.SQUARE, 3, 1))
        .isEqualTo(0.9);
    assertThat(ProbabilisticCondorcetElection.victoryProbability(VictoryProbModel.QUARTIC, 3, 1))
        .isCloseTo(81.0 / 82, within(1e-15));
    assertThat(ProbabilisticCondorcetElection.victoryProbability(VictoryProbModel.OCTIC, 3, 1))
        .isCloseTo(6561.0 / 6562, within(1e-15));
    assertThat(ProbabilisticCondorcetElection.victoryProbability(VictoryProbModel.BINARY, 3, 1))
        .isCloseTo(1 / (1 + 1e-6), within(1e-15));
    // Within 10%: r = 1.05/2.05, p = (r * 2.1 - 1)/0.1.
    double r = 1.05 / 2.05;
    assertThat(ProbabilisticCondorcetElection.victoryProbability(VictoryProbModel.BINARY, 1.05, 1))
        .isCloseTo((r * 2.1 - 1) / 0.1, within(1e-12));
  }

  @ParameterizedTest
  @EnumSource(PceModel.class)
  void twoOptionsGetTheirPairwiseVictoryProbability(PceModel model) {
    // One voter (w = 1) preferring a by 1: C(a,b) = 1 + 1e-8, C(b,a) = 1e-8, so P(a,b) =
    // (1 + 1e-8)/(1 + 2e-8); with two options every PCE model's fixed point is p_a = P(a,b).
    double pab = (1 + 1e-8) / (1 + 2e-8);
    double[] p =
        new ProbabilisticCondorcetElection(VotingRule.PROP, VictoryProbModel.LINEAR, model)
            .probabilities(new double[] {1}, new double[][] {{1, 0}});
    // The Markov iterations stop once a step changes p by at most 1e-6 (MarkovUniform) or 1e-8,
    // which for two options leaves p within twice that of the fixed point.
    assertThat(p[0]).isCloseTo(pab, within(model == PceModel.CONDITIONAL ? 1e-15 : 2e-6 + 1e-12));
    assertThat(p[0] + p[1]).isCloseTo(1, within(1e-12));
  }

  @Test
  void conditionalPceIsTheNormalizedProductOfVictoryProbabilities() {
    // Three options, two voters; p_a proportional to prod_b P(a,b) (bargaining.md §2.5).
    double[] w = {2, 1};
    double[][] u = {{1.0, 0.5, 0.0}, {0.0, 0.8, 1.0}};
    ProbabilisticCondorcetElection pce =
        new ProbabilisticCondorcetElection(
            VotingRule.PROP, VictoryProbModel.LINEAR, PceModel.CONDITIONAL);
    double[][] pm = pce.victoryMatrix(w, u, null);
    // C(0,1) = 1e-8 + 2*0.5, C(1,0) = 1e-8 + 1*0.8
    assertThat(pm[0][1]).isCloseTo((1 + 1e-8) / (1.8 + 2e-8), within(1e-15));
    double[] raw = new double[3];
    double sum = 0;
    for (int a = 0; a < 3; a++) {
      raw[a] = pm[a][0] * pm[a][1] * pm[a][2];
      sum += raw[a];
    }
    double[] p = pce.probabilities(w, u);
    for (int a = 0; a < 3; a++) {
      assertThat(p[a]).isCloseTo(raw[a] / sum, within(1e-12));
    }
  }

  @Test
  void manyOptionsDoNotUnderflow() {
    // 400 options, each losing most pairs: prod_b P(a,b) underflows a double; logarithms do not.
    int m = 400;
    double[][] u = new double[3][m];
    for (int a = 0; a < m; a++) {
      u[0][a] = a / (double) m;
      u[1][a] = 1 - a / (double) m;
      u[2][a] = (a % 7) / 7.0;
    }
    double[] p =
        new ProbabilisticCondorcetElection(
                VotingRule.PROP, VictoryProbModel.LINEAR, PceModel.CONDITIONAL)
            .probabilities(new double[] {1, 1, 1}, u);
    double sum = 0;
    for (double v : p) {
      assertThat(v).isFinite();
      sum += v;
    }
    assertThat(sum).isCloseTo(1, within(1e-9));
  }
}
