package org.parley.summit.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.bargaining.Forecast;
import org.parley.bargaining.scenario.SettlementAnalysis.ModelSettlement;
import org.parley.model.Issue;
import org.parley.model.Phase;
import org.parley.model.Scenario;
import org.parley.model.Source;
import org.parley.model.paths.ScenarioPaths;
import org.parley.summit.SummitBaseline;
import org.parley.summit.compliance.PhaseEquilibrium;
import org.parley.summit.compliance.TypeStrategy;
import org.parley.summit.credibility.Credibility;
import org.parley.summit.credibility.Hazard;
import org.parley.summit.credibility.PhaseRisk;
import org.parley.summit.credibility.SignalUpdate;
import org.parley.summit.sensitivity.SobolIndices;
import org.parley.summit.sensitivity.TornadoResult;
import org.parley.summit.simulation.MonteCarloResult;
import org.parley.summit.simulation.Probability;

/**
 * The report as a JSON tree (maps and lists in a fixed order; numbers rounded to 6 decimals), the
 * layout published in {@code docs/report.schema.json}. Deterministic: no clock, no thread count.
 */
public final class JsonReport {
  private JsonReport() {}

  private static final com.fasterxml.jackson.databind.ObjectWriter WRITER =
      new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter();

  /** The report as pretty-printed JSON text, ending with a newline. */
  public static String write(SummitReport r) {
    try {
      return WRITER.writeValueAsString(tree(r)) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the report tree holds only maps, lists and scalars", e);
    }
  }

  /** The report as ordered maps, lists, strings, numbers and booleans. */
  public static Map<String, Object> tree(SummitReport r) {
    Scenario s = r.scenario();
    SummitBaseline b = r.baseline();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", SummitReport.FORMAT);
    root.put(
        "scenario",
        map(
            "id",
            s.id(),
            "title",
            s.title(),
            "as_of",
            s.asOf().toString(),
            "question",
            s.question()));
    AnalysisRequest q = r.request();
    root.put(
        "run",
        map(
            "seed",
            q.seed(),
            "samples",
            q.samples(),
            "forecaster",
            q.forecaster(),
            "comparison",
            q.comparison(),
            "tornado_outcome",
            q.tornadoOutcome(),
            "tornado_samples",
            q.tornadoSamples(),
            "sobol_samples",
            q.sobolSamples()));
    root.put("settlement", settlement(s, b.settlement(), r.comparison()));
    root.put("agreement", agreement(b));
    root.put("credibility", credibility(b.credibility()));
    root.put("phases", b.equilibria().stream().map(JsonReport::phase).toList());
    Map<String, Object> outcomes = new LinkedHashMap<>();
    Map<String, Object> exact = new LinkedHashMap<>();
    b.outcomes().probabilities().forEach((k, v) -> exact.put(k, round(v)));
    outcomes.put("at_point_values", exact);
    outcomes.put("monte_carlo", monteCarlo(r.monteCarlo()));
    root.put("outcomes", outcomes);
    Map<String, Object> drivers = new LinkedHashMap<>();
    r.tornado().ifPresent(t -> drivers.put("tornado", tornado(t)));
    r.sobol().ifPresent(x -> drivers.put("sobol", sobol(x)));
    root.put("drivers", drivers);
    root.put("inputs", inputs(s));
    root.put(
        "sources",
        s.sources().stream()
            .map((Source src) -> map("id", src.id(), "citation", src.citation()))
            .toList());
    return root;
  }

  private static Map<String, Object> settlement(
      Scenario s, ModelSettlement main, List<ModelSettlement> comparison) {
    List<Object> issues = new ArrayList<>();
    for (Issue issue : s.issues()) {
      Forecast f = main.perIssue().get(issue.id());
      double y = f.settlement(0);
      Map<String, Object> m =
          map(
              "id",
              issue.id(),
              "name",
              issue.name(),
              "scale",
              List.of(issue.lo(), issue.hi()),
              "status_quo",
              issue.statusQuo(),
              "settlement",
              round(y));
      issue
          .nearestAnchor(y)
          .ifPresent(a -> m.put("nearest_anchor", map("at", a.at(), "label", a.label())));
      m.put("rounds", f.convergence().rounds());
      m.put("converged", f.convergence().converged());
      m.put("trajectory", f.trajectory().stream().map(t -> round(t.forecast()[0])).toList());
      m.put(
          "moves",
          f.moves().stream()
              .limit(50)
              .map(
                  mv ->
                      map(
                          "round",
                          mv.round(),
                          "actor",
                          mv.actor(),
                          "from",
                          round(mv.from()),
                          "to",
                          round(mv.to()),
                          "cause",
                          mv.cause(),
                          "expected_gain",
                          round(mv.expectedGain())))
              .toList());
      Map<String, Object> others = new LinkedHashMap<>();
      for (ModelSettlement c : comparison) {
        others.put(c.model(), round(c.perIssue().get(issue.id()).settlement(0)));
      }
      m.put("comparison", others);
      issues.add(m);
    }
    Map<String, Object> ladders = new LinkedHashMap<>();
    for (ModelSettlement c : comparison) {
      ladders.put(c.model(), c.ladder().agreed().stream().map(Phase::id).toList());
    }
    return map(
        "model",
        main.model(),
        "parameters",
        new java.util.TreeMap<>(main.perIssue().values().iterator().next().parameters()),
        "issues",
        issues,
        "comparison_agreed_phases",
        ladders);
  }

