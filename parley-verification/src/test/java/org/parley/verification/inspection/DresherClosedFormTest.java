package org.parley.verification.inspection;

class DresherClosedFormTest extends DresherSolverContract {
  @Override
  DresherSolver solver() {
    return new DresherClosedForm();
  }
}
