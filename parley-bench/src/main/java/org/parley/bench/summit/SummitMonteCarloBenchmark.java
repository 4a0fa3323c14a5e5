package org.parley.bench.summit;

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
import org.parley.model.Scenario;
import org.parley.model.io.BuiltInScenarios;
import org.parley.summit.SummitModel;
import org.parley.summit.SummitOptions;
import org.parley.summit.Trial;
import org.parley.summit.simulation.MonteCarlo;
import org.parley.summit.simulation.MonteCarloOptions;
import org.parley.summit.simulation.MonteCarloResult;
import org.parley.summit.simulation.SeedStreams;
import org.parley.summit.simulation.UncertainInputs;

/**
 * The summit Monte Carlo on a built-in scenario (default singapore-2018, 7 uncertain inputs):
 *
 * <ul>
 *   <li>{@code sampleScenario}: draw every uncertain input by inverse CDF and set them on the
 *       scenario (the Monte Carlo's own overhead per sample);
 *   <li>{@code trialFixedScenario}: one trial of stages A–E on the unsampled scenario (stages A–D
 *       memoised by {@code SummitModel}: the cost of stage E alone);
 *   <li>{@code trialSampledScenario}: sample, then one trial (stages A–E in full);
 *   <li>{@code monteCarlo}: a whole run of {@code samples} samples on {@code threads} threads, with
 *       a fresh {@code SummitModel} (cold memo tables), as {@code parley analyze} does.
 * </ul>
 *
 * <p>Run: {@code java -jar parley-bench/target/benchmarks.jar SummitMonteCarloBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SummitMonteCarloBenchmark {
  /** A built-in scenario name. */
  @Param({"singapore-2018"})
  public String scenario;

  private Scenario s;
  private UncertainInputs inputs;
  private SummitModel model;
  private SeedStreams streams;
  private long i;

  @Setup(Level.Trial)
  public void setUp() {
    s =
        BuiltInScenarios.load(scenario)
            .orElseThrow(() -> new IllegalArgumentException("no built-in scenario " + scenario));
    inputs = UncertainInputs.of(s);
    model = SummitModel.of(SummitOptions.defaults());
    streams = new SeedStreams(1);
  }

  @Benchmark
  public Scenario sampleScenario() {
    return inputs.scenario(inputs.sample(streams.stream(SeedStreams.INPUTS, i++)));
  }

  @Benchmark
  public Trial trialFixedScenario() {
    return model.trial(s, streams.stream(SeedStreams.TRIAL, i++));
  }

  @Benchmark
  public Trial trialSampledScenario() {
    long k = i++;
    return model.trial(
        inputs.scenario(inputs.sample(streams.stream(SeedStreams.INPUTS, k))),
        streams.stream(SeedStreams.TRIAL, k));
  }

  /** A whole Monte Carlo run, timed once per invocation. */
  @State(Scope.Benchmark)
  public static class Run {
    @Param({"2000"})
    public long samples;

    @Param({"1", "2"})
    public int threads;
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public MonteCarloResult monteCarlo(Run run) {
    return MonteCarlo.of(SummitModel.of(SummitOptions.defaults()))
        .run(s, new MonteCarloOptions(run.samples, 1, run.threads));
  }
}
