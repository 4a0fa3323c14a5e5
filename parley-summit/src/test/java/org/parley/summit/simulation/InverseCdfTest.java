package org.parley.summit.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.parley.model.Distribution;

class InverseCdfTest {
  @Test
  void uniformAndTriangularClosedForms() {
    InverseCdf u = InverseCdf.of(new Distribution.Uniform(10, 40));
    assertThat(u.applyAsDouble(0.5)).isEqualTo(25);
    assertThat(u.applyAsDouble(0.1)).isCloseTo(13, within(1e-12));
    // Triangular(0, 20, 40) is symmetric: median = mode = 20; CDF at x < c is (x−a)²/((b−a)(c−a)),
    // so the 0.125 quantile is 10 (closed form).
    InverseCdf t = InverseCdf.of(new Distribution.Triangular(0, 20, 40));
    assertThat(t.applyAsDouble(0.5)).isCloseTo(20, within(1e-12));
    assertThat(t.applyAsDouble(0.125)).isCloseTo(10, within(1e-12));
    assertThat(t.applyAsDouble(0.875)).isCloseTo(30, within(1e-12));
    // Right-angled triangular(0, 0, 1): F(x) = 1 − (1 − x)², quantile 1 − √(1 − u).
    InverseCdf r = InverseCdf.of(new Distribution.Triangular(0, 0, 1));
    assertThat(r.applyAsDouble(0.75)).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void truncatedNormal() {
    // N(0, 1) truncated to [−1, 1] is symmetric: median 0.
    assertThat(InverseCdf.of(new Distribution.TruncatedNormal(0, 1, -1, 1)).applyAsDouble(0.5))
        .isCloseTo(0, within(1e-12));
    // Truncated to [0, 12] it is the half-normal (Φ(12) = 1 to double precision): median Φ⁻¹(0.75)
    // = 0.6744897501960817.
    assertThat(InverseCdf.of(new Distribution.TruncatedNormal(0, 1, 0, 12)).applyAsDouble(0.5))
        .isCloseTo(0.6744897501960817, within(1e-9));
    // Far in the upper tail the naive formula collapses (Φ(8) rounds to 1); the mirrored one does
    // not.
    InverseCdf tail = InverseCdf.of(new Distribution.TruncatedNormal(0, 1, 8, 9));
    double lo = tail.applyAsDouble(0.1);
    double mid = tail.applyAsDouble(0.5);
    double hi = tail.applyAsDouble(0.9);
    assertThat(lo).isGreaterThan(8).isLessThan(mid);
    assertThat(hi).isGreaterThan(mid).isLessThan(9);
    // Check against the conditional CDF (Φ(x) − Φ(a)) / (Φ(b) − Φ(a)) computed on the mirrored
    // side.
    NormalDistribution z = new NormalDistribution(0, 1);
    double mass = z.cumulativeProbability(-8) - z.cumulativeProbability(-9);
    assertThat((z.cumulativeProbability(-8) - z.cumulativeProbability(-mid)) / mass)
        .isCloseTo(0.5, within(1e-6));
    // Location and scale: mean 100, sd 10 on [100, 220] is 100 + 10 × half-normal.
    assertThat(
            InverseCdf.of(new Distribution.TruncatedNormal(100, 10, 100, 220)).applyAsDouble(0.5))
        .isCloseTo(106.744897501960817, within(1e-7));
  }

  @Test
  void scaledBeta() {
    // Beta(2, 1) has F(x) = x², quantile √u (closed form); scaled to [10, 20].
    InverseCdf b = InverseCdf.of(new Distribution.Beta(2, 1, 10, 20));
    assertThat(b.applyAsDouble(0.25)).isCloseTo(15, within(1e-8));
    // Beta(2, 4): its CDF at the quantile is the level (Hipparchus 3.1 BetaDistribution).
    InverseCdf b24 = InverseCdf.of(new Distribution.Beta(2, 4, 0, 1));
    BetaDistribution ref = new BetaDistribution(2, 4);
    for (double u : new double[] {0.1, 0.5, 0.9}) {
      assertThat(ref.cumulativeProbability(b24.applyAsDouble(u))).isCloseTo(u, within(1e-8));
    }
  }

  @Test
  void discreteSortsValuesAndSkipsZeroWeights() {
    // The singapore-2018 window: values 10, 20, 30 with weights 1, 2, 1 → CDF 0.25, 0.75, 1.
    InverseCdf d =
        InverseCdf.of(new Distribution.Discrete(List.of(30.0, 10.0, 20.0), List.of(1.0, 1.0, 2.0)));
    assertThat(d.applyAsDouble(0.1)).isEqualTo(10);
    assertThat(d.applyAsDouble(0.24)).isEqualTo(10);
    assertThat(d.applyAsDouble(0.25)).isEqualTo(20);
    assertThat(d.applyAsDouble(0.5)).isEqualTo(20);
    assertThat(d.applyAsDouble(0.9)).isEqualTo(30);
    assertThat(d.applyAsDouble(1.0)).isEqualTo(30);
    InverseCdf z =
        InverseCdf.of(new Distribution.Discrete(List.of(1.0, 2.0, 3.0), List.of(0.0, 1.0, 0.0)));
    assertThat(z.applyAsDouble(0)).isEqualTo(2);
    assertThat(z.applyAsDouble(1)).isEqualTo(2);
  }

  @Test
  void samplingReproducesTheMeans() {
    SplittableRandom rng = new SplittableRandom(42);
    // Means in closed form: triangular (a + c + b)/3 = 20; Beta(2, 4) 1/3; discrete 20.
    assertThat(mean(InverseCdf.of(new Distribution.Triangular(0, 20, 40)), rng))
        .isCloseTo(20, within(0.2));
    assertThat(mean(InverseCdf.of(new Distribution.Beta(2, 4, 0, 1)), rng))
        .isCloseTo(1.0 / 3, within(0.01));
    assertThat(
            mean(
                InverseCdf.of(
                    new Distribution.Discrete(List.of(10.0, 20.0, 30.0), List.of(1.0, 2.0, 1.0))),
                rng))
        .isCloseTo(20, within(0.2));
  }

  private static double mean(InverseCdf q, SplittableRandom rng) {
    double s = 0;
    int n = 40_000;
    for (int i = 0; i < n; i++) {
      s += q.applyAsDouble(rng.nextDouble());
    }
    return s / n;
  }

  @Test
  void rejectsLevelsOutsideTheUnitInterval() {
    assertThatThrownBy(() -> InverseCdf.of(new Distribution.Uniform(0, 1)).applyAsDouble(1.5))
        .hasMessageContaining("1.5");
  }

  @Property(tries = 300)
  void normalQuantileInvertsTheCdfToFullRelativePrecision(
      @ForAll @DoubleRange(min = -300, max = -0.31) double log10p) {
    // Certificate: Φ(Φ⁻¹(p)) = p, with Φ from the complementary error function.
    double p = Math.pow(10, log10p);
    double x = InverseCdf.phiInverse(p);
    assertThat(InverseCdf.phi(x) / p).isCloseTo(1.0, within(1e-12));
    assertThat(InverseCdf.phiInverse(1 - 1e-3))
        .isCloseTo(-InverseCdf.phiInverse(1e-3), within(1e-12));
  }

  @Provide
  Arbitrary<Distribution> distributions() {
    return Arbitraries.oneOf(
        Arbitraries.doubles()
            .between(-100, 100)
            .map(a -> (Distribution) new Distribution.Uniform(a, a + 5)),
        Arbitraries.doubles()
            .between(0, 1)
            .map(c -> (Distribution) new Distribution.Triangular(0, c * 10, 10)),
        Arbitraries.doubles()
            .between(-5, 5)
            .map(m -> (Distribution) new Distribution.TruncatedNormal(m, 1.5, -2, 3)),
        Arbitraries.doubles()
            .between(0.2, 8)
            .map(a -> (Distribution) new Distribution.Beta(a, 2, 5, 7)),
        Arbitraries.just(
            new Distribution.Discrete(List.of(3.0, 1.0, 2.0), List.of(1.0, 0.0, 3.0))));
  }

  @Property(tries = 200)
  void monotoneAndInsideTheSupport(
      @ForAll("distributions") Distribution d,
      @ForAll @DoubleRange(min = 0, max = 1) double u,
      @ForAll @DoubleRange(min = 0, max = 1) double v) {
    InverseCdf q = InverseCdf.of(d);
    double a = q.applyAsDouble(Math.min(u, v));
    double b = q.applyAsDouble(Math.max(u, v));
    assertThat(a).isLessThanOrEqualTo(b);
    assertThat(a).isBetween(d.min(), d.max());
    assertThat(b).isBetween(d.min(), d.max());
  }
}
