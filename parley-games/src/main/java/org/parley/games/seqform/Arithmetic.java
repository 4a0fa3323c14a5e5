package org.parley.games.seqform;

import org.parley.games.Rational;

/**
 * The number field a pivoting tableau computes in, with the comparison tolerance that goes with it:
 * exact rationals compare exactly ({@code eps = 0}); doubles use Gambit 16.7's tableau tolerance
 * {@code eps = 1e-8} (the {@code eps2} of its {@code TableauInterface}, after Murtagh, <i>Advanced
 * Linear Programming</i>, 1981).
 *
 * @param <T> the number type
 */
interface Arithmetic<T> {
  T zero();

  T of(Rational r);

  T add(T a, T b);

  T subtract(T a, T b);

  T multiply(T a, T b);

  T divide(T a, T b);

  /** {@code a > b + eps}. */
  boolean greaterBeyondEps(T a, T b);

  /** {@code a < b}, exactly as stored. */
  boolean less(T a, T b);

  /** {@code a > eps}. */
  boolean positive(T a);

  boolean isZero(T a);

  T[] newArray(int n);

  double toDouble(T a);

  /** Exact rationals, tolerance 0. */
  Arithmetic<Rational> EXACT =
      new Arithmetic<>() {
        @Override
        public Rational zero() {
          return Rational.ZERO;
        }

        @Override
        public Rational of(Rational r) {
          return r;
        }

        @Override
        public Rational add(Rational a, Rational b) {
          return a.add(b);
        }

        @Override
        public Rational subtract(Rational a, Rational b) {
          return a.subtract(b);
        }

        @Override
        public Rational multiply(Rational a, Rational b) {
          return a.multiply(b);
        }

        @Override
        public Rational divide(Rational a, Rational b) {
          return a.divide(b);
        }

        @Override
        public boolean greaterBeyondEps(Rational a, Rational b) {
          return a.compareTo(b) > 0;
        }

        @Override
        public boolean less(Rational a, Rational b) {
          return a.compareTo(b) < 0;
        }

        @Override
        public boolean positive(Rational a) {
          return a.signum() > 0;
        }

        @Override
        public boolean isZero(Rational a) {
          return a.signum() == 0;
        }

        @Override
        public Rational[] newArray(int n) {
          return new Rational[n];
        }

        @Override
        public double toDouble(Rational a) {
          return a.doubleValue();
        }
      };

  /** Doubles with tolerance {@code 1e-8}. */
  Arithmetic<Double> FLOATING =
      new Arithmetic<>() {
        private static final double EPS = 1e-8;

        @Override
        public Double zero() {
          return 0.0;
        }

        @Override
        public Double of(Rational r) {
          return r.doubleValue();
        }

        @Override
        public Double add(Double a, Double b) {
          return a + b;
        }

        @Override
        public Double subtract(Double a, Double b) {
          return a - b;
        }

        @Override
        public Double multiply(Double a, Double b) {
          return a * b;
        }

        @Override
        public Double divide(Double a, Double b) {
          return a / b;
        }

        @Override
        public boolean greaterBeyondEps(Double a, Double b) {
          return a > b + EPS;
        }

        @Override
        public boolean less(Double a, Double b) {
          return a < b;
        }

        @Override
        public boolean positive(Double a) {
          return a > EPS;
        }

        @Override
        public boolean isZero(Double a) {
          return a == 0.0;
        }

        @Override
        public Double[] newArray(int n) {
          return new Double[n];
        }

        @Override
        public double toDouble(Double a) {
          return a;
        }
      };
}
