package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.games.Rational;
import org.parley.verification.inspection.InspectionEquilibrium;
import org.parley.verification.inspection.InspectionGame;
import org.parley.verification.inspection.InspectionGameSolution;
import org.parley.verification.inspection.InspectionGameSolver;
import org.parley.verification.inspection.InspectorLeadership;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley verify inspection}: the 2×2 inspection game with errors (verification.md §2). */
@Command(
    name = "inspection",
    mixinStandardHelpOptions = true,
    description =
        "The 2x2 inspection game with errors (exact). False alarms, detection errors and"
            + " inspection cost (Avenhaus, von Stengel, Zamir 2002): equilibrium regime, deterrence"
            + " threshold and inspector leadership, in exact fractions.")
public final class VerifyInspectionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--alpha",
      defaultValue = "0",
      converter = VerifyCommand.RationalConverter.class,
      description = "False-alarm probability of an inspection (default ${DEFAULT-VALUE}).")
  Rational alpha;

  @Option(
      names = "--beta",
      required = true,
      converter = VerifyCommand.RationalConverter.class,
      description = "Non-detection probability of an inspection (1 - beta detects).")
  Rational beta;

  @Option(
      names = "--a",
      required = true,
      converter = VerifyCommand.RationalConverter.class,
      description = "Inspector's loss for a detected violation (0 < a < c).")
  Rational a;

  @Option(
      names = "--c",
      required = true,
      converter = VerifyCommand.RationalConverter.class,
      description = "Inspector's loss for an undetected violation.")
  Rational c;

  @Option(
      names = "--e",
      required = true,
      converter = VerifyCommand.RationalConverter.class,
      description = "Inspector's loss for a false alarm (> 0).")
  Rational e;

  @Option(
      names = "--k",
      defaultValue = "0",
      converter = VerifyCommand.RationalConverter.class,
      description = "Cost of inspecting (>= 0, default ${DEFAULT-VALUE}).")
  Rational k;

  @Option(
      names = "--b",
      required = true,
      converter = VerifyCommand.RationalConverter.class,
      description = "Inspectee's loss when caught (> 0).")
  Rational b;

  @Option(
      names = "--d",
      required = true,
      converter = VerifyCommand.RationalConverter.class,
      description = "Inspectee's gain from an undetected violation (> 0).")
  Rational d;

  @Option(
      names = "--h",
      required = true,
      converter = VerifyCommand.RationalConverter.class,
      description = "Inspectee's loss from a false alarm (> 0).")
  Rational h;

  @Option(names = "--json", description = "Write JSON instead of text.")
  boolean json;

  @Override
  public Integer call() {
    InspectionGame game;
    try {
      game =
          InspectionGame.builder()
              .alpha(alpha)
              .beta(beta)
              .a(a)
              .c(c)
              .e(e)
              .k(k)
              .b(b)
              .d(d)
              .h(h)
              .build();
    } catch (IllegalArgumentException ex) {
      throw VerifyCommand.badInput("inspection", ex);
    }
    InspectionGameSolution s = new InspectionGameSolver().solve(game);
    InspectionEquilibrium eq = s.equilibrium();
    String regime;
    if (eq instanceof InspectionEquilibrium.Mixed) {
      regime = "interior mixed";
    } else if (eq instanceof InspectionEquilibrium.NoInspection) {
      regime = "pure corner: no inspection, violation";
    } else {
      regime = "pure corner: inspection, violation not deterred";
    }
    String leadKind;
    if (s.leadership() instanceof InspectorLeadership.Tolerance tol) {
      leadKind =
          tol.attained()
              ? "tolerate the violation"
              : "tolerate the violation (supremum, approached just below p*)";
    } else {
      leadKind = "deterrence (inspectee legal)";
    }
    new VerifyCommand.Report(
            "inspection",
            "2x2 inspection game: alpha = "
                + alpha
                + ", beta = "
                + beta
                + ", a = "
                + a
                + ", c = "
                + c
                + ", e = "
                + e
                + ", k = "
                + k
                + ", b = "
                + b
                + ", d = "
                + d
                + ", h = "
                + h)
        .input("alpha", alpha)
        .input("beta", beta)
        .input("a", a)
        .input("c", c)
        .input("e", e)
        .input("k", k)
        .input("b", b)
        .input("d", d)
        .input("h", h)
        .section("equilibrium", "Simultaneous play")
        .text("regime", "regime", regime)
        .exact("inspection", "P(inspect) p*", eq.inspection())
        .exact("violation", "P(violate) t*", eq.violation())
        .exact("inspectorPayoff", "inspector payoff", eq.inspectorPayoff())
        .exact("inspecteePayoff", "inspectee payoff", eq.inspecteePayoff())
        .exact("regret", "regret (0 = equilibrium)", s.regret())
        .section("leadership", "Inspector leadership (ties broken toward legality)")
        .text("kind", "best announcement", leadKind)
        .exact("inspection", "announced P(inspect)", s.leadership().inspection())
        .exact("inspectorPayoff", "inspector payoff", s.leadership().inspectorPayoff())
        .end()
        .exact(
            "deterrenceThreshold",
            "deterrence threshold (d + h alpha)/(b + d)",
            s.deterrenceThreshold())
        .flag(
            "deterredUnderCertainInspection",
            "certain inspection deters",
            game.detection().compareTo(s.deterrenceThreshold()) >= 0)
        .print(spec, json);
    return ExitCodes.OK;
  }
}
