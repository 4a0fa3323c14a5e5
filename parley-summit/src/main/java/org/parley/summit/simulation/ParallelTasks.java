package org.parley.summit.simulation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs tasks {@code 0 … n−1} on a fixed number of worker threads that claim chunks of consecutive
 * indices. Each worker keeps its own state (an accumulator); the caller combines the states.
 * Results are deterministic whenever a task's effect depends only on its index and combining is
 * order-independent (integer counts) or done by index. The caller's thread reports progress and
 * watches for cancellation and interruption.
 */
public final class ParallelTasks {
  /** Indices claimed at a time by one worker. */
  static final int CHUNK = 32;

  private ParallelTasks() {}

  /** What a worker does for one index, updating its own state. */
  @FunctionalInterface
  public interface Task<W> {
    void run(W state, long index);
  }

  /**
   * Runs {@code task} for every index in {@code [0, n)} on {@code threads} workers.
   *
   * @return the workers' states (in worker order), or {@link Completion.Cancelled}
   * @throws RuntimeException the first exception a task threw (the other workers are stopped)
   */
  public static <W> Completion<List<W>> run(
      long n,
      int threads,
      Supplier<W> newState,
      Task<W> task,
      ProgressListener progress,
      CancellationToken cancel) {
    requireNonNull(newState, "newState");
    requireNonNull(task, "task");
    requireNonNull(progress, "progress");
    requireNonNull(cancel, "cancel");
    if (n < 0) {
      throw new IllegalArgumentException("task count is " + n + "; it must be >= 0");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads is " + threads + "; it must be >= 1");
    }
    int workers = (int) Math.max(1, Math.min(threads, (n + CHUNK - 1) / CHUNK));
    AtomicLong next = new AtomicLong();
    AtomicLong done = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CancellationToken stop = new CancellationToken();
    CountDownLatch finished = new CountDownLatch(workers);
    List<W> states = new ArrayList<>();
    List<Thread> pool = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      W state = newState.get();
      states.add(state);
      Thread t =
          new Thread(
              () -> {
                try {
                  while (!stop.isCancelled() && !cancel.isCancelled()) {
                    long start = next.getAndAdd(CHUNK);
                    if (start >= n) {
                      break;
                    }
                    long end = Math.min(n, start + CHUNK);
                    for (long i = start; i < end; i++) {
                      if (stop.isCancelled() || cancel.isCancelled()) {
                        return;
                      }
                      task.run(state, i);
                      done.incrementAndGet();
                    }
                  }
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                  stop.cancel();
                } finally {
                  finished.countDown();
                }
              },
              "parley-worker-" + w);
      t.setDaemon(true);
      pool.add(t);
    }
    pool.forEach(Thread::start);
    boolean interrupted = false;
    try {
      while (!finished.await(100, TimeUnit.MILLISECONDS)) {
        progress.progress(done.get(), n);
      }
    } catch (InterruptedException e) {
      interrupted = true;
      stop.cancel();
      awaitQuietly(finished);
    } catch (RuntimeException | Error e) {
      // The progress listener failed: stop the workers before passing the failure on.
      stop.cancel();
      awaitQuietly(finished);
      throw e;
    }
    Throwable f = failure.get();
    if (f instanceof RuntimeException re) {
      throw re;
    }
    if (f instanceof Error err) {
      throw err;
    }
    if (f != null) {
      throw new IllegalStateException(f);
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (done.get() < n) {
      return new Completion.Cancelled<>(done.get(), n);
    }
    progress.progress(n, n);
    return new Completion.Done<>(states);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    boolean again = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        again = true;
      }
    }
    if (again) {
      Thread.currentThread().interrupt();
    }
  }
}
