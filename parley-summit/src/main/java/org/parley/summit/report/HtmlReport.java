package org.parley.summit.report;

import static org.parley.summit.report.Svg.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.bargaining.Forecast;
import org.parley.model.Issue;
import org.parley.model.Phase;
import org.parley.model.Scenario;
import org.parley.summit.SummitBaseline;
import org.parley.summit.compliance.PhaseEquilibrium;
import org.parley.summit.credibility.Hazard;
import org.parley.summit.credibility.PhaseRisk;
import org.parley.summit.simulation.Probability;

/**
 * The report as one self-contained HTML page (inline CSS and SVG, no scripts, no network) that
 * opens offline: the settlement with its trajectories, credibility, the compliance games, outcome
 * probabilities with intervals, and the drivers.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** The page. */
  public static String render(SummitReport r) {
    Scenario s = r.scenario();
    SummitBaseline b = r.baseline();
    StringBuilder h = new StringBuilder(32_000);
    h.append("<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n<title>")
        .append(esc(s.title()))
        .append(" — Parley report</title>\n<style>\n")
        .append(
            "body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}")
        .append(
            "h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}")
        .append(
            "table{border-collapse:collapse;margin:.5rem 0}td,th{padding:.2rem .6rem;border-bottom:1px solid #eee;text-align:right}")
        .append(
            "td:first-child,th:first-child{text-align:left}.note{color:#555;font-size:.9rem}svg{max-width:100%;height:auto}\n")
        .append("</style>\n</head>\n<body>\n");
    h.append("<h1>")
        .append(esc(s.title()))
        .append("</h1>\n<p class='note'>Scenario <code>")
        .append(esc(s.id()))
        .append("</code>, as of ")
        .append(s.asOf())
        .append(". Seed ")
        .append(r.request().seed())
        .append(", ")
        .append(r.request().samples())
        .append(" samples. ")
        .append(SummitReport.FORMAT)
        .append(".</p>\n");
    h.append("<p><strong>Question.</strong> ").append(esc(s.question())).append("</p>\n");

    h.append(
            "<h2>1. What can the meeting achieve?</h2>\n<table>\n<tr><th>issue</th><th>status quo</th><th>")
        .append(esc(b.settlement().model()))
        .append("</th><th>nearest labelled point</th>");
    r.comparison().forEach(c -> h.append("<th>").append(esc(c.model())).append("</th>"));
    h.append("</tr>\n");
    List<Svg.Series> series = new ArrayList<>();
    for (Issue issue : s.issues()) {
      Forecast f = b.settlement().perIssue().get(issue.id());
      double y = f.settlement(0);
      h.append("<tr><td>")
          .append(esc(issue.name()))
          .append("</td><td>")
          .append(num(issue.statusQuo(), 1))
          .append("</td><td><strong>")
          .append(num(y, 1))
          .append("</strong></td><td>")
          .append(esc(issue.nearestAnchor(y).map(a -> a.label()).orElse("")))
          .append("</td>");
      r.comparison()
          .forEach(
              c ->
                  h.append("<td>")
                      .append(num(c.perIssue().get(issue.id()).settlement(0), 1))
                      .append("</td>"));
      h.append("</tr>\n");
      series.add(
          new Svg.Series(issue.id(), f.trajectory().stream().map(t -> t.forecast()[0]).toList()));
    }
    h.append("</table>\n");
    double lo = s.issues().stream().mapToDouble(Issue::lo).min().orElse(0);
    double hi = s.issues().stream().mapToDouble(Issue::hi).max().orElse(100);
    h.append(
        Svg.lines(
            "Settlement trajectories (" + b.settlement().model() + ", forecast after each round)",
            "settlement",
            lo,
            hi,
            series));
    h.append("<p>Agreed phases: <strong>")
        .append(
            b.noDeal()
                ? "none (no deal)"
                : esc(String.join(" → ", b.agreedPhases().stream().map(Phase::name).toList())))
        .append("</strong>.");
    b.ladder()
        .blocked()
        .ifPresent(
            p ->
                h.append(" The next phase, ")
                    .append(esc(p.name()))
                    .append(", needs ")
                    .append(
                        esc(
                            String.join(
                                ", ",
                                b.ladder().shortfalls().stream()
                                    .map(
                                        sf ->
                                            sf.issue()
                                                + " ≥ "
                                                + num(sf.threshold(), 0)
                                                + " (forecast "
                                                + num(sf.settlement(), 1)
                                                + ")")
                                    .toList())))
                    .append("."));
    h.append("</p>\n");

    h.append(
        "<h2>2. Will the deal hold?</h2>\n<h3>Credibility</h3>\n<table>\n<tr><th>reference class</th><th>k of n hit</th><th>h</th></tr>\n");
    for (Hazard hz : b.credibility().hazards()) {
      h.append("<tr><td>")
          .append(esc(hz.classId()))
          .append(
              hz.classId().equals(b.credibility().primaryClass())
                  ? " (the complier's reading)"
                  : "")
          .append("</td><td>")
          .append(hz.k())
          .append(" of ")
          .append(hz.n())
          .append("</td><td>")
          .append(num(hz.h(), 3))
          .append("</td></tr>\n");
    }
    h.append("</table>\n<p>Assurance credibility κ = ")
        .append(num(b.credibility().kappa(), 3))
        .append("; P(complier opportunistic) = ")
        .append(num(b.credibility().belief().posterior(), 3))
        .append(" after the signals (")
        .append(num(b.credibility().belief().prior(), 3))
        .append(" from its record).</p>\n");
    h.append(
        "<table>\n<tr><th>phase</th><th>deterrent given up f</th><th>regime risk ρ</th></tr>\n");
    for (PhaseRisk p : b.credibility().phaseRisks()) {
      h.append("<tr><td>")
          .append(esc(p.phaseId()))
          .append("</td><td>")
          .append(num(p.deterrentGivenUp(), 2))
          .append("</td><td>")
          .append(num(p.rho(), 3))
          .append("</td></tr>\n");
    }
    h.append(
        "</table>\n<h3>Compliance games</h3>\n<table>\n<tr><th>phase</th><th>access</th><th>P(cheat)</th><th>undetected</th><th>false alarm</th><th>regret</th></tr>\n");
    for (PhaseEquilibrium e : b.equilibria()) {
      h.append("<tr><td>")
          .append(esc(e.spec().phaseId()))
          .append("</td><td>")
          .append(esc(e.spec().access().name().toLowerCase(Locale.ROOT)))
          .append("</td><td>")
          .append(num(e.cheatProbability(), 3))
          .append("</td><td>")
          .append(num(e.undetectedCheating(), 3))
          .append("</td><td>")
          .append(num(e.falseAlarm(), 3))
          .append("</td><td>")
          .append(String.format(Locale.ROOT, "%.1e", e.regret()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
    List<Svg.Bar> bars = new ArrayList<>();
    for (Probability p : r.monteCarlo().kinds()) {
      bars.add(new Svg.Bar(p.label(), p.estimate(), p.interval95().lo(), p.interval95().hi()));
    }
    h.append(
        Svg.probabilityBars(
            "Outcome probabilities (" + r.monteCarlo().samples() + " samples, 95% intervals)",
            bars));
    h.append("<p>Expected deepest phase ")
        .append(num(r.monteCarlo().expectedDeepestPhase(), 2))
        .append(".</p>\n");

    h.append("<h2>3. What would change that?</h2>\n");
    r.tornado()
        .ifPresentOrElse(
            t ->
                h.append(
                    Svg.tornado(
                        "P(" + t.output() + ") with each input at its 10th and 90th percentile",
                        t.base(),
                        t.bars().stream()
                            .map(x -> new Svg.TornadoBar(x.input(), x.atLow(), x.atHigh()))
                            .toList())),
            () ->
                h.append(
                    "<p>No tornado: the scenario has no uncertain inputs, or it was turned off.</p>\n"));
    h.append(
        "<p class='note'>Every figure traces to an input of the scenario or a model documented in <code>docs/models/</code>. "
            + "Produced by Parley.</p>\n</body>\n</html>\n");
    return h.toString();
  }

  private static String num(double x, int places) {
    return String.format(Locale.ROOT, "%." + places + "f", x);
  }
}
