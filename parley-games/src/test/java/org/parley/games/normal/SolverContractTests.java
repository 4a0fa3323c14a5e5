package org.parley.games.normal;

import org.junit.jupiter.api.Nested;
import org.parley.games.solver.NormalFormSolver;

/** Runs {@link NormalFormSolverContract} for each normal-form solver. */
class SolverContractTests {
  @Nested
  class PureStrategyEnumerationContract extends NormalFormSolverContract {
    @Override
    NormalFormSolver solver() {
      return new PureStrategyEnumeration();
    }
  }

  @Nested
  class VertexEnumerationContract extends NormalFormSolverContract {
    @Override
    NormalFormSolver solver() {
      return new VertexEnumeration();
    }
  }

  @Nested
  class LemkeHowsonContract extends NormalFormSolverContract {
    @Override
    NormalFormSolver solver() {
      return new LemkeHowson();
    }
  }

  @Nested
  class ZeroSumLpContract extends NormalFormSolverContract {
    @Override
    NormalFormSolver solver() {
      return new ZeroSumLp();
    }

    @Override
    boolean zeroSumOnly() {
      return true;
    }
  }
}
