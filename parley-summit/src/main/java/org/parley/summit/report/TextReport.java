package org.parley.summit.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.parley.bargaining.Forecast;
import org.parley.bargaining.scenario.SettlementAnalysis.ModelSettlement;
import org.parley.model.Issue;
import org.parley.model.Phase;
import org.parley.model.Scenario;
import org.parley.summit.SummitBaseline;
import org.parley.summit.compliance.PhaseEquilibrium;
import org.parley.summit.credibility.Credibility;
import org.parley.summit.credibility.Hazard;
import org.parley.summit.credibility.PhaseRisk;
import org.parley.summit.credibility.SignalUpdate;
import org.parley.summit.sensitivity.TornadoResult;
import org.parley.summit.simulation.MonteCarloResult;
import org.parley.summit.simulation.Probability;

/**
 * The report as text for a terminal: the three questions, each answered with numbers and reasons.
 */
public final class TextReport {
  private static final int TOP_DRIVERS = 5;

  private TextReport() {}

  /** Writes the report. */
  public static void write(SummitReport r, PrintWriter out) {
    Scenario s = r.scenario();
    SummitBaseline b = r.baseline();
    out.println(s.title() + "  [" + s.id() + ", as of " + s.asOf() + "]");
    out.println("Question: " + s.question());
    out.println();
    settlement(r, out);
    out.println();
    credibility(b.credibility(), b, out);
    out.println();
    phases(b, out);
    out.println();
    outcomes(r.monteCarlo(), out);
    out.println();
    drivers(r, out);
    out.println();
    out.printf(
        Locale.ROOT,
        "Seed %d, %,d samples; the same seed gives the same report on any number of threads.%n",
        r.request().seed(),
        r.request().samples());
    out.println(
        "Models and equations: docs/models/. Inputs and their sources: --json (\"inputs\") or 'parley scenario show'.");
  }

  private static void settlement(SummitReport r, PrintWriter out) {
    Scenario s = r.scenario();
    SummitBaseline b = r.baseline();
    ModelSettlement main = b.settlement();
    out.println(
        "1. WHAT CAN THE MEETING ACHIEVE?  Settlement by "
            + main.model()
            + " (others for comparison)");
    StringBuilder head =
        new StringBuilder(
            String.format(Locale.ROOT, "   %-18s %6s %8s", "issue", "now", main.model()));
    for (ModelSettlement c : r.comparison()) {
      head.append(String.format(Locale.ROOT, " %10s", c.model()));
    }
    out.println(head);
    for (Issue issue : s.issues()) {
      Forecast f = main.perIssue().get(issue.id());
      double y = f.settlement(0);
      StringBuilder row =
          new StringBuilder(
              String.format(Locale.ROOT, "   %-18s %6.1f %8.1f", issue.id(), issue.statusQuo(), y));
      for (ModelSettlement c : r.comparison()) {
        row.append(
            String.format(Locale.ROOT, " %10.1f", c.perIssue().get(issue.id()).settlement(0)));
      }
      out.println(row);
      issue
          .nearestAnchor(y)
          .ifPresent(
              a -> out.printf(Locale.ROOT, "   %-18s ~ %s: %s%n", "", fmt(a.at()), a.label()));
      if (f.trajectory().size() > 1) {
        out.printf(Locale.ROOT, "   %-18s %s%n", "", trajectory(f));
      }
    }
    String agreed =
        b.noDeal()
            ? "none: no deal"
            : b.agreedPhases().stream().map(Phase::id).collect(Collectors.joining(" -> "));
    out.println("   Agreed phases: " + agreed);
    b.ladder()
        .blocked()
        .ifPresent(
            p ->
                out.println(
                    "   Next, "
                        + p.id()
                        + ", needs "
                        + b.ladder().shortfalls().stream()
                            .map(
                                sf ->
                                    sf.issue()
                                        + " >= "
                                        + fmt(sf.threshold())
                                        + " (forecast "
                                        + String.format(Locale.ROOT, "%.1f", sf.settlement())
                                        + ")")
                            .collect(Collectors.joining(", "))));
    for (ModelSettlement c : r.comparison()) {
      out.printf(
          Locale.ROOT,
          "   %s would agree: %s%n",
          c.model(),
          c.ladder().noDeal()
              ? "no deal"
              : c.ladder().agreed().stream().map(Phase::id).collect(Collectors.joining(" -> ")));
    }
  }

