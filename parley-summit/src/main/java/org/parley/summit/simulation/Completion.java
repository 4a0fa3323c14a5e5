package org.parley.summit.simulation;

import static java.util.Objects.requireNonNull;

/**
 * How a cancellable run ended: with its result, or cancelled, in which case nothing partial is
 * returned (a partial Monte Carlo estimate would be a different experiment from the one asked for).
 *
 * @param <T> the result type
 */
public sealed interface Completion<T> permits Completion.Done, Completion.Cancelled {
  /** The run finished. */
  record Done<T>(T value) implements Completion<T> {
    public Done {
      requireNonNull(value, "value");
    }
  }

  /** The run was cancelled after {@code completed} of {@code total} units. */
  record Cancelled<T>(long completed, long total) implements Completion<T> {}

  /** The result, or an {@link IllegalStateException} if the run was cancelled. */
  default T orElseThrow() {
    if (this instanceof Done<T> d) {
      return d.value();
    }
    Cancelled<T> c = (Cancelled<T>) this;
    throw new IllegalStateException(
        "the run was cancelled after " + c.completed() + " of " + c.total());
  }
}
