package org.parley.verification.inspection;

import static java.util.Objects.requireNonNull;

import org.parley.games.Rational;

/**
 * The equilibrium regimes of the 2×2 {@link InspectionGame}: the interior mixed equilibrium or one
 * of the two pure corners. Every regime gives the inspection probability {@code p}, the violation
 * probability {@code t} and both payoffs.
 */
public sealed interface InspectionEquilibrium {
  /** Probability the inspector inspects. */
  Rational inspection();

  /** Probability the inspectee violates. */
  Rational violation();

  /** The inspector's equilibrium payoff. */
  Rational inspectorPayoff();

  /** The inspectee's equilibrium payoff. */
  Rational inspecteePayoff();

  /**
   * Interior mixed equilibrium, when {@code k < (c - a)(1 - β)} and {@code dβ - b(1 - β) < -hα}:
   * {@code t* = (eα + k) / ((c - a)(1 - β) + eα)}, {@code p* = d / ((b + d)(1 - β) - hα)},
   * inspector {@code -c t*}, inspectee {@code -h α p*}.
   */
  record Mixed(
      Rational inspection, Rational violation, Rational inspectorPayoff, Rational inspecteePayoff)
      implements InspectionEquilibrium {
    public Mixed {
      requireNonNull(inspection, "inspection");
      requireNonNull(violation, "violation");
      requireNonNull(inspectorPayoff, "inspectorPayoff");
      requireNonNull(inspecteePayoff, "inspecteePayoff");
    }
  }

  /**
   * Pure corner (not inspect, violate): inspecting does not pay, {@code k >= (c - a)(1 - β)};
   * payoffs {@code (-c, d)}.
   */
  record NoInspection(Rational inspectorPayoff, Rational inspecteePayoff)
      implements InspectionEquilibrium {
    public NoInspection {
      requireNonNull(inspectorPayoff, "inspectorPayoff");
      requireNonNull(inspecteePayoff, "inspecteePayoff");
    }

    @Override
    public Rational inspection() {
      return Rational.ZERO;
    }

    @Override
    public Rational violation() {
      return Rational.ONE;
    }
  }

  /**
   * Pure corner (inspect, violate): inspecting pays but even certain inspection does not deter,
   * {@code dβ - b(1 - β) >= -hα}; payoffs {@code (-a(1-β) - cβ - k, dβ - b(1-β))}.
   */
  record UndeterredInspection(Rational inspectorPayoff, Rational inspecteePayoff)
      implements InspectionEquilibrium {
    public UndeterredInspection {
      requireNonNull(inspectorPayoff, "inspectorPayoff");
      requireNonNull(inspecteePayoff, "inspecteePayoff");
    }

    @Override
    public Rational inspection() {
      return Rational.ONE;
    }

    @Override
    public Rational violation() {
      return Rational.ONE;
    }
  }
}
