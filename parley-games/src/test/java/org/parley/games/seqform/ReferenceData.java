package org.parley.games.seqform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;
import org.parley.games.io.EfgFormat;
import org.parley.games.io.NfgFormat;

/**
 * Access to the Gambit reference data copied into {@code src/test/resources/gext} (see SOURCE.md
 * there): the index rows, game files and recorded {@code NE,} lines.
 */
public final class ReferenceData {
  private ReferenceData() {}

  /** One row of {@code index.tsv}. */
  public record Row(
      String file,
      String version,
      String command,
      String tag,
      int exitCode,
      int numEquilibria,
      String output,
      double wallSeconds,
      String note) {}

  public static String text(String resource) {
    try (InputStream in = ReferenceData.class.getResourceAsStream("/gext/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource gext/" + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Row> rows(String tag) {
    List<Row> out = new ArrayList<>();
    String[] lines = text("index.tsv").split("\n");
    for (int k = 1; k < lines.length; k++) {
      String[] f = lines[k].split("\t", -1);
      if (f[5].equals(tag)) {
        out.add(
            new Row(
                f[0],
                f[3],
                f[4],
                f[5],
                Integer.parseInt(f[6]),
                Integer.parseInt(f[7]),
                f[9].replace("out/", ""),
                Double.parseDouble(f[10]),
                f.length > 15 ? f[15] : ""));
      }
    }
    return out;
  }

  public static ExtensiveFormGame efg(String file) {
    try {
      return EfgFormat.read(text("games/" + file));
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  public static NormalFormGame nfg(String file) {
    try {
      return NfgFormat.read(text("games/" + file));
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The NE lines of an output file, each as its list of numbers. */
  public static List<double[]> equilibria(String outputFile) {
    List<double[]> out = new ArrayList<>();
    for (String line : text("out/" + outputFile).split("\n")) {
      if (!line.startsWith("NE")) {
        continue;
      }
      String[] f = line.split(",");
      double[] v = new double[f.length - 1];
      for (int k = 1; k < f.length; k++) {
        v[k - 1] = Rational.parse(f[k].trim()).doubleValue();
      }
      out.add(v);
    }
    return out;
  }

  /**
   * True when {@code flat} is within {@code tol} (coordinate-wise) of an equilibrium Gambit reports
   * for the normal-form game {@code file}: any line of {@code gambit-enumpoly} (which is meant to
   * list all equilibria, 6 decimals, but misses one of contrib__2x2x2x2x2's) or of {@code
   * gambit-logit -e} / {@code gambit-simpdiv} (both versions) whose own regret is below 1e-4.
   */
  public static boolean nearAGambitEquilibrium(String file, double[] flat, double tol) {
    String stem = file.substring(0, file.lastIndexOf('.'));
    NormalFormGame g = nfg(file);
    List<double[]> candidates = new ArrayList<>(equilibria(stem + "__enumpoly__16.7.0.txt"));
    for (String m :
        List.of("logit-e__16.7.0", "logit-e__17.0.0a2", "simpdiv__16.7.0", "simpdiv__17.0.0a2")) {
      for (double[] e : equilibria(stem + "__" + m + ".txt")) {
        double[][] p = mixed(g, e);
        for (double[] row : p) {
          double sum = java.util.Arrays.stream(row).sum();
          for (int k = 0; k < row.length; k++) {
            row[k] /= sum;
          }
        }
        double worst =
            java.util.Arrays.stream(g.regrets(org.parley.games.MixedProfile.ofDoubles(p)))
                .max()
                .orElse(0);
        if (worst < 1e-4) {
          candidates.add(e);
        }
      }
    }
    for (double[] e : candidates) {
      boolean close = e.length == flat.length;
      for (int k = 0; close && k < e.length; k++) {
        close = Math.abs(e[k] - flat[k]) <= tol;
      }
      if (close) {
        return true;
      }
    }
    return false;
  }

  /** Reshapes a flat NE line into a behaviour array shaped like the game's information sets. */
  public static double[][][] behaviour(ExtensiveFormGame g, double[] flat) {
    double[][][] b = new double[g.numPlayers()][][];
    int k = 0;
    for (int i = 0; i < g.numPlayers(); i++) {
      b[i] = new double[g.infosets(i).size()][];
      for (int h = 0; h < b[i].length; h++) {
        b[i][h] = new double[g.infosets(i).get(h).numActions()];
        for (int a = 0; a < b[i][h].length; a++) {
          b[i][h][a] = flat[k++];
        }
      }
    }
    if (k != flat.length) {
      throw new IllegalArgumentException(
          "NE line has " + flat.length + " numbers; the game has " + k + " actions");
    }
    return b;
  }

  /** Reshapes a flat NE line into a mixed-profile array shaped like the game's strategies. */
  public static double[][] mixed(NormalFormGame g, double[] flat) {
    double[][] m = new double[g.numPlayers()][];
    int k = 0;
    for (int i = 0; i < g.numPlayers(); i++) {
      m[i] = new double[g.numStrategies(i)];
      for (int s = 0; s < m[i].length; s++) {
        m[i][s] = flat[k++];
      }
    }
    return m;
  }
}
