package org.parley.summit.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.parley.model.Distribution;
import org.parley.model.Scenario;
import org.parley.model.Uncertainty;
import org.parley.model.io.BuiltInScenarios;
import org.parley.model.paths.ScenarioPaths;

class UncertainInputsTest {
  private static final Scenario SINGAPORE = BuiltInScenarios.load("singapore-2018").orElseThrow();

  @Test
  void samplesEveryInputInsideItsDistributionAndSetsIt() {
    UncertainInputs inputs = UncertainInputs.of(SINGAPORE);
    assertThat(inputs.size()).isEqualTo(7);
    SplittableRandom rng = new SplittableRandom(3);
    for (int k = 0; k < 200; k++) {
      double[] x = inputs.sample(rng);
      Scenario s = inputs.scenario(x);
      for (int i = 0; i < x.length; i++) {
        Distribution d = SINGAPORE.uncertainty().get(i).distribution();
        assertThat(x[i]).isBetween(d.min(), d.max());
        assertThat(ScenarioPaths.get(s, inputs.path(i))).isEqualTo(x[i]);
      }
    }
  }

  @Test
  void mediansAndPercentilesComeFromTheQuantileFunctions() {
    UncertainInputs inputs = UncertainInputs.of(SINGAPORE);
    double[] median = inputs.quantiles(0.5);
    // singapore-2018.yaml: DPRK's denuclearisation position ~ Triangular(0, 20, 40) (median 20);
    // the US sanctions position ~ U(10, 40) (median 25); window ~ {10: 1, 20: 2, 30: 1} (median
    // 20).
    assertThat(median[0]).isEqualTo(20.0);
    assertThat(median[1]).isEqualTo(25.0);
    assertThat(median[6]).isEqualTo(20.0);
    assertThat(inputs.fromUniforms(new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5}))
        .containsExactly(median);
  }

  @Test
  void wholeNumberInputsTakeTheNearestWholeNumber() {
    List<Uncertainty> u = new ArrayList<>(SINGAPORE.uncertainty());
    u.add(new Uncertainty("verification.undeclared_sites", new Distribution.Uniform(20, 60)));
    Scenario s =
        new Scenario(
            SINGAPORE.id(),
            SINGAPORE.title(),
            SINGAPORE.question(),
            SINGAPORE.asOf(),
            SINGAPORE.actors(),
            SINGAPORE.issues(),
            SINGAPORE.phases(),
            SINGAPORE.verification(),
            SINGAPORE.assurances(),
            SINGAPORE.precedents(),
            SINGAPORE.trackRecord(),
            SINGAPORE.signals(),
            SINGAPORE.prestige(),
            SINGAPORE.stakes(),
            u,
            SINGAPORE.sources(),
            SINGAPORE.provenance());
    UncertainInputs inputs = UncertainInputs.of(s);
    double[] x = inputs.quantiles(0.5);
    x[7] = 33.6;
    assertThat(inputs.scenario(x).verification().undeclaredSites()).isEqualTo(34);
    assertThat(x[7]).isEqualTo(33.6);
    assertThatThrownBy(() -> inputs.scenario(new double[3])).hasMessageContaining("3 values for 8");
  }
}
