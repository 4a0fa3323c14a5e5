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
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.logit.LogitTracing;
import org.parley.games.simpdiv.SimplicialSubdivision;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/**
 * Logit tracing ({@code gambit-logit -e}) and simplicial subdivision ({@code gambit-simpdiv}) on
 * the n-player normal-form reference games.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class NPlayerBenchmark {
  @Param({
    "contrib__2x2x2",
    "catalog__journals__ijgt__nau2004__sec4",
    "contrib__3x3x3",
    "contrib__g3",
    "contrib__2x2x2x2x2",
    "contrib__5x4x3",
    "gen__rand3p_4x4x4_s7"
  })
  public String game;

  @Param(GameFiles.BUNDLED)
  public String dir;

  private NormalFormGame g;

  @Setup
  public void load() throws Exception {
    g = GameFiles.nfg(dir, game);
  }

  @Benchmark
  public SolverResult<MixedProfile> logit() {
    return new LogitTracing().solve(g, SolveOptions.defaults());
  }

  @Benchmark
  public SolverResult<MixedProfile> simpdiv() {
    return new SimplicialSubdivision().solve(g, SolveOptions.defaults());
  }
}
