package org.parley.bench.eum;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.parley.bargaining.BargainingProblem;
import org.parley.bargaining.deu.Capabilities;
import org.parley.bargaining.deu.DeuDataset;
import org.parley.bargaining.deu.DeuIssue;
import org.parley.bargaining.deu.DeuReader;
import org.parley.bargaining.eum.EumOptions;
import org.parley.bargaining.eum.ExpectedUtilityModel;

/**
 * The expected-utility model on EU issues: the 10-actor EC emission-standards example (BDM 1994;
 * bargaining.md §3.11), 10 rounds, and every scorable issue of a DEU-format file (equal
 * capabilities, 10 rounds), both rule variants.
 *
 * <p>Run: {@code java -jar parley-bench/target/benchmarks.jar EumBenchmark -p
 * deuFile=../shared/reference/bargaining/deu3_dev.tsv}. Without {@code deuFile}, the DEU benchmark
 * uses 180 synthetic issues of the same shape (up to 30 actors, positions mostly at 0, 50 and 100),
 * generated from a fixed seed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EumBenchmark {
  /** A DEU-format file; empty for the synthetic set. */
  @Param({""})
  public String deuFile;

  /** {@code S} (Scholz code, default) or {@code P} (paper-literal). */
  @Param({"S", "P"})
  public String variant;

  private ExpectedUtilityModel model;
  private final double[] ecC = {0.08, 0.08, 0.03, 0.16, 0.16, 0.16, 0.16, 0.05, 0.05, 0.08};
  private final double[] ecX = {4, 7, 4, 4, 10, 10, 10, 7, 4, 7};
  private final double[] ecS = {0.8, 0.4, 0.2, 0.8, 0.6, 0.6, 0.9, 0.1, 1.0, 0.7};
  private List<BargainingProblem> issues;

  @Setup
  public void setUp() throws IOException {
    model =
        new ExpectedUtilityModel(
            variant.equals("P") ? EumOptions.paperLiteral() : EumOptions.scholzCode());
    issues = new ArrayList<>();
    if (deuFile.isEmpty()) {
      synthetic();
    } else {
      try (Reader r = Files.newBufferedReader(Path.of(deuFile), StandardCharsets.UTF_8)) {
        DeuDataset d = DeuReader.read(r, deuFile);
        for (DeuIssue i : d.scorable()) {
          issues.add(Capabilities.EQUAL.problem(d, i).orElseThrow());
        }
      }
    }
  }

  private void synthetic() {
    SplittableRandom rng = new SplittableRandom(20261125L);
    double[] grid = {0, 0, 0, 50, 100, 100, 100, 20, 80, 40, 60};
    for (int k = 0; k < 180; k++) {
      int n = 5 + rng.nextInt(26);
      List<String> ids = new ArrayList<>();
      double[] c = new double[n];
      double[][] x = new double[n][1];
      double[][] s = new double[n][1];
      for (int i = 0; i < n; i++) {
        ids.add("a" + i);
        c[i] = 1;
        x[i][0] = grid[rng.nextInt(grid.length)];
        s[i][0] = rng.nextInt(11) / 10.0;
      }
      issues.add(
          new BargainingProblem(
              ids, c, List.of(new org.parley.bargaining.Dimension("x", 0, 100)), x, s, null));
    }
  }

  /** The emission-standards example, 10 rounds. */
  @Benchmark
  public Object emissionStandards() {
    return model.run(ecC, ecX, ecS);
  }

  /** Every issue of the DEU set (or the synthetic set), one after the other. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void deuIssues(Blackhole bh) {
    for (BargainingProblem p : issues) {
      bh.consume(model.forecast(p));
    }
  }
}
