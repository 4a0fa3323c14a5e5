package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.verification.inspection.AccountancyGame;
import org.parley.verification.inspection.AccountancyGameSolver;
import org.parley.verification.inspection.AccountancySolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley verify accountancy}: the α–β material-accountancy game, or with {@code --alpha} the
 * detection probability of the one-sided MUF test (verification.md §3).
 */
@Command(
    name = "accountancy",
    mixinStandardHelpOptions = true,
    description =
        "Material accountancy: the MUF test and the alpha-beta game. With --alpha, the detection"
            + " probability of the one-sided MUF test; with --a --c --e --b --d --h, the alpha-beta"
            + " (Neyman-Pearson) inspection game.")
public final class VerifyAccountancyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--m-over-sigma",
      required = true,
      paramLabel = "X",
      description = "The diversion M in standard deviations of the MUF (> 0).")
  double mOverSigma;

  @Option(
      names = "--alpha",
      paramLabel = "A",
      description = "False-alarm probability of the test: report its detection probability.")
  Double alpha;

  @Option(names = "--a", description = "Inspector's loss for a detected violation (0 < a < c).")
  Double a;

  @Option(names = "--c", description = "Inspector's loss for an undetected violation.")
  Double c;

  @Option(names = "--e", description = "Inspector's loss for a false alarm (> 0).")
  Double e;

  @Option(names = "--b", description = "Inspectee's loss when caught (> h).")
  Double b;

  @Option(names = "--d", description = "Inspectee's gain from an undetected violation (> 0).")
  Double d;

  @Option(names = "--h", description = "Inspectee's loss from a false alarm (> 0).")
  Double h;

  @Option(names = "--json", description = "Write JSON instead of text.")
  boolean json;

  @Override
  public Integer call() {
    List<String> given = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    String[] names = {"--a", "--c", "--e", "--b", "--d", "--h"};
    Double[] values = {a, c, e, b, d, h};
    for (int i = 0; i < names.length; i++) {
      (values[i] == null ? missing : given).add(names[i]);
    }
    if (alpha != null) {
      if (!given.isEmpty()) {
        throw new UserInputException(
            "verify accountancy: --alpha asks for the test's detection probability; "
                + "it cannot be combined with the game's payoffs "
                + String.join(", ", given));
      }
      double p;
      try {
        if (!(mOverSigma > 0) || Double.isInfinite(mOverSigma)) {
          throw new IllegalArgumentException(
              "m-over-sigma is " + mOverSigma + "; it must be a finite number > 0");
        }
        p = AccountancyGame.detectionProbability(mOverSigma, alpha);
      } catch (IllegalArgumentException ex) {
        throw VerifyCommand.badInput("accountancy", ex);
      }
      new VerifyCommand.Report(
              "accountancy-test",
              "One-sided MUF test: M/sigma = " + mOverSigma + ", alpha = " + alpha)
          .input("mOverSigma", mOverSigma)
          .input("alpha", alpha)
          .number("detection", "detection probability 1 - beta", p)
          .print(spec, json);
      return ExitCodes.OK;
    }
    if (!missing.isEmpty()) {
      throw new UserInputException(
          "verify accountancy: missing "
              + String.join(", ", missing)
              + " for the alpha-beta game (or give --alpha for the test's detection probability)");
    }
    AccountancySolution s;
    try {
      s = new AccountancyGameSolver().solve(new AccountancyGame(mOverSigma, a, c, e, b, d, h));
    } catch (IllegalArgumentException ex) {
      throw VerifyCommand.badInput("accountancy", ex);
    }
    new VerifyCommand.Report(
            "accountancy",
            "Alpha-beta accountancy game: M/sigma = "
                + mOverSigma
                + ", a = "
                + a
                + ", c = "
                + c
                + ", e = "
                + e
                + ", b = "
                + b
                + ", d = "
                + d
                + ", h = "
                + h)
        .input("mOverSigma", mOverSigma)
        .input("a", a)
        .input("c", c)
        .input("e", e)
        .input("b", b)
        .input("d", d)
        .input("h", h)
        .number("alpha", "equilibrium false-alarm probability alpha*", s.alpha())
        .number("detection", "detection probability 1 - beta(alpha*)", s.detection())
        .number("violation", "violation probability t*", s.violation())
        .number(
            "inspectorSimultaneous", "inspector payoff, simultaneous", s.inspectorSimultaneous())
        .number("inspectorLeader", "inspector payoff, leading (-e alpha*)", s.inspectorLeader())
        .number("inspecteePayoff", "inspectee payoff (-h alpha*)", s.inspecteePayoff())
        .integer("evaluations", "root-finder evaluations (Brent)", s.evaluations())
        .number("residual", "indifference residual", s.residual())
        .print(spec, json);
    return ExitCodes.OK;
  }
}
