package org.parley.bench.games;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.io.GameFormatException;
import org.parley.games.io.NfgFormat;
import org.parley.games.normal.LemkeHowson;
import org.parley.games.normal.VertexEnumeration;
import org.parley.games.normal.ZeroSumLp;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/**
 * Normal-form solvers on the reference random games (Gambit timings in reference/games/timings.tsv)
 * and on seeded random games {@code rand:N} (N×N, integer payoffs in [-1000, 1000], seed N) and
 * {@code zs:N} (zero-sum). Run briefly, e.g. {@code java -jar parley-bench/target/benchmarks.jar
 * GameBenchmarks -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class GameBenchmarks {
  /** Lemke–Howson, first equilibrium (Gambit: lcp-e1 exact, lcp-e1-d10 floating point). */
  @State(Scope.Benchmark)
  public static class LcpGame {
    @Param({
      "gen__rand2p_50x50_s50.nfg",
      "gen__rand2p_100x100_s100.nfg",
      "gen__rand2p_200x200_s200.nfg",
      "rand:20",
      "rand:50",
      "rand:100",
      "rand:200"
    })
    public String game;

    NormalFormGame g;

    @Setup(Level.Trial)
    public void load() {
      g = GameBenchmarks.load(game);
    }
  }

  /** All equilibria by vertex enumeration (Gambit: enummixed). */
  @State(Scope.Benchmark)
  public static class EnumGame {
    @Param({"gen__rand2p_10x10_s10.nfg", "rand:8", "rand:12"})
    public String game;

    NormalFormGame g;

    @Setup(Level.Trial)
    public void load() {
      g = GameBenchmarks.load(game);
    }
  }

  /** Zero-sum LP (Gambit: lp exact, lp-d10). */
  @State(Scope.Benchmark)
  public static class LpGame {
    @Param({"gen__randzs_50x50_s51.nfg", "gen__randzs_100x100_s101.nfg", "zs:200"})
    public String game;

    NormalFormGame g;

    @Setup(Level.Trial)
    public void load() {
      g = GameBenchmarks.load(game);
    }
  }

  static NormalFormGame load(String name) {
    if (name.startsWith("rand:") || name.startsWith("zs:")) {
      int n = Integer.parseInt(name.substring(name.indexOf(':') + 1));
      boolean zs = name.startsWith("zs:");
      SplittableRandom rng = new SplittableRandom(n);
      long[][] a = new long[n][n];
      long[][] b = new long[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          a[i][j] = rng.nextInt(-1000, 1001);
          b[i][j] = zs ? -a[i][j] : rng.nextInt(-1000, 1001);
        }
      }
      return NormalFormGame.bimatrix(name, a, b);
    }
    try (InputStream in = GameBenchmarks.class.getResourceAsStream(name)) {
      return NfgFormat.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GameFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final SolveOptions FIRST_DOUBLE = SolveOptions.defaults().withMaxEquilibria(1);
  private static final SolveOptions FIRST_EXACT = FIRST_DOUBLE.withExact(true);
  private static final SolveOptions EXACT = SolveOptions.defaults().withExact(true);

  @Benchmark
  public SolverResult<MixedProfile> lemkeHowsonFirstDouble(LcpGame s) {
    return new LemkeHowson().solve(s.g, FIRST_DOUBLE);
  }

  @Benchmark
  public SolverResult<MixedProfile> lemkeHowsonFirstExact(LcpGame s) {
    return new LemkeHowson().solve(s.g, FIRST_EXACT);
  }

  @Benchmark
  public SolverResult<MixedProfile> vertexEnumerationExact(EnumGame s) {
    return new VertexEnumeration().solve(s.g, EXACT);
  }

  @Benchmark
  public SolverResult<MixedProfile> zeroSumLpExact(LpGame s) {
    return new ZeroSumLp().solve(s.g, EXACT);
  }

  @Benchmark
  public SolverResult<MixedProfile> zeroSumLpDouble(LpGame s) {
    return new ZeroSumLp().solve(s.g, SolveOptions.defaults());
  }
}
