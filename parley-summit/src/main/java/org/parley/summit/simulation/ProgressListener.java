package org.parley.summit.simulation;

/**
 * Receives progress of a long run: called from the thread that started the run, a few times a
 * second and once at the end, with {@code done} never decreasing.
 */
@FunctionalInterface
public interface ProgressListener {
  /** Ignores progress. */
  ProgressListener NONE = (done, total) -> {};

  /** {@code done} of {@code total} units (samples or model evaluations) are finished. */
  void progress(long done, long total);
}
