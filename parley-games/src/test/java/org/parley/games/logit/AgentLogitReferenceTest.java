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

/**
 * The certified result of {@link LogitTracing} on the {@code .efg} reference games (Gambit 16.7.0).
 */
class AgentLogitReferenceTest {
  static Stream<ReferenceData.Row> rows() {
    return ReferenceData.rows("logit-e").stream()
        .filter(
            r ->
                r.file().endsWith(".efg") && r.version().equals("16.7.0") && r.numEquilibria() > 0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void certifiesGambitsTerminalPoint(ReferenceData.Row row) {
    ExtensiveFormGame g = ReferenceData.efg(row.file());
    SolverResult<BehaviourProfile> r = new LogitTracing().solve(g, SolveOptions.defaults());
    assertThat(r).isInstanceOf(SolverResult.Complete.class);
    Equilibrium<BehaviourProfile> eq = r.equilibria().get(0);
    double[] gambit = ReferenceData.equilibria(row.output()).get(0);
    // Gambit's printed point (10 significant digits), renormalised per information set
    assertThat(eq.profile().flatten()).containsExactly(gambit, within(1e-6));
    // an approximate (agent) equilibrium: the reported regret is small
    assertThat(eq.certificate().maxRegret()).isLessThan(1e-4);
  }
}
