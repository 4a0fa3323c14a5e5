package org.parley.bargaining.ktab;

import static java.util.Objects.requireNonNull;

/**
 * A KTAB actor table that breaks the format or KTAB's validation rules, located by source, line and
 * column (both from 1), with what was found and what was expected.
 */
public final class KtabFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String problem;
  private final String expected;

  /**
   * @param source the file name (or another name for the input)
   * @param line the line, from 1
   * @param column the column, from 1
   * @param problem what is wrong, e.g. {@code salience 'x' is not a number}
   * @param expected what was expected, e.g. {@code a number in [0, 100]}
   */
  public KtabFormatException(String source, int line, int column, String problem, String expected) {
    super(source + ":" + line + ":" + column + ": " + problem + "; expected " + expected);
    this.source = requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.problem = requireNonNull(problem, "problem");
    this.expected = requireNonNull(expected, "expected");
  }

  public String source() {
    return source;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** What is wrong. */
  public String problem() {
    return problem;
  }

  /** What was expected instead. */
  public String expected() {
    return expected;
  }
}
