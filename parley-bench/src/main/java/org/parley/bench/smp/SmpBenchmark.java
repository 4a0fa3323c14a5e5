package org.parley.bench.smp;

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
import org.parley.bargaining.BargainingProblem;
import org.parley.bargaining.smp.SmpRun;
import org.parley.bargaining.smp.SpatialModelOfPolitics;

/**
 * A whole SMP run (default parameters, to KTAB's stopping rule) on the sizes of bargaining.md §9,
 * to set beside KTAB {@code smpc}'s wall times there (7 x 3: 0.13 s; 13 x 2: 0.82 s; 27 x 6: 5.41
 * s; 50 x 5: 29.6 s; 160 x 1: 46 min). Run: {@code java -jar parley-bench/target/benchmarks.jar
 * SmpBenchmark} (or with {@code -p size=50x5}); results in {@code docs/performance/smp.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SmpBenchmark {
  @Param({"7x3", "13x2", "27x6", "50x5", "160x1"})
  public String size;

  private BargainingProblem problem;
  private SpatialModelOfPolitics model;

  @Setup
  public void setUp() {
    problem = SmpScenarios.table(size);
    model = new SpatialModelOfPolitics();
  }

  @Benchmark
  public SmpRun run() {
    return model.run(problem);
  }
}
