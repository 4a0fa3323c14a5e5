package org.parley.verification.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.games.Rational;

class AttributeSamplingTest {
  // Source: values.md, "Attribute sampling" table, exact column (1 - C(N-r,n)/C(N,n)).
  @ParameterizedTest(name = "N={0} r={1} n={2}")
  @CsvSource({"10, 1, 5, 1/2", "20, 2, 5, 17/38", "100, 5, 20, 41597/61110"})
  void exactReferenceValues(int items, int falsified, int n, String expected) {
    assertThat(new AttributeSampling(items, falsified).detection(n))
        .isEqualTo(Rational.parse(expected));
  }

  @Test
  void largeReferenceValue() {
    // Source: values.md, N=1000, r=10, n=100 → 0.6530722852 (decimal only in the table).
    Rational p = new AttributeSampling(1000, 10).detection(100);
    assertThat(p.toDecimalString(10)).isEqualTo("0.6530722852");
  }

  @Test
  void smallestSamples() {
    // Source: values.md, "Smallest sample for a goal": N=1000, r=10, 95 % → n = 258
    // (P = 0.950204); N=100, r=5, 90 % → n = 37.
    SampleSize big = new AttributeSampling(1000, 10).smallestSample(Rational.of(95, 100));
    assertThat(big).isInstanceOf(SampleSize.Reached.class);
    SampleSize.Reached reached = (SampleSize.Reached) big;
    assertThat(reached.size()).isEqualTo(258);
    assertThat(reached.detection().toDecimalString(6)).isEqualTo("0.950204");
    // the approximation N(1 - β^(1/r)) = 1000(1 - 0.05^(1/10)) = 258.7 (closed form,
    // verification.md §4)
    assertThat(reached.approximation()).isCloseTo(1000 * (1 - Math.pow(0.05, 0.1)), within(1e-9));
    SampleSize small = new AttributeSampling(100, 5).smallestSample(Rational.of(9, 10));
    assertThat(((SampleSize.Reached) small).size()).isEqualTo(37);
  }

  @Test
  void nothingFalsifiedCannotBeFound() {
    assertThat(new AttributeSampling(10, 0).smallestSample(Rational.of(1, 2)))
        .isInstanceOf(SampleSize.Unreachable.class);
    assertThat(new AttributeSampling(10, 0).detection(10)).isEqualTo(Rational.ZERO);
  }

  @Test
  void approximations() {
    // 1 - (1 - n/N)^r and 1 - (1 - r/N)^n (verification.md §4) for N=10, r=1, n=5: both 1/2.
    AttributeSampling s = new AttributeSampling(10, 1);
    assertThat(s.detectionApproxBySample(5)).isCloseTo(0.5, within(1e-15));
    assertThat(s.detectionApproxByFalsified(5)).isCloseTo(1 - Math.pow(0.9, 5), within(1e-15));
  }

  @Test
  void falsifiedItemsForADiversion() {
    // r = ⌈M/μ⌉ (verification.md §4): 8 kg at most 3 kg per item → 3 items; 9 kg → 3; 9.1 → 4.
    assertThat(AttributeSampling.falsifiedItems(new BigDecimal("8"), new BigDecimal("3")))
        .isEqualTo(3);
    assertThat(AttributeSampling.falsifiedItems(new BigDecimal("9"), new BigDecimal("3")))
        .isEqualTo(3);
    assertThat(AttributeSampling.falsifiedItems(new BigDecimal("9.1"), new BigDecimal("3")))
        .isEqualTo(4);
    assertThatThrownBy(() -> AttributeSampling.falsifiedItems(BigDecimal.ONE, BigDecimal.ZERO))
        .hasMessageContaining("must be > 0");
  }

  @Test
  void rejectsBadParameters() {
    assertThatThrownBy(() -> new AttributeSampling(10, 11)).hasMessageContaining("falsified is 11");
    assertThatThrownBy(() -> new AttributeSampling(10, 1).detection(11))
        .hasMessageContaining("sample size is 11");
    assertThatThrownBy(() -> new AttributeSampling(0, 0)).hasMessageContaining("items is 0");
  }

  @Property(tries = 200)
  void detectionIncreasesWithSampleSizeAndMatchesHypergeometric(
      @ForAll @IntRange(min = 1, max = 60) int items,
      @ForAll @IntRange(min = 0, max = 60) int falsifiedRaw,
      @ForAll @IntRange(min = 0, max = 59) int nRaw) {
    int r = falsifiedRaw % (items + 1);
    int n = nRaw % items;
    AttributeSampling s = new AttributeSampling(items, r);
    Rational p = s.detection(n);
    assertThat(s.detection(n + 1)).isGreaterThanOrEqualTo(p);
    // independent check: 1 - C(N-r, n)/C(N, n) with binomial coefficients
    Rational viaBinomials =
        Rational.ONE.subtract(
            Rational.of(
                org.parley.verification.Rationals.binomial(items - r, n),
                org.parley.verification.Rationals.binomial(items, n)));
    assertThat(p).isEqualTo(viaBinomials);
  }

  @Property(tries = 100)
  void smallestSampleIsMinimal(
      @ForAll @IntRange(min = 1, max = 200) int items,
      @ForAll @IntRange(min = 1, max = 200) int falsifiedRaw,
      @ForAll @IntRange(min = 1, max = 99) int goalPercent) {
    int r = 1 + (falsifiedRaw - 1) % items;
    AttributeSampling s = new AttributeSampling(items, r);
    Rational goal = Rational.of(goalPercent, 100);
    SampleSize.Reached reached = (SampleSize.Reached) s.smallestSample(goal);
    assertThat(s.detection(reached.size())).isGreaterThanOrEqualTo(goal);
    if (reached.size() > 0) {
      assertThat(s.detection(reached.size() - 1)).isLessThan(goal);
    }
  }
}
