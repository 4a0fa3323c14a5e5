package org.parley.bench.gext;

import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.NormalFormGame;
import org.parley.games.io.EfgFormat;
import org.parley.games.io.NfgFormat;

/**
 * Loads reference games for the benchmarks from a directory (JMH parameter {@code dir}; default
 * {@code ../shared/reference/games/games}, the reference set beside the working tree — see
 * {@code docs/models/games.md} §6). Benchmarks only; tests never read this directory.
 */
final class GameFiles {
  private GameFiles() {}

  static Path resolve(String dir, String file) {
    Path p = Path.of(dir, file);
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException("benchmark game " + p.toAbsolutePath()
          + " not found; pass -p dir=<directory holding the reference games>");
    }
    return p;
  }

  static ExtensiveFormGame efg(String dir, String name) throws Exception {
    return EfgFormat.read(resolve(dir, name + ".efg"));
  }

  static NormalFormGame nfg(String dir, String name) throws Exception {
    return NfgFormat.read(resolve(dir, name + ".nfg"));
  }
}
