package org.parley.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error, drawn only on a terminal and only once a run has taken more
 * than a second, so short runs and redirected output stay clean.
 */
final class ProgressBar {
  private static final long DELAY_NANOS = 1_000_000_000L;
  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private boolean drawn;
  private int lastPercent = -1;

  ProgressBar(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Reports {@code done} of {@code total} units. */
  synchronized void update(long done, long total) {
    if (!enabled || total <= 0 || System.nanoTime() - start < DELAY_NANOS) {
      return;
    }
    int percent = (int) Math.min(100, 100 * done / total);
    if (percent == lastPercent) {
      return;
    }
    lastPercent = percent;
    int width = 40;
    int filled = percent * width / 100;
    err.print(
        "\r["
            + "#".repeat(filled)
            + " ".repeat(width - filled)
            + "] "
            + percent
            + "%  (Ctrl-C cancels)");
    err.flush();
    drawn = true;
  }

  /** Clears the bar. */
  synchronized void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(70) + "\r");
      err.flush();
    }
  }
}
