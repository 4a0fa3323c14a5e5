package org.parley.verification.safeguards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parley.games.Rational;

class SignificantQuantitiesTest {
  @Test
  void tableTwoOfTheSafeguardsGlossary() {
    // Source: IAEA Safeguards Glossary 2001, Table II (verification.md §6).
    assertThat(Material.PU.significantQuantityKg()).isEqualTo(Rational.of(8));
    assertThat(Material.U233.significantQuantityKg()).isEqualTo(Rational.of(8));
    assertThat(Material.HEU.significantQuantityKg()).isEqualTo(Rational.of(25));
    assertThat(Material.LEU.significantQuantityKg()).isEqualTo(Rational.of(75));
    assertThat(Material.NATU.significantQuantityKg()).isEqualTo(Rational.of(10_000));
    assertThat(Material.DEPU.significantQuantityKg()).isEqualTo(Rational.of(20_000));
    assertThat(Material.TH.significantQuantityKg()).isEqualTo(Rational.of(20_000));
  }

  @Test
  void northKoreanEstimatesInSignificantQuantities() {
    // ISIS end-2016 Pu estimate 33 kg (verification.md §6) / 8 kg = 33/8 SQ.
    assertThat(SignificantQuantities.of(Material.PU, Rational.of(33)))
        .isEqualTo(Rational.of(33, 8));
    // Hecker HEU 200–450 kg (taken as kg U-235) / 25 kg = 8 to 18 SQ.
    assertThat(SignificantQuantities.of(Material.HEU, Rational.of(200))).isEqualTo(Rational.of(8));
    assertThat(SignificantQuantities.of(Material.HEU, Rational.of(450))).isEqualTo(Rational.of(18));
    assertThat(SignificantQuantities.kilograms(Material.LEU, Rational.of(1, 3)))
        .isEqualTo(Rational.of(25));
    assertThatThrownBy(() -> SignificantQuantities.of(Material.PU, Rational.of(-1)))
        .hasMessageContaining("-1 kg");
  }

  @Test
  void timelinessAndDetectionGoals() {
    // Safeguards Glossary 2001 §3.20–3.21 as cited in verification.md §6.
    assertThat(TimelinessGoal.of(Material.PU, false).months()).isEqualTo(1);
    assertThat(TimelinessGoal.of(Material.PU, true).months()).isEqualTo(3);
    assertThat(TimelinessGoal.of(Material.LEU, false).months()).isEqualTo(12);
    assertThat(TimelinessGoal.of(Material.TH, true)).isEqualTo(TimelinessGoal.INDIRECT_USE);
    assertThat(DetectionLevel.HIGH.probability()).isEqualTo(Rational.of(9, 10));
    assertThat(DetectionLevel.LOW.probability()).isEqualTo(Rational.of(1, 5));
  }
}