  private static String trajectory(Forecast f) {
    List<Forecast.Round> rounds = f.trajectory();
    int n = rounds.size();
    StringBuilder sb = new StringBuilder("rounds: ");
    for (int i = 0; i < n; i++) {
      if (n > 7 && i >= 3 && i < n - 2) {
        if (i == 3) {
          sb.append("... -> ");
        }
        continue;
      }
      sb.append(String.format(Locale.ROOT, "%.1f", rounds.get(i).forecast()[0]));
      if (i < n - 1) {
        sb.append(" -> ");
      }
    }
    int moved = (int) f.moves().size();
    return sb
        + String.format(
            Locale.ROOT,
            " (%d round%s, %s; %d accepted offer%s)",
            n - 1,
            n == 2 ? "" : "s",
            f.convergence().converged() ? "converged" : "round limit",
            moved,
            moved == 1 ? "" : "s");
  }

  private static void credibility(Credibility c, SummitBaseline b, PrintWriter out) {
    out.println("2. WILL THE DEAL HOLD?");
    out.println("   Credibility");
    for (Hazard h : c.hazards()) {
      out.printf(
          Locale.ROOT,
          "   h %-16s = %.3f  (%d of %d precedents hit within %s years; Beta(%s, %s) prior)%s%n",
          "[" + h.classId() + "]",
          h.h(),
          h.k(),
          h.n(),
          fmt(h.windowYears()),
          fmt(h.a()),
          fmt(h.b()),
          h.classId().equals(c.primaryClass()) ? "  <- the complier's reading" : "");
    }
    out.printf(
        Locale.ROOT,
        "   kappa = %.3f  assurance credibility, 1 - prod(1 - sigma): %s%n",
        c.kappa(),
        c.strengths().entrySet().stream()
            .map(e -> e.getKey() + " " + fmt(e.getValue()))
            .collect(Collectors.joining(", ")));
    StringBuilder rho = new StringBuilder("   rho_j = h (1 - kappa) f_j:");
    for (PhaseRisk p : c.phaseRisks()) {
      rho.append(String.format(Locale.ROOT, " %s %.3f", p.phaseId(), p.rho()));
    }
    out.println(rho);
    var t = c.belief();
    out.printf(
        Locale.ROOT,
        "   P(complier opportunistic) = %.3f from its record (%d broken, %d kept before as_of)",
        t.prior(),
        t.broken(),
        t.kept());
    for (SignalUpdate u : t.updates()) {
      out.printf(Locale.ROOT, "; %s -> %.3f", u.signalId(), u.after());
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "   P(guarantor reneges) per phase = %.3f (breach rate %.3f x (1 - kappa))%n",
        c.reneging().perPhase(),
        c.reneging().breachRate());
    if (b.stoppedBefore() > 0) {
      Phase p = b.agreedPhases().get(b.stoppedBefore() - 1);
      out.println(
          "   The complier stops before "
              + p.id()
              + ": the regime risk rho V outweighs what the phase brings.");
    }
  }

