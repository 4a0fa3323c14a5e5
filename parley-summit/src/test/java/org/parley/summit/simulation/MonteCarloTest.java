package org.parley.summit.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.parley.model.Scenario;
import org.parley.model.io.BuiltInScenarios;
import org.parley.summit.Trial;
import org.parley.summit.TrialOutcome;

class MonteCarloTest {
  private static final Scenario SINGAPORE = BuiltInScenarios.load("singapore-2018").orElseThrow();

  private static MonteCarloResult run(long samples, long seed, int threads) {
    return new MonteCarlo(ToyModels.strengthDriven())
        .run(SINGAPORE, new MonteCarloOptions(samples, seed, threads));
  }

  @Property(tries = 15)
  void sameSeedGivesTheSameResultOnOneOrTwoThreads(
      @ForAll @LongRange(min = 1, max = 3000) long samples, @ForAll long seed) {
    MonteCarloResult one = run(samples, seed, 1);
    MonteCarloResult two = run(samples, seed, 2);
    MonteCarloResult five = run(samples, seed, 5);
    assertThat(two).isEqualTo(one);
    assertThat(five).isEqualTo(one);
  }

  @Property(tries = 15)
  void probabilitiesSumToOneAndIntervalsContainTheirEstimates(
      @ForAll @LongRange(min = 1, max = 3000) long samples, @ForAll long seed) {
    MonteCarloResult r = run(samples, seed, 2);
    assertThat(r.kinds())
        .extracting(Probability::label)
        .containsExactly("NO_DEAL", "STALLED", "COLLAPSED", "HOLLOW", "COMPLETE");
    assertThat(r.kinds().stream().mapToLong(Probability::count).sum()).isEqualTo(samples);
    assertThat(r.kinds().stream().mapToDouble(Probability::estimate).sum())
        .isCloseTo(1.0, within(1e-12));
    assertThat(r.outcomes().stream().mapToLong(o -> o.probability().count()).sum())
        .isEqualTo(samples);
    List<Probability> all = new ArrayList<>(r.kinds());
    r.outcomes().forEach(o -> all.add(o.probability()));
    all.add(r.hiddenViolation());
    for (Probability p : all) {
      assertThat(p.interval95().contains(p.estimate())).as(p.label()).isTrue();
      assertThat(p.interval95().lo()).isBetween(0.0, 1.0);
      assertThat(p.interval95().hi()).isBetween(0.0, 1.0);
    }
    assertThat(r.deepestPhase().stream().mapToLong(Long::longValue).sum()).isEqualTo(samples);
  }

