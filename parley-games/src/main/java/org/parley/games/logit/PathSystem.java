package org.parley.games.logit;

/**
 * A system {@code H(z) = 0} of {@code size()} equations in {@code size() + 1} unknowns (the last is
 * λ) whose solution set contains the path {@link LogitTracing} follows.
 */
interface PathSystem {
  int size();

  /** The starting point on the path at λ = 0. */
  double[] start();

  double[] residual(double[] z);

  /** Jacobian, {@code size()} rows by {@code size() + 1} columns (the last is ∂/∂λ). */
  double[][] jacobian(double[] z);
}
