package org.parley.games;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parley.games.io.EfgFormat;
import org.parley.games.io.GameFormatException;
import org.parley.games.io.NfgFormat;

/**
 * Access to the Gambit reference data copied under src/test/resources/gambit (see SOURCE.md there).
 */
public final class TestData {
  private TestData() {}

  public static Path root() {
    try {
      return Path.of(TestData.class.getResource("/gambit/SOURCE.md").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Path game(String name) {
    return root().resolve("games").resolve(name);
  }

  public static NormalFormGame nfg(String name) {
    try {
      return NfgFormat.read(game(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GameFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ExtensiveFormGame efg(String name) {
    try {
      return EfgFormat.read(game(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GameFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Lines of a recorded Gambit output file, or null when it was not copied. */
  public static List<String> output(String fileName) {
    Path p = root().resolve("out").resolve(fileName);
    if (!Files.exists(p)) {
      return null;
    }
    try {
      List<String> lines = new ArrayList<>();
      for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        if (!l.isBlank()) {
          lines.add(l.strip());
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows of index.tsv as column arrays (header skipped). */
  public static Stream<String[]> index() {
    try {
      List<String> lines = Files.readAllLines(root().resolve("index.tsv"), StandardCharsets.UTF_8);
      return lines.stream().skip(1).map(l -> l.split("\t", -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows of index.tsv for Gambit 16.7.0 runs of {@code tag} that finished (exit code 0). */
  public static Stream<String[]> finishedRuns(String tag) {
    return index()
        .filter(c -> c.length > 9 && c[3].equals("16.7.0") && c[5].equals(tag) && c[6].equals("0"));
  }

  /** {@code <game>__<tag>} of every Gambit 16.7.0 run that did not finish (noted "timeout"). */
  public static java.util.Set<String> timedOutRuns() {
    return index()
        .filter(
            c -> c.length > 5 && c[3].equals("16.7.0") && String.join("\t", c).contains("timeout"))
        .map(c -> c[0].replaceAll("\\.(nfg|efg)$", "") + "__" + c[5])
        .collect(java.util.stream.Collectors.toSet());
  }

  public static List<Path> allGames() {
    try (Stream<Path> s = Files.list(root().resolve("games"))) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
