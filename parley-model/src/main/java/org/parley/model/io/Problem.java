package org.parley.model.io;

import static java.util.Objects.requireNonNull;

/**
 * One problem found in an input document: where it is and what was expected.
 *
 * @param location the place in the file ({@code file:line:column}, or just the file name when the
 *     position is not known)
 * @param path the path of the offending value in the document, e.g. {@code
 *     issues[2].salience.DPRK}; empty for syntax errors
 * @param message what is wrong and what was expected
 */
public record Problem(SourceLocation location, String path, String message) {
  public Problem {
    requireNonNull(location, "location");
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  /** {@code file:line:col: path: message}, the form printed to users. */
  @Override
  public String toString() {
    return location + ": " + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
