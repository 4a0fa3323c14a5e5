package org.parley.verification.inspection;

/** Solves Dresher's sequential inspection game exactly. Implementations must agree exactly. */
public interface DresherSolver {
  /** The equilibrium value and first-period strategies of {@code game}. */
  DresherSolution solve(DresherGame game);
}