  private static Map<String, Object> agreement(SummitBaseline b) {
    Map<String, Object> m =
        map(
            "agreed_phases",
            b.agreedPhases().stream().map(Phase::id).toList(),
            "no_deal",
            b.noDeal());
    b.ladder()
        .blocked()
        .ifPresent(
            p -> {
              m.put("blocked_at", p.id());
              m.put(
                  "shortfalls",
                  b.ladder().shortfalls().stream()
                      .map(
                          sf ->
                              map(
                                  "issue",
                                  sf.issue(),
                                  "settlement",
                                  round(sf.settlement()),
                                  "threshold",
                                  sf.threshold()))
                      .toList());
            });
    m.put(
        "complier_stops_before",
        b.stoppedBefore() == 0 ? null : b.agreedPhases().get(b.stoppedBefore() - 1).id());
    return m;
  }

  private static Map<String, Object> credibility(Credibility c) {
    List<Object> hazards = new ArrayList<>();
    for (Hazard h : c.hazards()) {
      hazards.add(
          map(
              "class",
              h.classId(),
              "description",
              h.description(),
              "k",
              h.k(),
              "n",
              h.n(),
              "a",
              h.a(),
              "b",
              h.b(),
              "window_years",
              h.windowYears(),
              "h",
              round(h.h()),
              "counted",
              h.counted(),
              "suffered",
              h.suffered(),
              "excluded",
              h.excluded()));
    }
    List<Object> risks = new ArrayList<>();
    for (PhaseRisk p : c.phaseRisks()) {
      risks.add(
          map(
              "phase",
              p.phaseId(),
              "deterrent_given_up",
              p.deterrentGivenUp(),
              "rho",
              round(p.rho()),
              "expected_loss",
              round(p.expectedLoss())));
    }
    var tb = c.belief();
    List<Object> updates = new ArrayList<>();
    for (SignalUpdate u : tb.updates()) {
      updates.add(
          map(
              "signal",
              u.signalId(),
              "verified",
              u.verified(),
              "costly",
              u.costly(),
              "likelihood_ratio",
              u.likelihoodRatio(),
              "before",
              round(u.before()),
              "after",
              round(u.after())));
    }
    var rn = c.reneging();
    Map<String, Object> strengths = new LinkedHashMap<>();
    c.strengths().forEach((k, v) -> strengths.put(k, v));
    return map(
        "primary_class",
        c.primaryClass(),
        "h",
        round(c.h()),
        "hazards",
        hazards,
        "assurance_strengths",
        strengths,
        "kappa",
        round(c.kappa()),
        "phase_risks",
        risks,
        "complier_type",
        map(
            "prior_a",
            tb.priorA(),
            "prior_b",
            tb.priorB(),
            "broken",
            tb.broken(),
            "kept",
            tb.kept(),
            "counted",
            tb.counted(),
            "excluded",
            tb.excluded(),
            "p_opportunistic_prior",
            round(tb.prior()),
            "signal_updates",
            updates,
            "p_opportunistic",
            round(tb.posterior())),
        "reneging",
        map(
            "prior_a",
            rn.priorA(),
            "prior_b",
            rn.priorB(),
            "counterpart_breaches",
            rn.counterpartBreaches(),
            "ended",
            rn.ended(),
            "breach_rate",
            round(rn.breachRate()),
            "per_phase",
            round(rn.perPhase())));
  }

