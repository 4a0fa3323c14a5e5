package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.games.Rational;
import org.parley.verification.inspection.DresherClosedForm;
import org.parley.verification.inspection.DresherGame;
import org.parley.verification.inspection.DresherLeadership;
import org.parley.verification.inspection.DresherRecursion;
import org.parley.verification.inspection.DresherSolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley verify dresher}: Dresher's sequential inspection game (verification.md §1). */
@Command(
    name = "dresher",
    mixinStandardHelpOptions = true,
    description =
        "Dresher's sequential inspection game (exact). n periods, m inspections, one possible"
            + " violation: value and first-period strategies by recursion and by the closed form, and"
            + " inspector leadership.")
public final class VerifyDresherCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--periods",
      required = true,
      paramLabel = "N",
      description = "Number of periods n >= 1.")
  int periods;

  @Option(
      names = "--inspections",
      required = true,
      paramLabel = "M",
      description = "Number of inspections m >= 0.")
  int inspections;

  @Option(
      names = "--penalty",
      required = true,
      paramLabel = "B",
      converter = VerifyCommand.RationalConverter.class,
      description = "The inspectee's loss b > 0 when caught (integer, fraction or decimal).")
  Rational penalty;

  @Option(
      names = "--detected-loss",
      paramLabel = "A",
      converter = VerifyCommand.RationalConverter.class,
      description =
          "The inspector's loss a < 1 for a detected violation in the non-zero-sum version"
              + " (an undetected one costs 1); default -b, the zero-sum game.")
  Rational detectedLoss;

  @Option(
      names = "--max-periods",
      paramLabel = "N",
      defaultValue = "300",
      description =
          "Largest number of periods accepted (default: ${DEFAULT-VALUE}; the exact recursions grow about"
              + " cubically, some seconds at 300); more exits with code 3.")
  int maxPeriods;

  @Option(names = "--json", description = "Write JSON instead of text.")
  boolean json;

  @Override
  public Integer call() {
    if (periods > maxPeriods) {
      throw new LimitExceededException(
          "verify dresher: --periods "
              + periods
              + " exceeds the limit "
              + maxPeriods
              + " (raise it with --max-periods)");
    }
    DresherGame game;
    DresherLeadership.Result lead;
    try {
      game = new DresherGame(periods, inspections, penalty);
      lead =
          detectedLoss == null
              ? new DresherLeadership().solve(game)
              : new DresherLeadership().solve(game, detectedLoss);
    } catch (IllegalArgumentException e) {
      throw VerifyCommand.badInput("dresher", e);
    }
    DresherSolution rec = new DresherRecursion().solve(game);
    DresherSolution closed = new DresherClosedForm().solve(game);
    if (!rec.equals(closed)) {
      throw new IllegalStateException(
          "recursion " + rec + " and closed form " + closed + " disagree");
    }
    new VerifyCommand.Report(
            "dresher",
            "Dresher inspection game: n = "
                + periods
                + " periods, m = "
                + inspections
                + " inspections, penalty b = "
                + penalty)
        .input("periods", periods)
        .input("inspections", inspections)
        .input("penalty", penalty)
        .input("detectedLoss", lead.detectedLoss())
        .exact("value", "inspectee value v(n,m)", rec.value())
        .exact("inspectNow", "P(inspect in first period)", rec.inspectNow())
        .exact("violateNow", "P(violate in first period)", rec.violateNow())
        .exact("regret", "stage-game regret (0 = equilibrium)", rec.regret())
        .flag("closedFormAgrees", "recursion and closed form agree exactly", true)
        .section(
            "leadership",
            "Inspector leadership (inspector's loss: 1 undetected, a = "
                + lead.detectedLoss()
                + " detected)")
        .exact(
            "simultaneousInspectorPayoff",
            "inspector payoff, simultaneous",
            lead.simultaneousInspectorPayoff())
        .exact(
            "simultaneousViolateNow",
            "P(violate in first period), simultaneous",
            lead.simultaneousViolateNow())
        .exact("leaderInspectorPayoff", "inspector payoff, leading", lead.leaderInspectorPayoff())
        .exact(
            "leaderViolationProbability",
            "P(violation ever), leading",
            lead.leaderViolationProbability())
        .exact("leadershipGain", "gain from leading", lead.leadershipGain())
        .note("tie-breaking: an indifferent inspectee acts legally while inspections remain")
        .end()
        .print(spec, json);
    return ExitCodes.OK;
  }
}
