package org.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writing results: JSON with a stable layout, and files written whole or not at all. */
final class Output {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Output() {}

  /** Writes {@code value} as JSON to {@code out} ("-") or to a file, atomically. */
  static void json(Object value, String target, PrintWriter out) {
    try {
      String text = JSON.writeValueAsString(value) + System.lineSeparator();
      if (target == null || target.equals("-")) {
        out.print(text);
        out.flush();
      } else {
        writeAtomically(Path.of(target), text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a file through a temporary sibling and a move, so a failure leaves nothing half-written.
   */
  static void writeAtomically(Path file, String text) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** One decimal, as the reports print settlements. */
  static String one(double x) {
    return String.format(java.util.Locale.ROOT, "%.1f", x);
  }

  /** Rounds to {@code places} decimals for JSON, so outputs are stable and readable. */
  static double round(double x, int places) {
    double f = Math.pow(10, places);
    return Math.round(x * f) / f;
  }
}