  private static Map<String, Object> phase(PhaseEquilibrium e) {
    var sp = e.spec();
    return map(
        "phase",
        sp.phaseId(),
        "name",
        sp.phaseName(),
        "access",
        sp.access().name().toLowerCase(java.util.Locale.ROOT),
        "p_opportunistic",
        round(sp.belief()),
        "opportunistic",
        strategy(e.opportunistic()),
        "sincere",
        strategy(e.sincere()),
        "inspector_allocation",
        map(
            "undeclared_share",
            sp.shares(),
            "probability",
            e.allocation().stream().map(JsonReport::round).toList()),
        "detection_declared",
        round(e.detectionDeclared()),
        "detection_undeclared",
        round(e.detectionUndeclared()),
        "false_alarm",
        round(e.falseAlarm()),
        "cheat_probability",
        round(e.cheatProbability()),
        "detected_cheating",
        round(e.detectedCheating()),
        "undetected_cheating",
        round(e.undetectedCheating()),
        "complier_payoff",
        round(e.complierPayoff()),
        "inspector_payoff",
        round(e.inspectorPayoff()),
        "regret",
        e.regret(),
        "method",
        e.method());
  }

  private static Map<String, Object> strategy(TypeStrategy t) {
    return map(
        "comply",
        round(t.comply()),
        "cheat_declared",
        round(t.cheatDeclared()),
        "cheat_undeclared",
        round(t.cheatUndeclared()));
  }

  private static Map<String, Object> monteCarlo(MonteCarloResult mc) {
    var m = mc.monthsToCollapse();
    return map(
        "samples",
        mc.samples(),
        "seed",
        mc.seed(),
        "inputs",
        mc.inputs(),
        "kinds",
        mc.kinds().stream().map(JsonReport::probability).toList(),
        "classes",
        mc.outcomes().stream().map(o -> probability(o.probability())).toList(),
        "months_to_collapse",
        m.count() == 0
            ? map("count", 0)
            : map(
                "count",
                m.count(),
                "mean",
                round(m.mean()),
                "p10",
                round(m.p10()),
                "median",
                round(m.median()),
                "p90",
                round(m.p90()),
                "max",
                round(m.max()),
                "by_month",
                byMonth(m.byWholeMonth())),
        "expected_deepest_phase",
        round(mc.expectedDeepestPhase()),
        "deepest_phase_counts",
        mc.deepestPhase(),
        "hidden_violation",
        probability(mc.hiddenViolation()));
  }

  private static Map<String, Object> byMonth(Map<Integer, Long> counts) {
    Map<String, Object> out = new LinkedHashMap<>();
    counts.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  private static Map<String, Object> probability(Probability p) {
    return map(
        "label",
        p.label(),
        "count",
        p.count(),
        "p",
        round(p.estimate()),
        "ci95",
        List.of(round(p.interval95().lo()), round(p.interval95().hi())));
  }

  private static Map<String, Object> tornado(TornadoResult t) {
    return map(
        "outcome",
        t.output(),
        "low_percentile",
        t.lowLevel(),
        "high_percentile",
        t.highLevel(),
        "samples",
        t.samples(),
        "base",
        round(t.base()),
        "bars",
        t.bars().stream()
            .map(
                x ->
                    map(
                        "input",
                        x.input(),
                        "low_value",
                        round(x.lowValue()),
                        "high_value",
                        round(x.highValue()),
                        "at_low",
                        round(x.atLow()),
                        "at_high",
                        round(x.atHigh()),
                        "low_se",
                        round(x.lowStandardError()),
                        "high_se",
                        round(x.highStandardError())))
            .toList());
  }

  private static Map<String, Object> sobol(SobolIndices x) {
    return map(
        "outcome",
        x.output(),
        "samples",
        x.samples(),
        "evaluations",
        x.evaluations(),
        "mean",
        round(x.mean()),
        "variance",
        round(x.variance()),
        "indices",
        x.indices().stream()
            .map(
                i ->
                    map(
                        "input",
                        i.factor(),
                        "first_order",
                        round(i.firstOrder()),
                        "total",
                        round(i.total())))
            .toList());
  }

  /**
   * Every number of the scenario with its value and provenance, so each figure traces to an input.
   */
  private static List<Object> inputs(Scenario s) {
    List<Object> out = new ArrayList<>();
    s.provenance()
        .forEach(
            (path, p) -> {
              Map<String, Object> m = map("path", path);
              try {
                m.put("value", ScenarioPaths.get(s, path));
              } catch (IllegalArgumentException e) {
                m.put("value", null); // paths of distribution parameters are not model inputs
              }
              m.put("provenance", p.describe());
              out.add(m);
            });
    return out;
  }

  static double round(double x) {
    if (!Double.isFinite(x)) {
      return x;
    }
    return Math.round(x * 1e6) / 1e6;
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
