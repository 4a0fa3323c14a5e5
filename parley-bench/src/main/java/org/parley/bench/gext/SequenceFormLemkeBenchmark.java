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
import org.parley.games.seqform.SequenceFormLemke;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/**
 * Lemke's algorithm on the sequence form ({@code parley solve --method lcp} on {@code .efg}; Gambit
 * {@code gambit-lcp -q}) on the extensive reference games: time for one solve, from the parsed tree
 * (sequence form built inside). Run: {@code java -jar parley-bench/target/benchmarks.jar
 * SequenceFormLemkeBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SequenceFormLemkeBenchmark {
  @Param({
    "doc__poker",
    "catalog__books__watson2013__fig29_1",
    "contrib__bayes1a",
    "contrib__cent2",
    "catalog__journals__ijgt__selten1975__fig2",
    "tests__zerosum_efg_from_sequence_form_STOC94_paper",
    "own__nonterminal",
    "openspiel__kuhn_poker",
    "contrib__caro2_relabeled",
    "contrib__montyhal",
    "contrib__4cards_relabeled",
    "openspiel__leduc_poker",
    "gen__randpoker_T6_D6_s1_zs"
  })
  public String game;

  @Param(GameFiles.BUNDLED)
  public String dir;

  private ExtensiveFormGame tree;
  private final SequenceFormLemke solver = new SequenceFormLemke();

  @Setup
  public void load() throws Exception {
    tree = GameFiles.efg(dir, game);
  }

  @Benchmark
  public SolverResult<BehaviourProfile> lcp() {
    return solver.solve(tree, SolveOptions.defaults());
  }
}
