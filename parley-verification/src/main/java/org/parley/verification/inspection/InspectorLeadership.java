package org.parley.verification.inspection;

import static java.util.Objects.requireNonNull;

import org.parley.games.Rational;

/**
 * The inspector's best commitment when it announces its inspection probability first (inspector
 * leadership, Avenhaus, von Stengel, Zamir 2002 §4). Tie-breaking rule: an indifferent inspectee
 * acts legally.
 */
public sealed interface InspectorLeadership {
  /** The announced inspection probability. */
  Rational inspection();

  /** The inspector's payoff (a supremum when {@link Tolerance#attained()} is false). */
  Rational inspectorPayoff();

  /**
   * Announcing {@code p* = d / ((b + d)(1 - β) - hα)} makes the inspectee (indifferent, so legal)
   * comply; the inspector pays {@code p*(eα + k)}.
   */
  record Deterrence(Rational inspection, Rational inspectorPayoff) implements InspectorLeadership {
    public Deterrence {
      requireNonNull(inspection, "inspection");
      requireNonNull(inspectorPayoff, "inspectorPayoff");
    }
  }

  /**
   * Deterring is impossible or costs more than tolerating the violation: the inspector announces
   * {@code inspection} and the inspectee violates. When {@code attained} is false the payoff is a
   * supremum approached by announcing slightly less than {@code inspection} (= {@code p*}).
   */
  record Tolerance(Rational inspection, Rational inspectorPayoff, boolean attained)
      implements InspectorLeadership {
    public Tolerance {
      requireNonNull(inspection, "inspection");
      requireNonNull(inspectorPayoff, "inspectorPayoff");
    }
  }
}