  private static void phases(SummitBaseline b, PrintWriter out) {
    if (b.equilibria().isEmpty()) {
      out.println("   Compliance games: none (no phase is entered).");
      return;
    }
    out.println(
        "   Compliance game per phase (sequence form; certificate: regret <= "
            + String.format(Locale.ROOT, "%.0e", Math.max(b.maxRegret(), 1e-12))
            + ")");
    out.printf(
        Locale.ROOT,
        "   %-18s %-24s %8s %9s %10s %9s %8s%n",
        "phase",
        "access",
        "P(opp)",
        "P(cheat)",
        "undeclared",
        "P(caught)",
        "alarm");
    boolean marked = false;
    for (PhaseEquilibrium e : b.equilibria()) {
      double detect =
          e.cheatProbability() > 0 ? e.detectedCheating() / e.cheatProbability() : Double.NaN;
      boolean notEntered = b.stoppedBefore() > 0 && e.index() >= b.stoppedBefore();
      marked |= notEntered;
      out.printf(
          Locale.ROOT,
          "   %-18s %-24s %8.3f %9.3f %10.3f %9s %8.3f%n",
          e.spec().phaseId() + (notEntered ? "*" : ""),
          e.spec().access().name().toLowerCase(Locale.ROOT),
          e.spec().belief(),
          e.cheatProbability(),
          e.opportunistic().cheatUndeclared(),
          Double.isNaN(detect) ? "-" : String.format(Locale.ROOT, "%.3f", detect),
          e.falseAlarm());
    }
    out.println(
        "   P(opp): belief the complier is opportunistic; P(cheat): overall; undeclared: the opportunistic type's");
    out.println(
        "   chance of cheating at an undeclared site; P(caught): detection given cheating; alarm: false alarm in the phase.");
    if (marked) {
      out.println(
          "   * not entered at the point values (the complier stops before it); entered in some samples.");
    }
  }

  private static void outcomes(MonteCarloResult mc, PrintWriter out) {
    out.printf(
        Locale.ROOT, "   Outcomes (Monte Carlo, %,d samples, 95%% intervals)%n", mc.samples());
    for (Probability p : mc.kinds()) {
      out.printf(
          Locale.ROOT,
          "   %-38s %6.1f%%  [%.1f, %.1f]%n",
          p.label(),
          100 * p.estimate(),
          100 * p.interval95().lo(),
          100 * p.interval95().hi());
    }
    out.println("   by phase and cause:");
    for (var o : mc.outcomes()) {
      if (o.probability().estimate() >= 0.001) {
        Probability p = o.probability();
        out.printf(
            Locale.ROOT,
            "     %-36s %6.1f%%  [%.1f, %.1f]%n",
            p.label(),
            100 * p.estimate(),
            100 * p.interval95().lo(),
            100 * p.interval95().hi());
      }
    }
    var m = mc.monthsToCollapse();
    if (m.count() > 0) {
      out.printf(
          Locale.ROOT,
          "   Months to collapse: median %.0f, 10-90%% %.0f-%.0f, mean %.1f%n",
          m.median(),
          m.p10(),
          m.p90(),
          m.mean());
    }
    out.printf(
        Locale.ROOT,
        "   Expected deepest phase: %.2f; a violation goes undetected in %.1f%% of runs%n",
        mc.expectedDeepestPhase(),
        100 * mc.hiddenViolation().estimate());
  }

  private static void drivers(SummitReport r, PrintWriter out) {
    out.println("3. WHAT WOULD CHANGE THAT?");
    if (r.tornado().isEmpty()) {
      out.println(
          "   No uncertain inputs to vary (add an 'uncertainty' section), or the tornado was turned off.");
      return;
    }
    TornadoResult t = r.tornado().get();
    out.printf(
        Locale.ROOT,
        "   P(%s) = %.1f%% with every input at its median; each input at its 10th / 90th percentile:%n",
        t.output(),
        100 * t.base());
    t.bars().stream()
        .limit(TOP_DRIVERS)
        .forEach(
            x ->
                out.printf(
                    Locale.ROOT,
                    "   %-50s %6.1f%% .. %5.1f%%  (%s .. %s)%n",
                    x.input(),
                    100 * x.atLow(),
                    100 * x.atHigh(),
                    fmt(x.lowValue()),
                    fmt(x.highValue())));
    r.sobol()
        .ifPresent(
            sb -> {
              out.println("   Sobol indices (first order / total):");
              sb.indices()
                  .forEach(
                      i ->
                          out.printf(
                              Locale.ROOT,
                              "   %-50s %.3f / %.3f%n",
                              i.factor(),
                              i.firstOrder(),
                              i.total()));
            });
  }

  private static String fmt(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e9) {
      return String.valueOf((long) x);
    }
    return String.format(Locale.ROOT, "%.3g", x);
  }
}
