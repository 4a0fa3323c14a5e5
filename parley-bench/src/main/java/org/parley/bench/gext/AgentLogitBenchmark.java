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
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.logit.LogitTracing;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/** Agent logit QRE tracing on extensive reference games ({@code gambit-logit -e} on .efg). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class AgentLogitBenchmark {
  @Param({
    "doc__poker",
    "openspiel__kuhn_poker",
    "contrib__montyhal",
    "contrib__4cards_relabeled",
    "contrib__caro2_relabeled"
  })
  public String game;

  @Param(GameFiles.BUNDLED)
  public String dir;

  private ExtensiveFormGame tree;

  @Setup
  public void load() throws Exception {
    tree = GameFiles.efg(dir, game);
  }

  @Benchmark
  public SolverResult<BehaviourProfile> logit() {
    return new LogitTracing().solve(tree, SolveOptions.defaults());
  }
}
