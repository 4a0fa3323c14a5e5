package org.parley.games.logit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.seqform.ReferenceData;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/** Reference tests against {@code gambit-logit -q -e -d 10} on the {@code .efg} reference games. */
class AgentLogitReferenceTest {
  static Stream<ReferenceData.Row> rows() {
    return ReferenceData.rows("logit-e").stream().filter(r -> r.file().endsWith(".efg") && r.version().equals("16.7.0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void endsAtGambitsPoint(ReferenceData.Row row) {
    ExtensiveFormGame g = ReferenceData.efg(row.file());
    SolverResult<BehaviourProfile> r = new LogitTracing().solve(g, SolveOptions.defaults());
    Equilibrium<BehaviourProfile> eq = r.equilibria().get(0);
    double[] gambit = ReferenceData.equilibria(row.output()).get(0);
    assertThat(eq.certificate().maxRegret()).isLessThan(1e-4);
    if (row.file().equals("catalog__journals__ijgt__selten1975__fig1.efg")) {
      // Selten's horse: along the branch player 3's information set is reached with probability
      // exp(−O(λ)); Gambit's own end point has underflowed (player 2's L = 4.94e-324, the smallest
      // double). Our trace reaches the step limit on the same branch (an equilibrium, regret above)
      // and agrees with Gambit's point to 1e-3.
      assertThat(eq.profile().flatten()).containsExactly(gambit, within(1e-3));
      return;
    }
    assertThat(r).isInstanceOf(SolverResult.Complete.class);
    // same branch, same λ_max = 10⁶; the end points differ in the last digits because Gambit stops
    // on its own step grid near λ_max (largest difference 1.2e-5, on contrib__4cards_relabeled)
    assertThat(eq.profile().flatten()).containsExactly(gambit, within(2e-5));
  }
}
