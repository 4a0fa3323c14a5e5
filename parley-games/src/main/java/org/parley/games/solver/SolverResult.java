package org.parley.games.solver;

import java.util.List;
import java.util.Objects;

/**
 * The answer of a solver: either {@link Complete} (the method ran to its end; for enumeration
 * methods, every equilibrium it can find is listed) or {@link Stopped} (a time or size limit was
 * reached; the equilibria found so far are kept). An empty list is a valid complete answer (e.g. no
 * pure equilibrium).
 *
 * @param <P> the profile type
 */
public sealed interface SolverResult<P> permits SolverResult.Complete, SolverResult.Stopped {
  List<Equilibrium<P>> equilibria();

  SolverStatistics statistics();

  /** Why a run stopped early. */
  enum StopReason {
    TIMEOUT,
    EQUILIBRIUM_LIMIT,
    ITERATION_LIMIT
  }

  record Complete<P>(List<Equilibrium<P>> equilibria, SolverStatistics statistics)
      implements SolverResult<P> {
    public Complete {
      equilibria = List.copyOf(equilibria);
      Objects.requireNonNull(statistics, "statistics");
    }
  }

  record Stopped<P>(List<Equilibrium<P>> equilibria, SolverStatistics statistics, StopReason reason)
      implements SolverResult<P> {
    public Stopped {
      equilibria = List.copyOf(equilibria);
      Objects.requireNonNull(statistics, "statistics");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
