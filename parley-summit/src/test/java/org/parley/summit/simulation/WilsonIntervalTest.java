package org.parley.summit.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WilsonIntervalTest {
  @Test
  void matchesNewcombesTable() {
    // R. G. Newcombe (1998), Statistics in Medicine 17:857-872, Table I, method 3 (Wilson score
    // interval without continuity correction), to the 4 decimals printed there.
    assertInterval(81, 263, 0.2553, 0.3662);
    assertInterval(15, 148, 0.0624, 0.1605);
    assertInterval(0, 20, 0.0, 0.1611);
    assertInterval(1, 29, 0.0061, 0.1718);
  }

  private static void assertInterval(long x, long n, double lo, double hi) {
    Interval i = WilsonInterval.of95(x, n);
    assertThat(i.lo()).isCloseTo(lo, within(5e-5));
    assertThat(i.hi()).isCloseTo(hi, within(5e-5));
    assertThat(i.confidence()).isEqualTo(0.95);
  }

  @Test
  void z95IsTheNormalQuantile() {
    // Φ⁻¹(0.975) = 1.959963984540054 (Abramowitz & Stegun 1964, Table 26.5 gives 1.959964).
    assertThat(WilsonInterval.Z95).isCloseTo(1.959963984540054, within(1e-12));
  }

  @Property
  void containsTheEstimateAndStaysInTheUnitInterval(
      @ForAll @IntRange(min = 1, max = 1_000_000) int n,
      @ForAll @IntRange(min = 0, max = 1_000_000) int x0) {
    int x = x0 % (n + 1);
    Interval i = WilsonInterval.of95(x, n);
    assertThat(i.contains((double) x / n)).isTrue();
    assertThat(i.lo()).isGreaterThanOrEqualTo(0);
    assertThat(i.hi()).isLessThanOrEqualTo(1);
    assertThat(i.hi()).isGreaterThan(i.lo());
  }

  @Property(tries = 50)
  void widerAtHigherConfidence(
      @ForAll @IntRange(min = 1, max = 10_000) int n,
      @ForAll @IntRange(min = 0, max = 10_000) int x0) {
    int x = x0 % (n + 1);
    Interval i95 = WilsonInterval.of(x, n, 0.95);
    Interval i99 = WilsonInterval.of(x, n, 0.99);
    assertThat(i99.lo()).isLessThanOrEqualTo(i95.lo());
    assertThat(i99.hi()).isGreaterThanOrEqualTo(i95.hi());
  }

  @Test
  void rejectsImpossibleCounts() {
    assertThatThrownBy(() -> WilsonInterval.of95(3, 2))
        .hasMessageContaining("3 successes out of 2");
    assertThatThrownBy(() -> WilsonInterval.of95(0, 0)).hasMessageContaining("n > 0");
  }
}
