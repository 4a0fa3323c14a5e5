package org.parley.verification.inspection;

class DresherRecursionTest extends DresherSolverContract {
  @Override
  DresherSolver solver() {
    return new DresherRecursion();
  }
}
