package org.parley.verification;

import static java.util.Objects.requireNonNull;

import org.parley.games.Rational;

/**
 * Argument checks whose messages name the parameter, its value and what was expected, e.g. {@code
 * "beta is 3/2; it must be in [0, 1]"}. Used by the validating constructors of this module's
 * values.
 */
public final class Requires {
  private Requires() {}

  /** {@code x} in {@code [0, 1]}. */
  public static Rational probability(String name, Rational x) {
    requireNonNull(x, name);
    if (x.signum() < 0 || x.compareTo(Rational.ONE) > 0) {
      throw new IllegalArgumentException(name + " is " + x + "; it must be in [0, 1]");
    }
    return x;
  }

  /** {@code x} in {@code [0, 1]} (and not NaN). */
  public static double probability(String name, double x) {
    if (!(x >= 0 && x <= 1)) {
      throw new IllegalArgumentException(name + " is " + x + "; it must be in [0, 1]");
    }
    return x;
  }

  /** {@code x > 0}. */
  public static Rational positive(String name, Rational x) {
    requireNonNull(x, name);
    if (x.signum() <= 0) {
      throw new IllegalArgumentException(name + " is " + x + "; it must be > 0");
    }
    return x;
  }

  /** {@code x >= 0}. */
  public static Rational nonNegative(String name, Rational x) {
    requireNonNull(x, name);
    if (x.signum() < 0) {
      throw new IllegalArgumentException(name + " is " + x + "; it must be >= 0");
    }
    return x;
  }

  /** {@code x > 0} and finite. */
  public static double positive(String name, double x) {
    if (!(x > 0) || Double.isInfinite(x)) {
      throw new IllegalArgumentException(name + " is " + x + "; it must be a finite number > 0");
    }
    return x;
  }

  /** {@code x >= 0} and finite. */
  public static double nonNegative(String name, double x) {
    if (!(x >= 0) || Double.isInfinite(x)) {
      throw new IllegalArgumentException(name + " is " + x + "; it must be a finite number >= 0");
    }
    return x;
  }

  /** A finite double. */
  public static double finite(String name, double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException(name + " is " + x + "; it must be a finite number");
    }
    return x;
  }

  /** {@code n >= min}. */
  public static int atLeast(String name, int n, int min) {
    if (n < min) {
      throw new IllegalArgumentException(name + " is " + n + "; it must be >= " + min);
    }
    return n;
  }
}
