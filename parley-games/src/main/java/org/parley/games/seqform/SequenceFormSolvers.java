package org.parley.games.seqform;

import java.util.List;
import java.util.Map;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;
import org.parley.games.solver.SolverStatistics;

/** Shared glue between the sequence-form cores and the {@code ExtensiveFormSolver} contract. */
final class SequenceFormSolvers {
  private SequenceFormSolvers() {}

  static SolverResult<BehaviourProfile> toSolverResult(
      ExtensiveFormGame game,
      SequenceForm sf,
      SequenceFormResult r,
      String method,
      SolveOptions options,
      long start) {
    SolverStatistics stats =
        new SolverStatistics(
            method,
            r.pivots(),
            "pivots",
            java.time.Duration.ofNanos(System.nanoTime() - start),
            Map.of(
                "sequences1", (long) sf.numSequences(0), "sequences2", (long) sf.numSequences(1)));
    if (r instanceof SequenceFormResult.Equilibrium eq) {
      BehaviourProfile b =
          BehaviourProfile.ofDoubles(new double[][][] {eq.behaviour1(), eq.behaviour2()});
      if (options.exact()) {
        b = ExactRecovery.exactEquilibrium(game, b).orElse(b);
      }
      return new SolverResult.Complete<>(List.of(Equilibrium.of(game, b)), stats);
    }
    if (r instanceof SequenceFormResult.LimitReached lr) {
      return new SolverResult.Stopped<>(
          List.of(),
          stats,
          lr.timedOut()
              ? SolverResult.StopReason.TIMEOUT
              : SolverResult.StopReason.ITERATION_LIMIT);
    }
    // numerical failure (e.g. Lemke ending on a secondary ray): no equilibrium to report
    SolverStatistics failed =
        new SolverStatistics(
            method,
            r.pivots(),
            "pivots",
            stats.elapsed(),
            Map.of(
                "sequences1",
                (long) sf.numSequences(0),
                "sequences2",
                (long) sf.numSequences(1),
                "failed",
                1L));
    return new SolverResult.Stopped<>(List.of(), failed, SolverResult.StopReason.ITERATION_LIMIT);
  }
}
