package org.parley.bench.gext;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.NormalFormGame;
import org.parley.games.io.EfgFormat;
import org.parley.games.io.NfgFormat;

/**
 * Loads reference games for the benchmarks: from the copies bundled in this module ({@code
 * src/main/resources/org/parley/bench/gext}, see SOURCE.md there) when the JMH parameter {@code
 * dir} is {@code bundled} (the default), else from that directory (e.g. {@code -p
 * dir=../shared/reference/games/games} for the whole reference set).
 */
final class GameFiles {
  /** The JMH default for {@code dir}: the bundled copies. */
  static final String BUNDLED = "bundled";

  private GameFiles() {}

  static String text(String dir, String file) throws IOException {
    if (dir.equals(BUNDLED)) {
      try (InputStream in = GameFiles.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException(
              "benchmark game "
                  + file
                  + " is not bundled; pass -p dir=<directory holding the reference games>");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    Path p = Path.of(dir, file);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException(
          "benchmark game "
              + p.toAbsolutePath()
              + " not found; pass -p dir=<directory holding the reference games>");
    }
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  static ExtensiveFormGame efg(String dir, String name) throws Exception {
    return EfgFormat.read(text(dir, name + ".efg"));
  }

  static NormalFormGame nfg(String dir, String name) throws Exception {
    return NfgFormat.read(text(dir, name + ".nfg"));
  }
}
