package org.parley.verification.inspection;

import static java.util.Objects.requireNonNull;

import org.parley.games.Rational;
import org.parley.verification.Requires;

/**
 * The 2×2 inspection game with false alarms, detection errors and an inspection cost, in the payoff
 * scheme of Avenhaus, von Stengel and Zamir (2002, §3). The inspector inspects or not; the
 * inspectee acts legally or violates. An inspection costs {@code k}, detects a violation with
 * probability {@code 1 - β} and raises a false alarm on a legal inspectee with probability {@code
 * α}. Payoffs (inspector, inspectee): legal and no alarm {@code (0, 0)}; false alarm {@code (-e,
 * -h)}; detected violation {@code (-a, -b)}; undetected violation {@code (-c, d)}, with {@code 0 <
 * a < c} and {@code e, h, b, d > 0}.
 *
 * <p>Build one with {@link #builder()}; solve it with {@link InspectionGameSolver}.
 *
 * @param alpha false-alarm probability {@code α} of one inspection
 * @param beta non-detection probability {@code β} of one inspection
 * @param a the inspector's loss for a detected violation
 * @param c the inspector's loss for an undetected violation
 * @param e the inspector's loss for a false alarm
 * @param k the cost of inspecting
 * @param b the inspectee's loss when caught (the penalty)
 * @param d the inspectee's gain from an undetected violation
 * @param h the inspectee's loss from a false alarm
 */
public record InspectionGame(
    Rational alpha,
    Rational beta,
    Rational a,
    Rational c,
    Rational e,
    Rational k,
    Rational b,
    Rational d,
    Rational h) {
  public InspectionGame {
    Requires.probability("alpha", alpha);
    Requires.probability("beta", beta);
    Requires.positive("a", a);
    Requires.positive("c", c);
    if (a.compareTo(c) >= 0) {
      throw new IllegalArgumentException(
          "a is "
              + a
              + " and c is "
              + c
              + "; a detected violation must cost the inspector less than an"
              + " undetected one (0 < a < c)");
    }
    Requires.positive("e", e);
    Requires.nonNegative("k", k);
    Requires.positive("b", b);
    Requires.positive("d", d);
    Requires.positive("h", h);
  }

  /** A builder; every parameter must be set except {@code alpha} and {@code k} (default 0). */
  public static Builder builder() {
    return new Builder();
  }

  /** The detection probability {@code 1 - β} of one inspection. */
  public Rational detection() {
    return Rational.ONE.subtract(beta);
  }

  /** Inspector's payoff for (inspect?, violate?) as pure strategies. */
  public Rational inspectorPayoff(boolean inspect, boolean violate) {
    if (!inspect) {
      return violate ? c.negate() : Rational.ZERO;
    }
    if (violate) {
      return a.negate().multiply(detection()).subtract(c.multiply(beta)).subtract(k);
    }
    return e.negate().multiply(alpha).subtract(k);
  }

  /** Inspectee's payoff for (inspect?, violate?) as pure strategies. */
  public Rational inspecteePayoff(boolean inspect, boolean violate) {
    if (!inspect) {
      return violate ? d : Rational.ZERO;
    }
    if (violate) {
      return d.multiply(beta).subtract(b.multiply(detection()));
    }
    return h.negate().multiply(alpha);
  }

  /**
   * Inspector's expected payoff when inspecting with {@code p} against violation probability {@code
   * t}.
   */
  public Rational inspectorPayoff(Rational p, Rational t) {
    return mix(p, t, true);
  }

  /**
   * Inspectee's expected payoff when inspecting with {@code p} against violation probability {@code
   * t}.
   */
  public Rational inspecteePayoff(Rational p, Rational t) {
    return mix(p, t, false);
  }

  private Rational mix(Rational p, Rational t, boolean inspector) {
    Rational sum = Rational.ZERO;
    for (int i = 0; i < 2; i++) {
      Rational pi = i == 0 ? p : Rational.ONE.subtract(p);
      for (int j = 0; j < 2; j++) {
        Rational tj = j == 0 ? t : Rational.ONE.subtract(t);
        Rational u = inspector ? inspectorPayoff(i == 0, j == 0) : inspecteePayoff(i == 0, j == 0);
        sum = sum.add(pi.multiply(tj).multiply(u));
      }
    }
    return sum;
  }

  /**
   * The smallest detection probability {@code 1 - β} at which the inspectee stays legal under
   * certain inspection: {@code (d + hα) / (b + d)} (Avenhaus, von Stengel, Zamir 2002 §3; with
   * {@code α = 0} it is {@code d / (b + d)}).
   */
  public Rational deterrenceThreshold() {
    return d.add(h.multiply(alpha)).divide(b.add(d));
  }

  /** Builder for {@link InspectionGame}. */
  public static final class Builder {
    private Rational alpha = Rational.ZERO;
    private Rational beta;
    private Rational a;
    private Rational c;
    private Rational e;
    private Rational k = Rational.ZERO;
    private Rational b;
    private Rational d;
    private Rational h;

    private Builder() {}

    public Builder alpha(Rational v) {
      alpha = v;
      return this;
    }

    public Builder beta(Rational v) {
      beta = v;
      return this;
    }

    public Builder a(Rational v) {
      a = v;
      return this;
    }

    public Builder c(Rational v) {
      c = v;
      return this;
    }

    public Builder e(Rational v) {
      e = v;
      return this;
    }

    public Builder k(Rational v) {
      k = v;
      return this;
    }

    public Builder b(Rational v) {
      b = v;
      return this;
    }

    public Builder d(Rational v) {
      d = v;
      return this;
    }

    public Builder h(Rational v) {
      h = v;
      return this;
    }

    /** The game; throws {@link IllegalArgumentException} naming the first bad parameter. */
    public InspectionGame build() {
      return new InspectionGame(
          requireNonNull(alpha, "alpha"),
          requireNonNull(beta, "beta"),
          requireNonNull(a, "a"),
          requireNonNull(c, "c"),
          requireNonNull(e, "e"),
          requireNonNull(k, "k"),
          requireNonNull(b, "b"),
          requireNonNull(d, "d"),
          requireNonNull(h, "h"));
    }
  }
}
