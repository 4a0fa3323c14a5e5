package org.parley.cli;

import java.math.BigDecimal;
import java.util.concurrent.Callable;
import org.parley.games.Rational;
import org.parley.verification.sampling.AttributeSampling;
import org.parley.verification.sampling.SampleSize;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley verify sample}: attribute sampling (verification.md §4). */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description =
        "Attribute sampling: detection probability and sample sizes (exact). The probability that"
            + " a sample of n of N items drawn without replacement finds at least one of r falsified"
            + " ones (--size), or the smallest sample for a goal (--goal). Give r directly (--falsified)"
            + " or as a diversion split over items (--diverted, --per-item).")
public final class VerifySampleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--items",
      required = true,
      paramLabel = "N",
      description = "Number of items N >= 1.")
  int items;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Falsification falsification;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Question question;

  @Option(
      names = "--max-items",
      paramLabel = "N",
      defaultValue = "100000",
      description = "Largest N accepted (default: ${DEFAULT-VALUE}); more exits with code 3.")
  int maxItems;

  @Option(names = "--json", description = "Write JSON instead of text.")
  boolean json;

  /** How many items are falsified. */
  static final class Falsification {
    @Option(names = "--falsified", paramLabel = "R", description = "Number of falsified items r.")
    Integer falsified;

    @ArgGroup(exclusive = false)
    Diversion diversion;
  }

  /** A diversion M split over items of at most mu each: r = ceil(M / mu). */
  static final class Diversion {
    @Option(
        names = "--diverted",
        required = true,
        paramLabel = "M",
        description = "Amount diverted M.")
    BigDecimal diverted;

    @Option(
        names = "--per-item",
        required = true,
        paramLabel = "MU",
        description = "Most that can be taken from one item.")
    BigDecimal perItem;
  }

  /** Detection of a given sample, or the sample for a goal. */
  static final class Question {
    @Option(
        names = "--size",
        paramLabel = "n",
        description = "Sample size n: report its detection probability.")
    Integer size;

    @Option(
        names = "--goal",
        paramLabel = "P",
        converter = VerifyCommand.RationalConverter.class,
        description = "Detection goal in [0, 1] (e.g. 0.95 or 19/20): report the smallest sample.")
    Rational goal;
  }

  @Override
  public Integer call() {
    if (items > maxItems) {
      throw new LimitExceededException(
          "verify sample: --items "
              + items
              + " exceeds the limit "
              + maxItems
              + " (raise it with --max-items)");
    }
    int r;
    AttributeSampling plan;
    try {
      r =
          falsification.falsified != null
              ? falsification.falsified
              : AttributeSampling.falsifiedItems(
                  falsification.diversion.diverted, falsification.diversion.perItem);
      plan = new AttributeSampling(items, r);
    } catch (IllegalArgumentException | ArithmeticException ex) {
      throw VerifyCommand.badInput(
          "sample",
          ex instanceof IllegalArgumentException iae
              ? iae
              : new IllegalArgumentException(
                  "falsified items do not fit an integer: " + ex.getMessage()));
    }
    VerifyCommand.Report report =
        new VerifyCommand.Report(
                "sample", "Attribute sampling: N = " + items + " items, r = " + r + " falsified")
            .input("items", items)
            .input("falsified", r);
    if (falsification.diversion != null) {
      report
          .input("diverted", falsification.diversion.diverted)
          .input("perItem", falsification.diversion.perItem);
    }
    if (question.size != null) {
      int n = question.size;
      Rational p;
      try {
        p = plan.detection(n);
      } catch (IllegalArgumentException ex) {
        throw VerifyCommand.badInput("sample", ex);
      }
      report
          .input("size", n)
          .exact("detection", "P(detect) = 1 - C(N-r,n)/C(N,n)", p)
          .number(
              "approxBySample", "approximation 1 - (1 - n/N)^r", plan.detectionApproxBySample(n))
          .number(
              "approxByFalsified",
              "approximation 1 - (1 - r/N)^n",
              plan.detectionApproxByFalsified(n));
    } else {
      SampleSize answer;
      try {
        answer = plan.smallestSample(question.goal);
      } catch (IllegalArgumentException ex) {
        throw VerifyCommand.badInput("sample", ex);
      }
      report.input("goal", question.goal);
      if (answer instanceof SampleSize.Reached reached) {
        report
            .flag("reachable", "goal reachable", true)
            .integer("size", "smallest sample n", reached.size())
            .exact("detection", "its P(detect)", reached.detection())
            .number("approximateSize", "approximation N(1 - beta^(1/r))", reached.approximation());
      } else {
        report
            .flag("reachable", "goal reachable", false)
            .text("reason", "why not", ((SampleSize.Unreachable) answer).reason());
      }
    }
    report.print(spec, json);
    return ExitCodes.OK;
  }
}
