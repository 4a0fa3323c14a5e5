package org.parley.verification.safeguards;

import java.util.Locale;
import org.parley.games.Rational;

/**
 * Nuclear material types with their significant quantity (SQ), the approximate amount from which a
 * nuclear explosive device cannot be excluded (IAEA Safeguards Glossary 2001, Table II). Each SQ is
 * measured in its own way: element mass for Pu and U-233, contained U-235 for HEU and LEU, total
 * element mass for natural and depleted uranium and thorium.
 */
public enum Material {
  /** Plutonium (less than 80 % Pu-238): 8 kg Pu. Direct use. */
  PU("plutonium", "kg Pu", Rational.of(8), true),
  /** Uranium-233: 8 kg U-233. Direct use. */
  U233("uranium-233", "kg U-233", Rational.of(8), true),
  /** High-enriched uranium (at least 20 % U-235): 25 kg U-235. Direct use. */
  HEU("high-enriched uranium", "kg U-235", Rational.of(25), true),
  /** Low-enriched uranium (under 20 % U-235): 75 kg U-235. Indirect use. */
  LEU("low-enriched uranium", "kg U-235", Rational.of(75), false),
  /** Natural uranium: 10 t U. Indirect use. */
  NATU("natural uranium", "kg U", Rational.of(10_000), false),
  /** Depleted uranium: 20 t U. Indirect use. */
  DEPU("depleted uranium", "kg U", Rational.of(20_000), false),
  /** Thorium: 20 t Th. Indirect use. */
  TH("thorium", "kg Th", Rational.of(20_000), false);

  private final String displayName;
  private final String measure;
  private final Rational significantQuantityKg;
  private final boolean directUse;

  Material(String displayName, String measure, Rational significantQuantityKg, boolean directUse) {
    this.displayName = displayName;
    this.measure = measure;
    this.significantQuantityKg = significantQuantityKg;
    this.directUse = directUse;
  }

  /** A readable name, e.g. "plutonium". */
  public String displayName() {
    return displayName;
  }

  /** What the kilograms count, e.g. "kg U-235". */
  public String measure() {
    return measure;
  }

  /** One significant quantity in kilograms of {@link #measure()}. */
  public Rational significantQuantityKg() {
    return significantQuantityKg;
  }

  /** Whether it is direct-use material (usable in a weapon without transmutation or enrichment). */
  public boolean directUse() {
    return directUse;
  }

  /** The command-line code: {@code pu, u233, heu, leu, natu, depu, th}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
