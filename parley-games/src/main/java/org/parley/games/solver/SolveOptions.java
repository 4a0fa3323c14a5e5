package org.parley.games.solver;

import java.time.Duration;
import java.util.Objects;

/**
 * Knobs every solver honours: exact rational arithmetic (where the method offers it), a wall-clock
 * timeout (after which the solver returns {@link SolverResult.Stopped} with what it has), and a cap
 * on the number of equilibria (0 = no cap). Use {@link #defaults()} and the {@code withX} copies.
 */
public record SolveOptions(boolean exact, Duration timeout, int maxEquilibria) {
  public SolveOptions {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout " + timeout + " must be positive");
    }
    if (maxEquilibria < 0) {
      throw new IllegalArgumentException(
          "maxEquilibria " + maxEquilibria + " must be >= 0 (0 = all)");
    }
  }

  /** Floating point, one hour, all equilibria. */
  public static SolveOptions defaults() {
    return new SolveOptions(false, Duration.ofHours(1), 0);
  }

  public SolveOptions withExact(boolean e) {
    return new SolveOptions(e, timeout, maxEquilibria);
  }

  public SolveOptions withTimeout(Duration t) {
    return new SolveOptions(exact, t, maxEquilibria);
  }

  public SolveOptions withMaxEquilibria(int k) {
    return new SolveOptions(exact, timeout, k);
  }

  /**
   * The {@link System#nanoTime()} value after which a run started at {@code startNanos} must stop.
   */
  public long deadline(long startNanos) {
    long t = timeout.toNanos();
    return t > Long.MAX_VALUE - startNanos ? Long.MAX_VALUE : startNanos + t;
  }
}
