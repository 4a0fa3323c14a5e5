package org.parley.games.seqform;

import java.util.Objects;

/**
 * What a sequence-form solver returns: an equilibrium with its certificate, or why there is none.
 */
public sealed interface SequenceFormResult {
  /** Pivots (simplex or complementary) taken. */
  int pivots();

  /** Wall time in nanoseconds. */
  long nanos();

  /**
   * An equilibrium in realisation plans and behaviour strategies, with each player's regret
   * (best-response gain, computed by backward induction on the sequence form) and payoffs.
   */
  record Equilibrium(
      double[] plan1,
      double[] plan2,
      double[][] behaviour1,
      double[][] behaviour2,
      double[] payoffs,
      double[] regrets,
      int pivots,
      long nanos)
      implements SequenceFormResult {
    public Equilibrium {
      Objects.requireNonNull(plan1, "plan1");
      Objects.requireNonNull(plan2, "plan2");
      Objects.requireNonNull(behaviour1, "behaviour1");
      Objects.requireNonNull(behaviour2, "behaviour2");
      if (payoffs.length != 2 || regrets.length != 2) {
        throw new IllegalArgumentException("two payoffs and two regrets expected");
      }
    }

    /** The larger of the two regrets. */
    public double maxRegret() {
      return Math.max(regrets[0], regrets[1]);
    }
  }

  /** The solver stopped at its pivot limit or its deadline ({@code timedOut}). */
  record LimitReached(String message, boolean timedOut, int pivots, long nanos)
      implements SequenceFormResult {}

  /** The method failed (e.g. ray termination from round-off, or an infeasible LP). */
  record Failed(String message, int pivots, long nanos) implements SequenceFormResult {}

  /** Wraps plans as an equilibrium result, normalising them and computing the certificate. */
  static Equilibrium equilibrium(SequenceForm sf, double[] x, double[] y, int pivots, long nanos) {
    double[][] b1 = sf.planToBehaviour(0, x, 1e-12);
    double[][] b2 = sf.planToBehaviour(1, y, 1e-12);
    // recompute plans from behaviour so they satisfy the constraints exactly up to round-off
    double[] px = sf.behaviourToPlan(0, b1);
    double[] py = sf.behaviourToPlan(1, b2);
    double[] pay = {sf.payoff(0, px, py), sf.payoff(1, px, py)};
    return new Equilibrium(px, py, b1, b2, pay, sf.regrets(px, py), pivots, nanos);
  }
}
