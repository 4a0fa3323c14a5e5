package org.parley.bargaining.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.bargaining.BargainingProblem;
import org.parley.bargaining.ktab.KtabCsvReader;

/**
 * SMP against KTAB's 2017 reference logs for its two shipped examples (test resources {@code
 * ktab/}, copied from {@code shared/reference/bargaining/}; KTAB {@code examples/smp/doc/}, MIT;
 * bargaining.md §2.14): every position of every actor on every dimension in every state at the
 * printed 0.1 precision, every "Fractional change" at its 4 printed decimals, the number of states
 * (11 and 28) and the whole probability history at its 4 printed decimals.
 */
class KtabReferenceTest {
  /** Half a unit in the last printed place, plus round-off. */
  private static final double HALF_01 = 0.05 + 1e-9;

  private static final double HALF_4DP = 0.00005 + 1e-12;

  @ParameterizedTest
  @CsvSource({"dummyData_3Dim, 11", "SOE-Pol-Comp, 28"})
  void reproducesTheReferenceLog(String name, int states) throws IOException {
    KtabReferenceLog ref = KtabReferenceLog.load("ktab_ref_" + name + ".txt");
    BargainingProblem problem =
        KtabCsvReader.read(KtabReferenceLog.resource("ktab_" + name + ".csv")).problem();
    SmpParameters defaults = SmpParameters.defaults();
    // The reference logs were made with KTAB's defaults (their parameter block).
    for (Map.Entry<String, String> e : ref.parameters().entrySet()) {
      assertThat(defaults.asMap()).containsEntry(e.getKey(), e.getValue());
    }

    SmpRun run = new SpatialModelOfPolitics(defaults).run(problem);

    assertThat(ref.states()).isEqualTo(states);
    assertThat(run.states()).hasSize(states);
    assertThat(run.converged()).isTrue();
    double[] fractions = run.fractionalChanges();
    assertThat(fractions).hasSize(ref.fractionalChanges().size());
    for (int t = 0; t < fractions.length; t++) {
      assertThat(fractions[t])
          .as("fractional change of turn %d", t + 1)
          .isCloseTo(ref.fractionalChanges().get(t), within(HALF_4DP));
    }
    for (int i = 0; i < problem.actorCount(); i++) {
      String actor = problem.actors().get(i);
      for (int d = 0; d < problem.dimensionCount(); d++) {
        double[] expected = ref.positions().get(actor + "|" + problem.dimensions().get(d).id());
        assertThat(expected)
            .as("reference row of %s on dimension %d", actor, d)
            .isNotNull()
            .hasSize(states);
        for (int t = 0; t < states; t++) {
          assertThat(run.states().get(t).position(i, d))
              .as("position of %s on dimension %d in state %d", actor, d, t)
              .isCloseTo(expected[t], within(HALF_01));
        }
      }
      double[] expectedProb = ref.probabilities().get(actor);
      assertThat(expectedProb).hasSize(states);
      for (int t = 0; t < states; t++) {
        assertThat(run.states().get(t).positionProbabilities()[i])
            .as("probability of %s's position in state %d", actor, t)
            .isCloseTo(expectedProb[t], within(HALF_4DP));
      }
    }
  }
}
