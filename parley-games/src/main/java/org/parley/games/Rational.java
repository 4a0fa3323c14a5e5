package org.parley.games;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number {@code numerator / denominator}, always in lowest terms with a positive
 * denominator. Values whose numerator and denominator fit in a {@code long} are held as two longs
 * (fast path, overflow-checked with {@link Math#multiplyHigh}); larger values fall back to {@link
 * BigInteger}. Immutable; {@link #equals} and {@link #hashCode} are value-based.
 */
public final class Rational implements Comparable<Rational> {
  public static final Rational ZERO = new Rational(0, 1);
  public static final Rational ONE = new Rational(1, 1);

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  // Small form: big == null. Large form: bigNum/bigDen hold the value, num/den unused.
  private final long num;
  private final long den;
  private final BigInteger bigNum;
  private final BigInteger bigDen;

  private Rational(long num, long den) {
    this.num = num;
    this.den = den;
    this.bigNum = null;
    this.bigDen = null;
  }

  private Rational(BigInteger num, BigInteger den) {
    this.num = 0;
    this.den = 0;
    this.bigNum = num;
    this.bigDen = den;
  }

  /** The integer {@code n}. */
  public static Rational of(long n) {
    if (n == 0) {
      return ZERO;
    }
    if (n == 1) {
      return ONE;
    }
    return new Rational(n, 1);
  }

  /** {@code p / q}, reduced; throws {@link ArithmeticException} when {@code q == 0}. */
  public static Rational of(long p, long q) {
    if (q == 0) {
      throw new ArithmeticException("division by zero: " + p + "/0");
    }
    if (p == Long.MIN_VALUE || q == Long.MIN_VALUE) {
      return of(BigInteger.valueOf(p), BigInteger.valueOf(q));
    }
    if (q < 0) {
      p = -p;
      q = -q;
    }
    long g = gcd(Math.abs(p), q);
    if (g != 1) {
      p /= g;
      q /= g;
    }
    return make(p, q);
  }

  /** {@code p / q}, reduced; throws {@link ArithmeticException} when {@code q == 0}. */
  public static Rational of(BigInteger p, BigInteger q) {
    Objects.requireNonNull(p, "p");
    Objects.requireNonNull(q, "q");
    if (q.signum() == 0) {
      throw new ArithmeticException("division by zero: " + p + "/0");
    }
    if (q.signum() < 0) {
      p = p.negate();
      q = q.negate();
    }
    BigInteger g = p.gcd(q);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      p = p.divide(g);
      q = q.divide(g);
    }
    return normalBig(p, q);
  }

  /** The exact value of a {@code BigDecimal}. */
  public static Rational of(BigDecimal d) {
    Objects.requireNonNull(d, "d");
    if (d.scale() <= 0) {
      return of(d.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
  }

  /** The exact binary value of a finite double. */
  public static Rational ofDouble(double x) {
    if (!Double.isFinite(x)) {
      throw new ArithmeticException("not a finite number: " + x);
    }
    return of(new BigDecimal(x));
  }

  /**
   * Parses an integer {@code -12}, a fraction {@code 3/6} or a decimal {@code -.5}, {@code 1.5E-1}.
   *
   * @throws NumberFormatException when the text is not a number
   * @throws ArithmeticException when a fraction has denominator 0
   */
  public static Rational parse(String text) {
    Objects.requireNonNull(text, "text");
    int slash = text.indexOf('/');
    if (slash >= 0) {
      BigInteger p = new BigInteger(text.substring(0, slash));
      BigInteger q = new BigInteger(text.substring(slash + 1));
      return of(p, q);
    }
    return of(new BigDecimal(text));
  }

  private static Rational make(long p, long q) {
    if (q == 1) {
      if (p == 0) {
        return ZERO;
      }
      if (p == 1) {
        return ONE;
      }
    }
    return new Rational(p, q);
  }

  private static Rational normalBig(BigInteger p, BigInteger q) {
    if (p.bitLength() < 63 && q.bitLength() < 63) {
      return make(p.longValue(), q.longValue());
    }
    return new Rational(p, q);
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a == 0 ? 1 : a;
  }

  private boolean isSmall() {
    return bigNum == null;
  }

  /** Numerator (lowest terms, carries the sign). */
  public BigInteger numerator() {
    return isSmall() ? BigInteger.valueOf(num) : bigNum;
  }

  /** Denominator (lowest terms, positive). */
  public BigInteger denominator() {
    return isSmall() ? BigInteger.valueOf(den) : bigDen;
  }

  public Rational add(Rational o) {
    if (isSmall() && o.isSmall()) {
      if (den == o.den) {
        long r = num + o.num;
        if (((num ^ r) & (o.num ^ r)) >= 0) {
          return of(r, den);
        }
      } else {
        long p1 = num * o.den;
        long p2 = o.num * den;
        long q = den * o.den;
        if (!mulOverflows(num, o.den, p1)
            && !mulOverflows(o.num, den, p2)
            && !mulOverflows(den, o.den, q)) {
          long r = p1 + p2;
          if (((p1 ^ r) & (p2 ^ r)) >= 0) {
            return of(r, q);
          }
        }
      }
    }
    return of(
        numerator().multiply(o.denominator()).add(o.numerator().multiply(denominator())),
        denominator().multiply(o.denominator()));
  }

  /** True when {@code a * b} (whose low 64 bits are {@code lo}) overflowed a long. */
  private static boolean mulOverflows(long a, long b, long lo) {
    return Math.multiplyHigh(a, b) != (lo >> 63) || a == Long.MIN_VALUE || b == Long.MIN_VALUE;
  }

  public Rational subtract(Rational o) {
    return add(o.negate());
  }

  public Rational multiply(Rational o) {
    if (isSmall() && o.isSmall()) {
      if (num == 0 || o.num == 0) {
        return ZERO;
      }
      // cross-reduce first to keep numbers small
      long g1 = gcd(Math.abs(num), o.den);
      long g2 = gcd(Math.abs(o.num), den);
      long a = num / g1;
      long b = o.num / g2;
      long c = den / g2;
      long d = o.den / g1;
      long p = a * b;
      long q = c * d;
      if (!mulOverflows(a, b, p) && !mulOverflows(c, d, q)) {
        return make(p, q);
      }
    }
    return of(numerator().multiply(o.numerator()), denominator().multiply(o.denominator()));
  }

  public Rational multiply(long k) {
    return multiply(of(k));
  }

  public Rational divide(Rational o) {
    if (o.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    return multiply(o.reciprocal());
  }

  public Rational reciprocal() {
    if (isSmall()) {
      return of(den, num);
    }
    return of(bigDen, bigNum);
  }

  public Rational negate() {
    if (isSmall() && num != Long.MIN_VALUE) {
      return make(-num, den);
    }
    return of(numerator().negate(), denominator());
  }

  public Rational abs() {
    return signum() < 0 ? negate() : this;
  }

  public int signum() {
    return isSmall() ? Long.signum(num) : bigNum.signum();
  }

  public boolean isZero() {
    return signum() == 0;
  }

  public boolean isInteger() {
    return isSmall() ? den == 1 : bigDen.equals(BigInteger.ONE);
  }

  public Rational max(Rational o) {
    return compareTo(o) >= 0 ? this : o;
  }

  public Rational min(Rational o) {
    return compareTo(o) <= 0 ? this : o;
  }

  @Override
  public int compareTo(Rational o) {
    if (isSmall() && o.isSmall()) {
      if (den == o.den) {
        return Long.compare(num, o.num);
      }
      long p1 = num * o.den;
      long p2 = o.num * den;
      if (!mulOverflows(num, o.den, p1) && !mulOverflows(o.num, den, p2)) {
        return Long.compare(p1, p2);
      }
    }
    return numerator().multiply(o.denominator()).compareTo(o.numerator().multiply(denominator()));
  }

  /** The nearest double (correctly rounded, ties to even). */
  public double doubleValue() {
    if (isSmall() && Math.abs(num) < (1L << 53) && den < (1L << 53)) {
      return (double) num / (double) den;
    }
    return toDouble(numerator(), denominator());
  }

  /**
   * The double nearest to {@code n / d} (correctly rounded, ties to even), without building the
   * fraction: one integer division to 65 significant bits plus a sticky bit for the remainder, then
   * {@link BigInteger#doubleValue()}, which rounds correctly. Much faster than going through {@code
   * BigDecimal}, whose {@code doubleValue} parses a string.
   *
   * @throws ArithmeticException when {@code d} is zero
   */
  public static double toDouble(BigInteger n, BigInteger d) {
    if (d.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (n.signum() == 0) {
      return 0;
    }
    if (n.bitLength() <= 53 && d.bitLength() <= 53) {
      return n.doubleValue() / d.doubleValue(); // both exact, one rounding
    }
    boolean negative = n.signum() != d.signum();
    BigInteger a = n.abs();
    BigInteger b = d.abs();
    int shift = 65 - (a.bitLength() - b.bitLength()); // the quotient gets 65 or 66 bits
    BigInteger[] qr =
        (shift >= 0 ? a.shiftLeft(shift) : a)
            .divideAndRemainder(shift >= 0 ? b : b.shiftLeft(-shift));
    BigInteger q = qr[0].shiftLeft(1);
    if (qr[1].signum() != 0) {
      q = q.setBit(0); // sticky: the true quotient lies strictly above q
    }
    double value = Math.scalb(q.doubleValue(), -shift - 1);
    return negative ? -value : value;
  }

  /**
   * The value rounded half-up to {@code decimals} places, formatted as Gambit's {@code -d N} option
   * prints it (fixed notation, exactly {@code decimals} digits after the point).
   */
  public String toDecimalString(int decimals) {
    BigDecimal d =
        new BigDecimal(numerator())
            .divide(new BigDecimal(denominator()), decimals, RoundingMode.HALF_EVEN);
    return d.toPlainString();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Rational o)) {
      return false;
    }
    if (isSmall() && o.isSmall()) {
      return num == o.num && den == o.den;
    }
    return numerator().equals(o.numerator()) && denominator().equals(o.denominator());
  }

  @Override
  public int hashCode() {
    if (isSmall()) {
      return Long.hashCode(num) * 31 + Long.hashCode(den);
    }
    // large values never equal small ones (normalised), any consistent hash works
    return bigNum.hashCode() * 31 + bigDen.hashCode();
  }

  /** {@code p/q}, or {@code p} when the value is an integer (Gambit's exact format). */
  @Override
  public String toString() {
    if (isSmall()) {
      return den == 1 ? Long.toString(num) : num + "/" + den;
    }
    return bigDen.equals(BigInteger.ONE) ? bigNum.toString() : bigNum + "/" + bigDen;
  }

  static boolean fitsLong(BigInteger b) {
    return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
  }
}
