package org.parley.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * For work whose length cannot be known in advance (an equilibrium search): after a second, a line
 * on standard error showing the time spent against the limit, redrawn every second, and cleared
 * when the work ends. Only on a terminal, so redirected output stays clean.
 */
final class ElapsedTicker implements AutoCloseable {
  private final PrintWriter err;
  private final String what;
  private final double limitSeconds;
  private final long start = System.nanoTime();
  private final ScheduledExecutorService timer;
  private boolean drawn;

  /**
   * @param what what is running, e.g. "solving with lcp"
   * @param limitSeconds the time limit, shown beside the time spent
   */
  ElapsedTicker(PrintWriter err, boolean enabled, String what, double limitSeconds) {
    this.err = err;
    this.what = what;
    this.limitSeconds = limitSeconds;
    if (enabled) {
      timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "parley-ticker");
                t.setDaemon(true);
                return t;
              });
      timer.scheduleAtFixedRate(this::draw, 1, 1, TimeUnit.SECONDS);
    } else {
      timer = null;
    }
  }

  private synchronized void draw() {
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    err.print(
        "\rparley: "
            + what
            + ": "
            + seconds
            + " s of the "
            + (long) limitSeconds
            + " s limit (--timeout; Ctrl-C stops)");
    err.flush();
    drawn = true;
  }

  /** Stops the ticker and clears its line. */
  @Override
  public synchronized void close() {
    if (timer == null) {
      return;
    }
    timer.shutdownNow();
    if (drawn) {
      err.print("\r" + " ".repeat(90) + "\r");
      err.flush();
    }
  }
}
