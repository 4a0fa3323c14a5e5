package org.parley.cli;

/** The exit codes of every {@code parley} command. */
public final class ExitCodes {
  /** The command did what was asked. */
  public static final int OK = 0;

  /** A bug or an environment failure: a one-line message, the trace with {@code --debug}. */
  public static final int INTERNAL_ERROR = 1;

  /** The input (a file, an option) is malformed or invalid; nothing was written. */
  public static final int BAD_INPUT = 2;

  /** A size or time limit given by an option (or its default) was exceeded. */
  public static final int LIMIT_EXCEEDED = 3;

  private ExitCodes() {}
}
