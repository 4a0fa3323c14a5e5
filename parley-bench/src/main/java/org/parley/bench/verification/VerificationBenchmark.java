package org.parley.bench.verification;

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
import org.parley.games.Rational;
import org.parley.games.normal.LemkeHowson;
import org.parley.verification.allocation.AllocationGame;
import org.parley.verification.allocation.AllocationResult;
import org.parley.verification.inspection.AccountancyGame;
import org.parley.verification.inspection.AccountancyGameSolver;
import org.parley.verification.inspection.AccountancySolution;
import org.parley.verification.inspection.DresherClosedForm;
import org.parley.verification.inspection.DresherGame;
import org.parley.verification.inspection.DresherRecursion;
import org.parley.verification.inspection.DresherSolution;
import org.parley.verification.sampling.AttributeSampling;
import org.parley.verification.sampling.SampleSize;

/**
 * Timings of the verification models: Dresher's game by recursion and by closed form (exact), the
 * α–β game's root finding, the smallest attribute sample and the allocation game.
 *
 * <pre>
 * mvn -q -B -Dparley.buildDir=target-NAME -pl parley-bench -am package -DskipTests
 * java -jar parley-bench/target-NAME/benchmarks.jar VerificationBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class VerificationBenchmark {
  /** Periods of the Dresher game; inspections are a quarter of them. */
  @Param({"40", "200"})
  public int periods;

  private DresherGame dresher;
  private AccountancyGame accountancy;
  private AttributeSampling sampling;
  private AllocationGame allocation;

  @Setup
  public void setUp() {
    dresher = new DresherGame(periods, periods / 4, Rational.of(1));
    accountancy = new AccountancyGame(3.0, 1, 10, 1, 10, 1, 1);
    sampling = new AttributeSampling(periods * 50, 10);
    allocation =
        new AllocationGame(
            new AllocationGame.Spec(
                10, 40, 6, 0.9, 0.5, 0.05, 0.02, 1, 10, 1, 0.1, 55, 10, 7.5, true, periods / 4));
  }

  @Benchmark
  public DresherSolution dresherRecursion() {
    return new DresherRecursion().solve(dresher);
  }

  @Benchmark
  public DresherSolution dresherClosedForm() {
    return new DresherClosedForm().solve(dresher);
  }

  @Benchmark
  public AccountancySolution accountancyGame() {
    return new AccountancyGameSolver().solve(accountancy);
  }

  /** Smallest sample for 95 % with N = 50·periods items, r = 10. */
  @Benchmark
  public SampleSize smallestSample() {
    return sampling.smallestSample(Rational.of(19, 20));
  }

  /** Allocation game with grid periods/4 (11 or 51 rows × 3 columns), Lemke–Howson. */
  @Benchmark
  public AllocationResult allocationGame() {
    return allocation.solve(new LemkeHowson());
  }
}
