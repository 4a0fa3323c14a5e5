package org.parley.games.logit;

/**
 * A system {@code H(z) = 0} of {@code size()} equations in {@code size() + 1} unknowns (the last is
 * λ) whose solution set contains the path {@link LogitTracing} follows. The first {@code size()}
 * unknowns are log-probabilities.
 */
interface PathSystem {
  int size();

  /** The starting point on the path at λ = 0. */
  double[] start();

  double[] residual(double[] z);

  /** Jacobian, {@code size()} rows by {@code size() + 1} columns (the last is ∂/∂λ). */
  double[][] jacobian(double[] z);

  /**
   * Largest regret of the profile {@code exp(z)} taken as it is (not renormalised), as Gambit's
   * termination test computes it.
   */
  double maxRegret(double[] z);

  /**
   * The same regret after renormalising each player's (information set's) probabilities to sum 1:
   * our own addition to Gambit's test once its bifurcation perturbation is on (see {@link
   * PathTracer}), when the printed probabilities sum to {@code 1 − 1e-7} and Gambit's own test may
   * never pass.
   */
  default double normalisedMaxRegret(double[] z) {
    double[] y = z.clone();
    normalise(y);
    return maxRegret(y);
  }

  /** Shifts the log-probabilities of every player (information set) so that they sum to 1. */
  void normalise(double[] z);

  /** Largest minus smallest payoff of the game (over all players), Gambit's regret scale. */
  double payoffRange();

  /** {@code exp(z_k)} for every probability unknown, in Gambit's order. */
  default double[] probabilities(double[] z) {
    double[] p = new double[size()];
    for (int k = 0; k < p.length; k++) {
      p[k] = Math.exp(z[k]);
    }
    return p;
  }
}
