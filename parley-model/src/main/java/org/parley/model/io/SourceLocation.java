package org.parley.model.io;

import static java.util.Objects.requireNonNull;

/**
 * A position in a source file. Lines and columns count from 1; 0 means unknown.
 *
 * @param file the file name as the user gave it (or a resource name)
 * @param line the line, from 1, or 0 when unknown
 * @param column the column, from 1, or 0 when unknown
 */
public record SourceLocation(String file, int line, int column) {
  public SourceLocation {
    requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException(
          "line and column must be >= 0, got " + line + ":" + column);
    }
  }

  /** A location naming only the file. */
  public static SourceLocation ofFile(String file) {
    return new SourceLocation(file, 0, 0);
  }

  @Override
  public String toString() {
    if (line == 0) {
      return file;
    }
    return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
