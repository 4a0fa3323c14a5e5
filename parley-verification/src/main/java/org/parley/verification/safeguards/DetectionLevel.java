package org.parley.verification.safeguards;

import org.parley.games.Rational;

/**
 * Detection-probability levels used in IAEA safeguards planning (Safeguards Glossary 2001 §3.21).
 */
public enum DetectionLevel {
  /** High: 90 %. */
  HIGH(Rational.of(9, 10)),
  /** Low: 20 %. */
  LOW(Rational.of(1, 5));

  private final Rational probability;

  DetectionLevel(Rational probability) {
    this.probability = probability;
  }

  /** The detection probability. */
  public Rational probability() {
    return probability;
  }
}
