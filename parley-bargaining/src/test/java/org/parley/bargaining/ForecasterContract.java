package org.parley.bargaining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Forecaster} promises; each implementation's test class extends this and says
 * how to make one. Checks: a settlement per dimension inside the scale, the trajectory starting
 * from the inputs, a lone actor's forecast is its own position, the same input gives the same
 * forecast.
 */
public abstract class ForecasterContract {
  protected abstract Forecaster forecaster();

  private static BargainingProblem twoDims() {
    return new BargainingProblem(
        List.of("a", "b", "c", "d"),
        new double[] {1, 2, 3, 0.5},
        List.of(new Dimension("x", 0, 100), new Dimension("y", -10, 10)),
        new double[][] {{10, -5}, {40, 0}, {90, 8}, {60, 2}},
        new double[][] {{0.5, 0.4}, {0.3, 0.6}, {0.8, 0.1}, {0.4, 0.4}},
        new double[] {50, 0});
  }

  @Test
  void settlementPerDimensionInsideTheScale() {
    BargainingProblem p = twoDims();
    Forecast f = forecaster().forecast(p);
    assertThat(f.model()).isEqualTo(forecaster().name());
    assertThat(f.settlement()).hasSize(2);
    for (int d = 0; d < 2; d++) {
      assertThat(f.settlement(d)).isBetween(p.dimensions().get(d).lo(), p.dimensions().get(d).hi());
    }
  }

  @Test
  void trajectoryStartsFromTheInputs() {
    BargainingProblem p = twoDims();
    Forecast f = forecaster().forecast(p);
    assertThat(f.trajectory()).isNotEmpty();
    assertThat(f.trajectory().get(0).index()).isZero();
    assertThat(f.trajectory().get(0).positions()).isDeepEqualTo(p.positions());
    assertThat(f.trajectory().get(f.trajectory().size() - 1).forecast())
        .containsExactly(f.settlement(), within(1e-12));
  }

  @Test
  void loneActorGetsItsPosition() {
    BargainingProblem p =
        new BargainingProblem(
            List.of("solo"),
            new double[] {1},
            List.of(new Dimension("x", 0, 100)),
            new double[][] {{37}},
            new double[][] {{0.6}},
            null);
    assertThat(forecaster().forecast(p).settlement(0)).isCloseTo(37, within(1e-9));
  }

  @Test
  void deterministic() {
    assertThat(forecaster().forecast(twoDims()).settlement())
        .containsExactly(forecaster().forecast(twoDims()).settlement());
  }
}