  @Test
  void estimatesTheProbabilitiesOfAKnownModel() {
    MonteCarloResult r = run(20_000, 7, 2);
    // Toy model: P(COMPLETE) = E[σ] for σ ~ Beta(2, 4) (the scenario's uncertainty on the China
    // guarantee), i.e. 2 / (2 + 4) = 1/3 (mean of a beta distribution, closed form).
    Probability complete = r.kind("COMPLETE").orElseThrow();
    assertThat(complete.interval95().contains(1.0 / 3)).isTrue();
    // P(NO_DEAL) = (1 − 1/3) · 0.1 = 1/15.
    assertThat(r.kind("NO_DEAL").orElseThrow().interval95().contains(1.0 / 15)).isTrue();
    // Outcome classes in report order.
    assertThat(r.outcomes())
        .extracting(o -> o.outcome().label())
        .containsExactly(
            "NO_DEAL",
            "STALLED_AT(1)",
            "COLLAPSED_AT(1, VIOLATION_DETECTED)",
            "COLLAPSED_AT(2, GUARANTOR_RENEGED)",
            "COLLAPSED_AT(3, FALSE_ALARM)",
            "HOLLOW",
            "COMPLETE");
    MonthsDistribution m = r.monthsToCollapse();
    assertThat(m.count()).isEqualTo(r.kind("COLLAPSED").orElseThrow().count());
    assertThat(m.min()).isGreaterThanOrEqualTo(6);
    assertThat(m.max()).isLessThan(28);
    assertThat(m.p10()).isLessThanOrEqualTo(m.median());
    assertThat(m.median()).isLessThanOrEqualTo(m.p90());
    assertThat(m.counts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(m.count());
    double expected = 0;
    for (int j = 0; j < r.deepestPhase().size(); j++) {
      expected += j * (double) r.deepestPhase().get(j) / r.samples();
    }
    assertThat(r.expectedDeepestPhase()).isCloseTo(expected, within(1e-12));
    assertThat(r.inputs())
        .containsExactlyElementsOf(SINGAPORE.uncertainty().stream().map(u -> u.path()).toList());
  }

  @Test
  void differentSeedsGiveDifferentSamples() {
    assertThat(run(2000, 1, 2)).isNotEqualTo(run(2000, 2, 2));
  }

  @Test
  void aScenarioWithoutUncertaintyIsRunAsIs() {
    Scenario fixed =
        new Scenario(
            SINGAPORE.id(),
            SINGAPORE.title(),
            SINGAPORE.question(),
            SINGAPORE.asOf(),
            SINGAPORE.actors(),
            SINGAPORE.issues(),
            SINGAPORE.phases(),
            SINGAPORE.verification(),
            SINGAPORE.assurances(),
            SINGAPORE.precedents(),
            SINGAPORE.trackRecord(),
            SINGAPORE.signals(),
            SINGAPORE.prestige(),
            SINGAPORE.stakes(),
            List.of(),
            SINGAPORE.sources(),
            SINGAPORE.provenance());
    MonteCarloResult r =
        new MonteCarlo(
                (s, rng) -> {
                  assertThat(s).isSameAs(fixed);
                  return new Trial(new TrialOutcome.Complete(), 4, 4, 126, false, false);
                })
            .run(fixed, new MonteCarloOptions(100, 3, 2));
    assertThat(r.kind("COMPLETE").orElseThrow().estimate()).isEqualTo(1.0);
    assertThat(r.inputs()).isEmpty();
    assertThat(r.monthsToCollapse().count()).isZero();
  }

  @Test
  void progressNeverDecreasesAndEndsAtTheTotal() {
    List<long[]> calls = new ArrayList<>();
    Completion<MonteCarloResult> c =
        new MonteCarlo(ToyModels.strengthDriven())
            .run(
                SINGAPORE,
                new MonteCarloOptions(5000, 1, 2),
                (done, total) -> calls.add(new long[] {done, total}),
                new CancellationToken());
    assertThat(c).isInstanceOf(Completion.Done.class);
    assertThat(calls).isNotEmpty();
    for (int i = 1; i < calls.size(); i++) {
      assertThat(calls.get(i)[0]).isGreaterThanOrEqualTo(calls.get(i - 1)[0]);
    }
    assertThat(calls.get(calls.size() - 1)).containsExactly(5000, 5000);
  }

  @Test
  void cancellingStopsPromptlyAndReturnsNothingPartial() {
    CancellationToken cancel = new CancellationToken();
    AtomicLong runs = new AtomicLong();
    TrialModel model =
        (s, rng) -> {
          if (runs.incrementAndGet() == 500) {
            cancel.cancel();
          }
          return ToyModels.strengthDriven().run(s, rng);
        };
    long start = System.nanoTime();
    Completion<MonteCarloResult> c =
        new MonteCarlo(model)
            .run(SINGAPORE, new MonteCarloOptions(50_000_000, 1, 2), ProgressListener.NONE, cancel);
    assertThat(c).isInstanceOf(Completion.Cancelled.class);
    assertThat(((Completion.Cancelled<MonteCarloResult>) c).completed()).isLessThan(1000);
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    assertThatThrownBy(c::orElseThrow)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cancelled");
  }

  @Test
  void interruptingTheCallerCancels() throws Exception {
    Completion<?>[] out = new Completion<?>[1];
    Thread caller =
        new Thread(
            () ->
                out[0] =
                    new MonteCarlo(ToyModels.strengthDriven())
                        .run(
                            SINGAPORE,
                            new MonteCarloOptions(50_000_000, 1, 2),
                            ProgressListener.NONE,
                            new CancellationToken()));
    caller.start();
    Thread.sleep(300);
    caller.interrupt();
    caller.join(5000);
    assertThat(caller.isAlive()).isFalse();
    assertThat(out[0]).isInstanceOf(Completion.Cancelled.class);
  }

  @Test
  void aFailingTrialFailsTheRun() {
    TrialModel model =
        (s, rng) -> {
          throw new IllegalStateException("boom");
        };
    assertThatThrownBy(() -> new MonteCarlo(model).run(SINGAPORE, new MonteCarloOptions(100, 1, 2)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("boom");
  }

  @Test
  void aFailingProgressListenerStopsTheWorkers() {
    AtomicLong runs = new AtomicLong();
    TrialModel model =
        (s, rng) -> {
          runs.incrementAndGet();
          return ToyModels.strengthDriven().run(s, rng);
        };
    assertThatThrownBy(
            () ->
                new MonteCarlo(model)
                    .run(
                        SINGAPORE,
                        new MonteCarloOptions(50_000_000, 1, 2),
                        (d, n) -> {
                          throw new IllegalStateException("listener");
                        },
                        new CancellationToken()))
        .hasMessage("listener");
    long after = runs.get();
    assertThat(after).isLessThan(50_000_000);
    // No worker is left running.
    assertThat(runs.get()).isEqualTo(after);
  }

  @Property(tries = 20)
  void sampleIDrawsTheSameInputsWhateverRanBefore(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 100_000) int i) {
    UncertainInputs inputs = UncertainInputs.of(SINGAPORE);
    SeedStreams s = new SeedStreams(seed);
    double[] a = inputs.sample(s.stream(SeedStreams.INPUTS, i));
    inputs.sample(s.stream(SeedStreams.INPUTS, i + 1));
    assertThat(inputs.sample(s.stream(SeedStreams.INPUTS, i))).containsExactly(a);
    assertThat(s.seedOf(SeedStreams.INPUTS, i)).isNotEqualTo(s.seedOf(SeedStreams.TRIAL, i));
  }
}
