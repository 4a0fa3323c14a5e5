package org.parley.summit.simulation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.parley.model.Scenario;
import org.parley.summit.SummitModel;
import org.parley.summit.Trial;

/**
 * Monte Carlo over a scenario's uncertain inputs (summit.md §2 F). Sample {@code i}:
 *
 * <ol>
 *   <li>draws one uniform per uncertain input from stream {@code (INPUTS, i)} of the seed and maps
 *       it through the input's inverse CDF ({@link UncertainInputs#sample});
 *   <li>sets the sampled values on the scenario ({@link UncertainInputs#scenario});
 *   <li>runs one trial of the model with stream {@code (TRIAL, i)} ({@link SeedStreams});
 *   <li>counts the trial's {@link OutcomeClass}, deepest phase, months to collapse and hidden
 *       violation.
 * </ol>
 *
 * Samples run on worker threads that claim chunks of indices; each worker keeps integer counts,
 * merged at the end, so the result is identical on any number of threads, and memory does not grow
 * with the sample count. Each probability comes with its 95 % Wilson interval; the five kinds'
 * probabilities sum to 1 exactly (counts over the same samples).
 *
 * <p>Cost: {@code samples} trials; wall time ≈ samples × trial time / threads.
 */
public final class MonteCarlo {
  private final TrialModel model;

  /** A Monte Carlo engine for {@code model}. */
  public MonteCarlo(TrialModel model) {
    this.model = requireNonNull(model, "model");
  }

  /** A Monte Carlo engine for the summit model (share one {@link SummitModel}: it memoises). */
  public static MonteCarlo of(SummitModel model) {
    requireNonNull(model, "model");
    return new MonteCarlo(model::trial);
  }

  /** Runs to the end (no progress, no cancellation). */
  public MonteCarloResult run(Scenario scenario, MonteCarloOptions options) {
    return run(scenario, options, ProgressListener.NONE, new CancellationToken()).orElseThrow();
  }

  /**
   * Runs {@code options.samples()} samples of {@code scenario}, reporting progress in samples, and
   * stopping without a result if {@code cancel} is set or the calling thread is interrupted.
   */
  public Completion<MonteCarloResult> run(
      Scenario scenario,
      MonteCarloOptions options,
      ProgressListener progress,
      CancellationToken cancel) {
    requireNonNull(scenario, "scenario");
    requireNonNull(options, "options");
    UncertainInputs inputs = UncertainInputs.of(scenario);
    SeedStreams streams = new SeedStreams(options.seed());
    Completion<List<Tally>> done =
        ParallelTasks.run(
            options.samples(),
            options.threads(),
            Tally::new,
            (tally, i) -> tally.add(sample(inputs, streams, i)),
            progress,
            cancel);
    if (done instanceof Completion.Cancelled<List<Tally>> c) {
      return new Completion.Cancelled<>(c.completed(), c.total());
    }
    Tally total = new Tally();
    done.orElseThrow().forEach(total::addAll);
    return new Completion.Done<>(total.result(options.seed(), inputs.paths()));
  }

  /** Sample {@code i} of a run with these streams: the same whichever thread runs it. */
  Trial sample(UncertainInputs inputs, SeedStreams streams, long i) {
    Scenario s =
        inputs.size() == 0
            ? inputs.template()
            : inputs.scenario(inputs.sample(streams.stream(SeedStreams.INPUTS, i)));
    Trial t = model.run(s, streams.stream(SeedStreams.TRIAL, i));
    if (t == null) {
      throw new IllegalStateException("the trial model returned no trial for sample " + i);
    }
    return t;
  }
}
