package org.parley.bargaining.deu;

/**
 * A DEU-format file that cannot be read: the message names the file, line and column (both from 1)
 * and what was expected.
 */
public final class DeuFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final int line;
  private final int column;

  public DeuFormatException(String file, int line, int column, String what) {
    super(file + ":" + line + ":" + column + ": " + what);
    this.file = file;
    this.line = line;
    this.column = column;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
