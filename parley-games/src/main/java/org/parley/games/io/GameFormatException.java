package org.parley.games.io;

/**
 * A Gambit game file could not be read: where ({@link #line()}, {@link #column()}, 1-based; the
 * column is the one just after the offending token, as Gambit reports it) and what was expected.
 * The message reads {@code line L:C: problem}, matching Gambit's wording where Gambit gives one.
 */
public final class GameFormatException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int line;
  private final int column;
  private final String problem;

  public GameFormatException(int line, int column, String problem) {
    super("line " + line + ":" + column + ": " + problem);
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The message without the location. */
  public String problem() {
    return problem;
  }
}
