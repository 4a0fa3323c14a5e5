package org.parley.verification.safeguards;

import static java.util.Objects.requireNonNull;

import org.parley.games.Rational;

/**
 * Converts between kilograms and significant quantities exactly (IAEA Safeguards Glossary 2001,
 * Table II). Kilograms are those of the material's {@link Material#measure()}.
 */
public final class SignificantQuantities {
  private SignificantQuantities() {}

  /**
   * How many SQs {@code kilograms} of {@code material} make.
   *
   * @throws IllegalArgumentException when {@code kilograms < 0}
   */
  public static Rational of(Material material, Rational kilograms) {
    requireNonNull(material, "material");
    requireNonNull(kilograms, "kilograms");
    if (kilograms.signum() < 0) {
      throw new IllegalArgumentException("amount is " + kilograms + " kg; it must be >= 0");
    }
    return kilograms.divide(material.significantQuantityKg());
  }

  /** How many kilograms {@code sq} significant quantities of {@code material} are. */
  public static Rational kilograms(Material material, Rational sq) {
    requireNonNull(material, "material");
    requireNonNull(sq, "sq");
    if (sq.signum() < 0) {
      throw new IllegalArgumentException("amount is " + sq + " SQ; it must be >= 0");
    }
    return sq.multiply(material.significantQuantityKg());
  }
}
