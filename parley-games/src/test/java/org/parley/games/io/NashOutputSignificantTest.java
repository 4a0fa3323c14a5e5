package org.parley.games.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link NashOutput#formatSignificant} against C's {@code %.Ng}. */
class NashOutputSignificantTest {
  // Expected strings: glibc 2.x printf("%.10g" / "%.3g" / "%.1g" / "%.0g") on the same doubles
  // (a 3-line C program, strtod of the first column); the first rows are also digits Gambit 16.7.0
  // printed in gambit-logit -q -e -d 10 outputs (contrib__2x2x2, watson2013 fig29_1, selten1975
  // fig1).
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "0.49999995|0.49999995|0.5|0.5|0.5",
        "1|1|1|1|1",
        "0|0|0|0|0",
        "8.612028497e-16|8.612028497e-16|8.61e-16|9e-16|9e-16",
        "4.9e-324|4.940656458e-324|4.94e-324|5e-324|5e-324",
        "0.5740458506|0.5740458506|0.574|0.6|0.6",
        "1e-4|0.0001|0.0001|0.0001|0.0001",
        "0.0001234567891|0.0001234567891|0.000123|0.0001|0.0001",
        "99999.99999|99999.99999|1e+05|1e+05|1e+05",
        "9999999999.5|1e+10|1e+10|1e+10|1e+10",
        "12345678901|1.23456789e+10|1.23e+10|1e+10|1e+10",
        "0.000099999999999|0.0001|0.0001|0.0001|0.0001",
        "-2.5|-2.5|-2.5|-2|-2",
        "1e100|1e+100|1e+100|1e+100|1e+100",
        "1.7976931348623157e308|1.797693135e+308|1.8e+308|2e+308|2e+308",
        "2.2250738585072014e-308|2.225073859e-308|2.23e-308|2e-308|2e-308",
        "0.15|0.15|0.15|0.1|0.1",
        "0.25|0.25|0.25|0.2|0.2",
        "1.5|1.5|1.5|2|2",
        "2.5|2.5|2.5|2|2",
        "123456789.5|123456789.5|1.23e+08|1e+08|1e+08",
        "-0.0|-0|-0|-0|-0",
        "1e-5|1e-05|1e-05|1e-05|1e-05",
        "9.9999999995e-5|0.0001|0.0001|0.0001|0.0001"
      })
  void matchesCPrintf(String in, String g10, String g3, String g1, String g0) {
    double x = Double.parseDouble(in);
    assertThat(NashOutput.formatSignificant(x, 10)).isEqualTo(g10);
    assertThat(NashOutput.formatSignificant(x, 3)).isEqualTo(g3);
    assertThat(NashOutput.formatSignificant(x, 1)).isEqualTo(g1);
    assertThat(NashOutput.formatSignificant(x, 0)).isEqualTo(g0);
  }

  @Test
  void gambitLogitLine() {
    // out/contrib__2x2x2__logit-e__16.7.0.txt (Gambit 16.7.0) prints these six numbers
    double[] p = {0.49999995, 0.49999995, 0.5, 0.5, 0.5740458506, 0.4259541494};
    assertThat(NashOutput.significant(p, 10))
        .isEqualTo("NE,0.49999995,0.49999995,0.5,0.5,0.5740458506,0.4259541494");
  }

  @Property(tries = 300)
  void parsesBackToTheRoundedValue(
      @ForAll @DoubleRange(min = -1e12, max = 1e12) double x,
      @ForAll @IntRange(min = 1, max = 17) int digits) {
    String s = NashOutput.formatSignificant(x, digits);
    BigDecimal expected = new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN));
    assertThat(new BigDecimal(s).compareTo(expected)).isZero();
    String mantissa = s.contains("e") ? s.substring(0, s.indexOf('e')) : s;
    if (mantissa.contains(".")) {
      assertThat(mantissa).doesNotEndWith("0").doesNotEndWith(".");
    }
  }
}
