package org.parley.bench.eee;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.io.GameFormatException;
import org.parley.games.io.NashOutput;
import org.parley.games.io.NfgFormat;
import org.parley.games.normal.ExtremeEquilibriumEnumeration;
import org.parley.games.normal.VertexEnumeration;
import org.parley.games.solver.BimatrixSolver;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/**
 * Timed main (not JMH: one enumeration takes seconds) for exact enumeration of all extreme
 * equilibria. Arguments: games as a file path, a bundled reference file name ({@code
 * gen__rand2p_25x25_s25.nfg}, resources of {@code org.parley.bench.games}) or {@code rand:N:S}
 * (N×N, integer payoffs in [0, 99], seed S). Options first: {@code --vertex} also times {@link
 * VertexEnumeration}, {@code --integer} also times the all-integer variant, {@code --print=FILE}
 * writes the last run's equilibria as exact {@code NE,} lines, {@code --timeout=SECONDS} (default
 * 120), {@code --runs=K} (default 3; the first run includes JIT warm-up), {@code --threads=T}
 * (default: one per processor).
 *
 * <pre>
 * java -cp parley-bench/target-X/benchmarks.jar org.parley.bench.eee.EeeTiming gen__rand2p_25x25_s25.nfg
 * </pre>
 */
public final class EeeTiming {
  private EeeTiming() {}

  public static void main(String[] args) throws Exception {
    boolean vertex = false;
    boolean integer = false;
    String print = null;
    long timeout = 120;
    int runs = 3;
    int threads = Runtime.getRuntime().availableProcessors();
    for (String a : args) {
      if (a.equals("--vertex")) {
        vertex = true;
      } else if (a.equals("--integer")) {
        integer = true;
      } else if (a.startsWith("--print=")) {
        print = a.substring(8);
      } else if (a.startsWith("--timeout=")) {
        timeout = Long.parseLong(a.substring(10));
      } else if (a.startsWith("--runs=")) {
        runs = Integer.parseInt(a.substring(7));
      } else if (a.startsWith("--threads=")) {
        threads = Integer.parseInt(a.substring(10));
      } else {
        NormalFormGame g = load(a);
        SolveOptions o =
            SolveOptions.defaults().withExact(true).withTimeout(Duration.ofSeconds(timeout));
        SolverResult<MixedProfile> last = null;
        for (int r = 0; r < runs; r++) {
          last = time(a, "eee", new ExtremeEquilibriumEnumeration().withThreads(threads), g, o);
        }
        if (integer) {
          last = time(a, "eee-integer", ExtremeEquilibriumEnumeration.integerArithmetic(), g, o);
        }
        if (print != null && last != null) {
          List<String> lines = new ArrayList<>();
          last.equilibria().forEach(e -> lines.add(NashOutput.line(e.profile(), -1)));
          Files.write(Path.of(print), lines);
        }
        if (vertex) {
          time(a, "vertex", new VertexEnumeration(), g, o);
        }
      }
    }
  }

  private static SolverResult<MixedProfile> time(
      String name, String label, BimatrixSolver s, NormalFormGame g, SolveOptions o) {
    long t0 = System.nanoTime();
    SolverResult<MixedProfile> r = s.solve(g, o);
    double sec = (System.nanoTime() - t0) / 1e9;
    long certified =
        r.equilibria().stream()
            .filter(
                e ->
                    e.certificate().exactRegrets().isPresent()
                        && e.certificate().exactRegrets().get().stream()
                            .allMatch(x -> x.signum() == 0))
            .count();
    System.out.printf(
        "%s\t%s\t%.3f s\t%d equilibria (%d certified exactly)\t%s\t%s%n",
        name,
        label,
        sec,
        r.equilibria().size(),
        certified,
        r instanceof SolverResult.Stopped<MixedProfile> st ? "STOPPED " + st.reason() : "complete",
        r.statistics());
    return r;
  }

  static NormalFormGame load(String name) throws IOException, GameFormatException {
    if (name.startsWith("rand:")) {
      String[] p = name.split(":");
      int n = Integer.parseInt(p[1]);
      SplittableRandom rng = new SplittableRandom(Long.parseLong(p[2]));
      long[][] a = new long[n][n];
      long[][] b = new long[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          a[i][j] = rng.nextInt(100);
          b[i][j] = rng.nextInt(100);
        }
      }
      return NormalFormGame.bimatrix(name, a, b);
    }
    Path path = Path.of(name);
    if (Files.exists(path)) {
      return NfgFormat.read(path);
    }
    try (InputStream in = EeeTiming.class.getResourceAsStream("/org/parley/bench/games/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no game file or bundled game named " + name);
      }
      return NfgFormat.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
