package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether progress may be drawn: standard error is a terminal. */
final class Terminal {
  private Terminal() {}

  /**
   * True when standard error goes to a terminal. Java 17 cannot ask this directly, so on Linux the
   * file behind descriptor 2 is read ({@code /dev/pts/N} or {@code /dev/ttyN}); elsewhere the
   * answer is whether the JVM has a console (standard input and output both terminals).
   */
  static boolean stderr() {
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/2"));
      String t = target.toString();
      return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty");
    } catch (Exception e) {
      return System.console() != null;
    }
  }
}
