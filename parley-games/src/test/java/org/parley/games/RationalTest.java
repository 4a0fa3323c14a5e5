package org.parley.games;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class RationalTest {
  @Test
  void reducesAndFormatsLikeGambit() {
    // closed form: 3/6 = 1/2, -4/-8 = 1/2, 6/3 = 2
    assertThat(Rational.of(3, 6)).hasToString("1/2");
    assertThat(Rational.of(-4, -8)).isEqualTo(Rational.of(1, 2));
    assertThat(Rational.of(6, 3)).hasToString("2");
    assertThat(Rational.of(0, 5)).isEqualTo(Rational.ZERO);
  }

  @Test
  void parsesEveryGambitNumberForm() {
    // values from docs/models/games.md §1 and format_cases/cases.tsv
    assertThat(Rational.parse("-.5")).isEqualTo(Rational.of(-1, 2));
    assertThat(Rational.parse("1e1")).isEqualTo(Rational.of(10));
    assertThat(Rational.parse("1.5E-1")).isEqualTo(Rational.of(3, 20));
    assertThat(Rational.parse("3/6")).isEqualTo(Rational.of(1, 2));
    assertThat(Rational.parse("0.333334")).isEqualTo(Rational.of(166667, 500000));
    assertThatThrownBy(() -> Rational.parse("2/0")).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void overflowFallsBackToBigInteger() {
    Rational big = Rational.of(Long.MAX_VALUE, 2); // MAX_VALUE is odd: already reduced
    Rational sq = big.multiply(big);
    assertThat(sq.numerator()).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).pow(2));
    assertThat(sq.denominator()).isEqualTo(BigInteger.valueOf(4));
    assertThat(sq.divide(big)).isEqualTo(big);
    assertThat(big.add(big).subtract(big)).isEqualTo(big);
  }

  @Test
  void decimalFormattingRoundsHalfEven() {
    assertThat(Rational.of(1, 3).toDecimalString(10)).isEqualTo("0.3333333333");
    assertThat(Rational.of(2, 3).toDecimalString(4)).isEqualTo("0.6667");
  }

  @Property
  void fieldLaws(
      @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
      @ForAll @LongRange(min = 1, max = 1_000_000_000_000L) long b,
      @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long c,
      @ForAll @LongRange(min = 1, max = 1_000_000_000_000L) long d) {
    Rational x = Rational.of(a, b);
    Rational y = Rational.of(c, d);
    assertThat(x.add(y).subtract(y)).isEqualTo(x);
    assertThat(x.add(y)).isEqualTo(y.add(x));
    if (!y.isZero()) {
      assertThat(x.multiply(y).divide(y)).isEqualTo(x);
    }
    assertThat(Integer.signum(x.compareTo(y)))
        .isEqualTo(
            new java.math.BigDecimal(x.numerator())
                .multiply(new java.math.BigDecimal(y.denominator()))
                .compareTo(
                    new java.math.BigDecimal(y.numerator())
                        .multiply(new java.math.BigDecimal(x.denominator()))));
  }

  /**
   * {@link Rational#toDouble} is correctly rounded: no double is nearer to n/d, and at an exact tie
   * the even one is taken. Checked exactly against the neighbouring doubles.
   */
  @Property(tries = 500)
  void toDoubleIsCorrectlyRounded(
      @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
      @ForAll @LongRange(min = 1, max = 1_000_000_000_000L) long b,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 120) int scaleA,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 120) int scaleB) {
    BigInteger n = BigInteger.valueOf(a).shiftLeft(scaleA).add(BigInteger.valueOf(b % 7));
    BigInteger d = BigInteger.valueOf(b).shiftLeft(scaleB).add(BigInteger.valueOf(a & 3));
    double r = Rational.toDouble(n, d);
    Rational exact = Rational.of(n, d);
    Rational error = exact.subtract(Rational.ofDouble(r)).abs();
    for (double other : new double[] {Math.nextUp(r), Math.nextDown(r)}) {
      int c = error.compareTo(exact.subtract(Rational.ofDouble(other)).abs());
      assertThat(c).as("%s/%s -> %s against %s", n, d, r, other).isLessThanOrEqualTo(0);
      if (c == 0) {
        assertThat(Double.doubleToLongBits(r) & 1).as("tie to even").isZero();
      }
    }
    assertThat(Rational.toDouble(n.negate(), d)).isEqualTo(-r);
  }

  @Test
  void toDoubleOfSmallValuesIsTheDivision() {
    assertThat(Rational.toDouble(BigInteger.ONE, BigInteger.valueOf(3))).isEqualTo(1.0 / 3);
    assertThat(Rational.toDouble(BigInteger.ZERO, BigInteger.TEN)).isZero();
    assertThatThrownBy(() -> Rational.toDouble(BigInteger.ONE, BigInteger.ZERO))
        .isInstanceOf(ArithmeticException.class);
  }
}
