package org.parley.bench.gext;

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
import org.parley.games.ExtensiveFormGame;
import org.parley.games.cfr.CfrPlus;

/**
 * CFR+ to a target exploitability ({@code parley solve --method cfr}; Gambit has no counterpart) on
 * the zero-sum extensive reference games.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class CfrPlusBenchmark {
  @Param({"openspiel__kuhn_poker", "openspiel__leduc_poker"})
  public String game;

  @Param({"1e-3"})
  public double target;

  @Param(GameFiles.BUNDLED)
  public String dir;

  private ExtensiveFormGame tree;

  @Setup
  public void load() throws Exception {
    tree = GameFiles.efg(dir, game);
  }

  @Benchmark
  public CfrPlus.Run cfr() {
    return new CfrPlus(1_000_000, target, 10, 0).run(tree, Long.MAX_VALUE);
  }
}
