package org.parley.games.seqform;

import java.math.BigInteger;
import java.util.Optional;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;

/**
 * Turns a floating-point profile into an exact one when the exact one is an equilibrium: each
 * probability is replaced by the best rational approximation with a bounded denominator (continued
 * fractions; Khinchin, <i>Continued Fractions</i>, 1964, Thm 15), the last probability of each
 * distribution by one minus the others, and the candidate is kept only if its exact regrets are all
 * zero. Equilibria found by pivoting methods have rational coordinates with small denominators in
 * typical games, so this recovers Gambit's exact output without exact pivoting.
 */
public final class ExactRecovery {
  private ExactRecovery() {}

  /**
   * Best rational approximation of {@code x} with denominator ≤ {@code maxDen}, within {@code tol}.
   */
  public static Optional<Rational> rationalise(double x, long maxDen, double tol) {
    if (!Double.isFinite(x)) {
      return Optional.empty();
    }
    double v = x;
    long h0 = 0;
    long h1 = 1;
    long k0 = 1;
    long k1 = 0;
    double r = v;
    for (int i = 0; i < 64; i++) {
      double fl = Math.floor(r);
      if (Math.abs(fl) > 1e15) {
        return Optional.empty();
      }
      long a = (long) fl;
      long h2 = a * h1 + h0;
      long k2 = a * k1 + k0;
      if (k2 > maxDen || k2 <= 0) {
        break;
      }
      h0 = h1;
      h1 = h2;
      k0 = k1;
      k1 = k2;
      if (Math.abs((double) h1 / k1 - x) <= tol) {
        return Optional.of(Rational.of(BigInteger.valueOf(h1), BigInteger.valueOf(k1)));
      }
      double frac = r - fl;
      if (frac < 1e-300) {
        break;
      }
      r = 1 / frac;
    }
    if (k1 > 0 && Math.abs((double) h1 / k1 - x) <= tol) {
      return Optional.of(Rational.of(BigInteger.valueOf(h1), BigInteger.valueOf(k1)));
    }
    return Optional.empty();
  }

  /**
   * Exact distribution close to {@code p}, or empty when some entry has no small rational near it.
   */
  static Optional<Rational[]> distribution(double[] p, long maxDen, double tol) {
    Rational[] out = new Rational[p.length];
    Rational sum = Rational.ZERO;
    for (int a = 0; a < p.length - 1; a++) {
      Optional<Rational> r = rationalise(p[a], maxDen, tol);
      if (r.isEmpty() || r.get().signum() < 0) {
        return Optional.empty();
      }
      out[a] = r.get();
      sum = sum.add(out[a]);
    }
    Rational last = Rational.ONE.subtract(sum);
    if (last.signum() < 0 || Math.abs(last.doubleValue() - p[p.length - 1]) > tol) {
      return Optional.empty();
    }
    out[p.length - 1] = last;
    return Optional.of(out);
  }

  /**
   * An exact behaviour profile near {@code b} whose exact regrets are all zero, if there is one.
   */
  public static Optional<BehaviourProfile> exactEquilibrium(
      ExtensiveFormGame game, BehaviourProfile b) {
    int n = b.numPlayers();
    Rational[][][] e = new Rational[n][][];
    for (int i = 0; i < n; i++) {
      e[i] = new Rational[b.numInfosets(i)][];
      for (int h = 0; h < e[i].length; h++) {
        double[] p = new double[b.numActions(i, h)];
        for (int a = 0; a < p.length; a++) {
          p[a] = b.probability(i, h, a);
        }
        Optional<Rational[]> d = distribution(p, 1_000_000L, 1e-7);
        if (d.isEmpty()) {
          return Optional.empty();
        }
        e[i][h] = d.get();
      }
    }
    BehaviourProfile exact = BehaviourProfile.ofRationals(e);
    for (Rational r : game.exactRegrets(exact)) {
      if (r.signum() > 0) {
        return Optional.empty();
      }
    }
    return Optional.of(exact);
  }

  /** An exact mixed profile near {@code m} whose exact regrets are all zero, if there is one. */
  public static Optional<MixedProfile> exactEquilibrium(NormalFormGame game, MixedProfile m) {
    int n = m.numPlayers();
    Rational[][] e = new Rational[n][];
    for (int i = 0; i < n; i++) {
      Optional<Rational[]> d = distribution(m.strategy(i), 1_000_000L, 1e-7);
      if (d.isEmpty()) {
        return Optional.empty();
      }
      e[i] = d.get();
    }
    MixedProfile exact = MixedProfile.ofRationals(e);
    for (Rational r : game.exactRegrets(exact)) {
      if (r.signum() > 0) {
        return Optional.empty();
      }
    }
    return Optional.of(exact);
  }
}
