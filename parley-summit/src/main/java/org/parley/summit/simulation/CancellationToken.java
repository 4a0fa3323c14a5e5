package org.parley.summit.simulation;

/**
 * A flag that asks a running analysis to stop (a Ctrl-C handler sets it). Workers check it between
 * samples, so a run stops within one sample's time per thread, and returns {@link
 * Completion.Cancelled} with no partial statistics. Interrupting the thread that started the run
 * has the same effect.
 */
public final class CancellationToken {
  private volatile boolean cancelled;

  /** Asks the run to stop. Idempotent; may be called from any thread. */
  public void cancel() {
    cancelled = true;
  }

  /** Whether {@link #cancel()} was called. */
  public boolean isCancelled() {
    return cancelled;
  }
}
