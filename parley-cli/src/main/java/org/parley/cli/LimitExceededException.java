package org.parley.cli;

/**
 * A size or time limit was exceeded. The message names the limit and the option that raises it; the
 * command exits with {@link ExitCodes#LIMIT_EXCEEDED}.
 */
public final class LimitExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LimitExceededException(String message) {
    super(message);
  }
}
