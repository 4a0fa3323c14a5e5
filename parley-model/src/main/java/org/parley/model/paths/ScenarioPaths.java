package org.parley.model.paths;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parley.model.Actor;
import org.parley.model.Assurance;
import org.parley.model.Distribution;
import org.parley.model.InspectorPayoffs;
import org.parley.model.Issue;
import org.parley.model.Phase;
import org.parley.model.Precedents;
import org.parley.model.Scenario;
import org.parley.model.Signal;
import org.parley.model.Stakes;
import org.parley.model.TrackRecord;
import org.parley.model.Uncertainty;
import org.parley.model.VerificationRegime;

/**
 * Reads and sets any numeric input of a {@link Scenario} by its id-form path, the spelling of
 * docs/scenario-format.md ("Paths"): list items by id ({@code issues.sanctions.positions.US},
 * {@code phases.halt.duration_months}, {@code verification.detection_per_inspection.undeclared},
 * {@code precedents.prior.a}), items without an id by index ({@code uncertainty.2.alpha}). Every
 * key of {@link Scenario#provenance()} is such a path.
 *
 * <p>Scenarios are immutable, so setting returns a new scenario that differs from the old one in
 * that number only. Compile a path once ({@link #compile}) and reuse it: resolving ids is done at
 * compile time, and {@link #assignment} sets many inputs with a single rebuild.
 *
 * <pre>{@code
 * InputPath p = ScenarioPaths.compile(s, "assurances.china-guarantee.strength");
 * Scenario stronger = p.set(s, 0.8);
 * }</pre>
 */
public final class ScenarioPaths {
  private static final double INF = Double.POSITIVE_INFINITY;

  private ScenarioPaths() {}

  /** The input at {@code path} in {@code s}. */
  public static double get(Scenario s, String path) {
    return compile(s, path).get(s);
  }

  /** A copy of {@code s} with the input at {@code path} set to {@code value}. */
  public static Scenario set(Scenario s, String path, double value) {
    return compile(s, path).set(s, value);
  }

  /** Compiles several paths into one assignment (their values are set in the order given). */
  public static Assignment assignment(Scenario template, List<String> paths) {
    List<InputPath> out = new ArrayList<>();
    for (String p : paths) {
      out.add(compile(template, p));
    }
    return new Assignment(out);
  }

  /**
   * Compiles {@code path} against the structure (the ids) of {@code template}.
   *
   * @throws IllegalArgumentException naming the path and what was expected, if it resolves to no
   *     number of the template
   */
  public static InputPath compile(Scenario template, String path) {
    requireNonNull(template, "template");
    requireNonNull(path, "path");
    Cursor c = new Cursor(path);
    String section = c.key();
    return switch (section) {
      case "actors" -> actor(template, c);
      case "issues" -> issue(template, c);
      case "phases" -> phase(template, c);
      case "verification" -> verification(c);
      case "assurances" -> assurance(template, c);
      case "precedents" -> precedents(c);
      case "track_record" -> trackRecord(c);
      case "signals" -> signal(template, c);
      case "prestige" -> prestige(template, c);
      case "stakes" -> stakes(c);
      case "uncertainty" -> uncertainty(template, c);
      default ->
          throw c.nothing(
              "a section with numbers (actors, issues, phases, verification, assurances, precedents,"
                  + " track_record, signals, prestige, stakes, uncertainty)");
    };
  }

  // ---- sections ------------------------------------------------------------------------------

  private static InputPath actor(Scenario t, Cursor c) {
    String id = c.id(t.actors(), Actor::id, "an actor id");
    c.last("capability");
    Item<Actor> item = new Item<>(c.path, id, Actor::id);
    return new InputPath(
        c.path,
        false,
        Double.MIN_VALUE,
        INF,
        s -> item.find(s.actors()).capability(),
        (d, v) -> item.replace(d.actors, a -> new Actor(a.id(), a.name(), a.roles(), v)));
  }

  private static InputPath issue(Scenario t, Cursor c) {
    String id = c.id(t.issues(), Issue::id, "an issue id");
    Issue template = t.issues().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    Item<Issue> item = new Item<>(c.path, id, Issue::id);
    String field = c.key();
    switch (field) {
      case "status_quo" -> {
        c.end();
        return new InputPath(
            c.path,
            false,
            template.lo(),
            template.hi(),
            s -> item.find(s.issues()).statusQuo(),
            (d, v) ->
                item.replace(
                    d.issues, i -> issue(i, i.lo(), i.hi(), v, i.positions(), i.salience())));
      }
      case "scale" -> {
        String end = c.key();
        c.end();
        if (end.equals("lo")) {
          return new InputPath(
              c.path,
              false,
              -INF,
              INF,
              s -> item.find(s.issues()).lo(),
              (d, v) ->
                  item.replace(
                      d.issues,
                      i -> issue(i, v, i.hi(), i.statusQuo(), i.positions(), i.salience())));
        }
        if (end.equals("hi")) {
          return new InputPath(
              c.path,
              false,
              -INF,
              INF,
              s -> item.find(s.issues()).hi(),
              (d, v) ->
                  item.replace(
                      d.issues,
                      i -> issue(i, i.lo(), v, i.statusQuo(), i.positions(), i.salience())));
        }
        throw c.nothing("scale.lo or scale.hi");
      }
      case "positions", "salience" -> {
        boolean positions = field.equals("positions");
        Map<String, Double> m = positions ? template.positions() : template.salience();
        String actor =
            c.lastKeyOf(
                m,
                "an actor with a "
                    + (positions ? "position" : "salience")
                    + " on issue '"
                    + id
                    + "'");
        double lo = positions ? template.lo() : 0;
        double hi = positions ? template.hi() : 1;
        return new InputPath(
            c.path,
            false,
            lo,
            hi,
            s ->
                value(
                    c.path,
                    (positions
                        ? item.find(s.issues()).positions()
                        : item.find(s.issues()).salience()),
                    actor),
            (d, v) ->
                item.replace(
                    d.issues,
                    i ->
                        positions
                            ? issue(
                                i,
                                i.lo(),
                                i.hi(),
                                i.statusQuo(),
                                with(i.positions(), actor, v),
                                i.salience())
                            : issue(
                                i,
                                i.lo(),
                                i.hi(),
                                i.statusQuo(),
                                i.positions(),
                                with(i.salience(), actor, v))));
      }
      default -> throw c.nothing("status_quo, scale, positions or salience");
    }
  }

  private static Issue issue(
      Issue i, double lo, double hi, double sq, Map<String, Double> pos, Map<String, Double> sal) {
    return new Issue(i.id(), i.name(), lo, hi, i.anchors(), sq, pos, sal);
  }

  private static InputPath phase(Scenario t, Cursor c) {
    String id = c.id(t.phases(), Phase::id, "a phase id");
    Phase template = t.phases().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    Item<Phase> item = new Item<>(c.path, id, Phase::id);
    String field = c.key();
    switch (field) {
      case "thresholds", "implements" -> {
        boolean thresholds = field.equals("thresholds");
        String issue =
            c.lastKeyOf(
                thresholds ? template.thresholds() : template.implemented(),
                "an issue id of phase '" + id + "'");
        Issue scale =
            t.issues().stream().filter(i -> i.id().equals(issue)).findFirst().orElse(null);
        double lo = scale == null ? -INF : scale.lo();
        double hi = scale == null ? INF : scale.hi();
        return new InputPath(
            c.path,
            false,
            lo,
            hi,
            s ->
                value(
                    c.path,
                    thresholds
                        ? item.find(s.phases()).thresholds()
                        : item.find(s.phases()).implemented(),
                    issue),
            (d, v) ->
                item.replace(
                    d.phases,
                    p ->
                        thresholds
                            ? phase(
                                p,
                                with(p.thresholds(), issue, v),
                                p.implemented(),
                                p.durationMonths(),
                                p.deterrentGivenUp(),
                                p.complierBenefit(),
                                p.complierCost())
                            : phase(
                                p,
                                p.thresholds(),
                                with(p.implemented(), issue, v),
                                p.durationMonths(),
                                p.deterrentGivenUp(),
                                p.complierBenefit(),
                                p.complierCost())));
      }
      case "duration_months" -> {
        c.end();
        return new InputPath(
            c.path,
            false,
            Double.MIN_VALUE,
            1200,
            s -> item.find(s.phases()).durationMonths(),
            (d, v) ->
                item.replace(
                    d.phases,
                    p ->
                        phase(
                            p,
                            p.thresholds(),
                            p.implemented(),
                            v,
                            p.deterrentGivenUp(),
                            p.complierBenefit(),
                            p.complierCost())));
      }
      case "deterrent_given_up" -> {
        c.end();
        return new InputPath(
            c.path,
            false,
            0,
            1,
            s -> item.find(s.phases()).deterrentGivenUp(),
            (d, v) ->
                item.replace(
                    d.phases,
                    p ->
                        phase(
                            p,
                            p.thresholds(),
                            p.implemented(),
                            p.durationMonths(),
                            v,
                            p.complierBenefit(),
                            p.complierCost())));
      }
      case "complier_benefit" -> {
        c.end();
        return new InputPath(
            c.path,
            false,
            0,
            INF,
            s -> item.find(s.phases()).complierBenefit(),
            (d, v) ->
                item.replace(
                    d.phases,
                    p ->
                        phase(
                            p,
                            p.thresholds(),
                            p.implemented(),
                            p.durationMonths(),
                            p.deterrentGivenUp(),
                            v,
                            p.complierCost())));
      }
      case "complier_cost" -> {
        c.end();
        return new InputPath(
            c.path,
            false,
            0,
            INF,
            s -> item.find(s.phases()).complierCost(),
            (d, v) ->
                item.replace(
                    d.phases,
                    p ->
                        phase(
                            p,
                            p.thresholds(),
                            p.implemented(),
                            p.durationMonths(),
                            p.deterrentGivenUp(),
                            p.complierBenefit(),
                            v)));
      }
      default ->
          throw c.nothing(
              "thresholds, implements, duration_months, deterrent_given_up, complier_benefit or complier_cost");
    }
  }

  private static Phase phase(
      Phase p,
      Map<String, Double> thr,
      Map<String, Double> impl,
      double months,
      double f,
      double benefit,
      double cost) {
    return new Phase(p.id(), p.name(), thr, impl, p.steps(), months, p.access(), f, benefit, cost);
  }

  private static InputPath verification(Cursor c) {
    String field = c.key();
    if (field.equals("detection_per_inspection")) {
      String which = c.key();
      c.end();
      return switch (which) {
        case "declared" -> vr(c, false, 0, 1, VerificationRegime::detectionDeclared, 4);
        case "undeclared" -> vr(c, false, 0, 1, VerificationRegime::detectionUndeclared, 5);
        default -> throw c.nothing("detection_per_inspection.declared or .undeclared");
      };
    }
    if (field.equals("inspector_payoffs")) {
      String which = c.key();
      c.end();
      return switch (which) {
        case "a" -> payoff(c, InspectorPayoffs::a, 0);
        case "c" -> payoff(c, InspectorPayoffs::c, 1);
        case "e" -> payoff(c, InspectorPayoffs::e, 2);
        case "inspection_cost" -> payoff(c, InspectorPayoffs::inspectionCost, 3);
        default -> throw c.nothing("inspector_payoffs.a, .c, .e or .inspection_cost");
      };
    }
    c.end();
    return switch (field) {
      case "declared_sites" -> vr(c, true, 0, 1_000_000, v -> v.declaredSites(), 0);
      case "undeclared_sites" -> vr(c, true, 0, 1_000_000, v -> v.undeclaredSites(), 1);
      case "inspections_per_period" ->
          vr(c, false, 0, INF, VerificationRegime::inspectionsPerPeriod, 2);
      case "period_months" ->
          vr(c, false, Double.MIN_VALUE, 120, VerificationRegime::periodMonths, 3);
      case "baseline_detection" -> vr(c, false, 0, 1, VerificationRegime::baselineDetection, 6);
      case "false_alarm" -> vr(c, false, 0, 1, VerificationRegime::falseAlarm, 7);
      case "false_alarm_collapse" -> vr(c, false, 0, 1, VerificationRegime::falseAlarmCollapse, 8);
      default ->
          throw c.nothing(
              "a number of the verification regime (declared_sites, undeclared_sites,"
                  + " inspections_per_period, period_months, detection_per_inspection.*, baseline_detection, false_alarm,"
                  + " false_alarm_collapse, inspector_payoffs.*)");
    };
  }

  private interface VrGet {
    double get(VerificationRegime v);
  }

  private static InputPath vr(Cursor c, boolean whole, double lo, double hi, VrGet get, int field) {
    return new InputPath(
        c.path,
        whole,
        lo,
        hi,
        s -> get.get(s.verification()),
        (d, x) -> d.verification = withField(d.verification, field, x));
  }

  private static VerificationRegime withField(VerificationRegime v, int field, double x) {
    return new VerificationRegime(
        field == 0 ? (int) x : v.declaredSites(),
        field == 1 ? (int) x : v.undeclaredSites(),
        field == 2 ? x : v.inspectionsPerPeriod(),
        field == 3 ? x : v.periodMonths(),
        field == 4 ? x : v.detectionDeclared(),
        field == 5 ? x : v.detectionUndeclared(),
        field == 6 ? x : v.baselineDetection(),
        field == 7 ? x : v.falseAlarm(),
        field == 8 ? x : v.falseAlarmCollapse(),
        v.payoffs());
  }

  private static InputPath payoff(Cursor c, Function<InspectorPayoffs, Double> get, int field) {
    return new InputPath(
        c.path,
        false,
        0,
        INF,
        s -> get.apply(s.verification().payoffs()),
        (d, x) -> {
          VerificationRegime v = d.verification;
          InspectorPayoffs p = v.payoffs();
          InspectorPayoffs q =
              new InspectorPayoffs(
                  field == 0 ? x : p.a(),
                  field == 1 ? x : p.c(),
                  field == 2 ? x : p.e(),
                  field == 3 ? x : p.inspectionCost());
          d.verification =
              new VerificationRegime(
                  v.declaredSites(),
                  v.undeclaredSites(),
                  v.inspectionsPerPeriod(),
                  v.periodMonths(),
                  v.detectionDeclared(),
                  v.detectionUndeclared(),
                  v.baselineDetection(),
                  v.falseAlarm(),
                  v.falseAlarmCollapse(),
                  q);
        });
  }

  private static InputPath assurance(Scenario t, Cursor c) {
    String id = c.id(t.assurances(), Assurance::id, "an assurance id");
    c.last("strength");
    Item<Assurance> item = new Item<>(c.path, id, Assurance::id);
    return new InputPath(
        c.path,
        false,
        0,
        1,
        s -> item.find(s.assurances()).strength(),
        (d, v) ->
            item.replace(
                d.assurances,
                a -> new Assurance(a.id(), a.mechanism(), a.giver(), v, a.description())));
  }

  private static InputPath precedents(Cursor c) {
    String field = c.key();
    if (field.equals("window_years")) {
      c.end();
      return new InputPath(
          c.path,
          false,
          Double.MIN_VALUE,
          200,
          s -> s.precedents().windowYears(),
          (d, v) -> {
            Precedents p = d.precedents;
            d.precedents = new Precedents(p.classes(), p.primary(), v, p.priorA(), p.priorB());
          });
    }
    if (field.equals("prior")) {
      boolean a = priorSide(c);
      return new InputPath(
          c.path,
          false,
          Double.MIN_VALUE,
          1e6,
          s -> a ? s.precedents().priorA() : s.precedents().priorB(),
          (d, v) -> {
            Precedents p = d.precedents;
            d.precedents =
                new Precedents(
                    p.classes(),
                    p.primary(),
                    p.windowYears(),
                    a ? v : p.priorA(),
                    a ? p.priorB() : v);
          });
    }
    throw c.nothing("precedents.window_years or precedents.prior.a / .b");
  }

  private static InputPath trackRecord(Cursor c) {
    String field = c.key();
    if (!field.equals("prior")) {
      throw c.nothing("track_record.prior.a or .b");
    }
    boolean a = priorSide(c);
    return new InputPath(
        c.path,
        false,
        Double.MIN_VALUE,
        1e6,
        s -> a ? s.trackRecord().priorA() : s.trackRecord().priorB(),
        (d, v) -> {
          TrackRecord r = d.trackRecord;
          d.trackRecord = new TrackRecord(r.agreements(), a ? v : r.priorA(), a ? r.priorB() : v);
        });
  }

  private static boolean priorSide(Cursor c) {
    String side = c.key();
    c.end();
    if (!side.equals("a") && !side.equals("b")) {
      throw c.nothing("prior.a or prior.b");
    }
    return side.equals("a");
  }

  private static InputPath signal(Scenario t, Cursor c) {
    String id = c.id(t.signals(), Signal::id, "a signal id");
    c.last("likelihood_ratio");
    Item<Signal> item = new Item<>(c.path, id, Signal::id);
    return new InputPath(
        c.path,
        false,
        Double.MIN_VALUE,
        1000,
        s -> item.find(s.signals()).likelihoodRatio(),
        (d, v) ->
            item.replace(
                d.signals,
                g -> new Signal(g.id(), g.description(), g.date(), g.verified(), g.costly(), v)));
  }

  private static InputPath prestige(Scenario t, Cursor c) {
    String actor = c.lastKeyOf(t.prestige(), "an actor with a prestige value");
    return new InputPath(
        c.path,
        false,
        -INF,
        INF,
        s -> value(c.path, s.prestige(), actor),
        (d, v) -> d.prestige.put(actor, v));
  }

  private static InputPath stakes(Cursor c) {
    String field = c.key();
    c.end();
    int f =
        switch (field) {
          case "regime_value" -> 0;
          case "detected_penalty" -> 1;
          case "sincere_cheating_cost" -> 2;
          default ->
              throw c.nothing("stakes.regime_value, .detected_penalty or .sincere_cheating_cost");
        };
    return new InputPath(
        c.path,
        false,
        0,
        INF,
        s ->
            f == 0
                ? s.stakes().regimeValue()
                : f == 1 ? s.stakes().detectedPenalty() : s.stakes().sincereCheatingCost(),
        (d, v) -> {
          Stakes k = d.stakes;
          d.stakes =
              new Stakes(
                  f == 0 ? v : k.regimeValue(),
                  f == 1 ? v : k.detectedPenalty(),
                  f == 2 ? v : k.sincereCheatingCost());
        });
  }

  private static InputPath uncertainty(Scenario t, Cursor c) {
    String idx = c.key();
    int index;
    try {
      index = Integer.parseInt(idx);
    } catch (NumberFormatException e) {
      throw c.nothing("the index of an uncertainty entry (0, 1, ...)");
    }
    if (index < 0 || index >= t.uncertainty().size()) {
      throw c.nothing("the index of an uncertainty entry, 0 to " + (t.uncertainty().size() - 1));
    }
    String param = c.key();
    int k = -1;
    if (param.equals("values") || param.equals("weights")) {
      try {
        k = Integer.parseInt(c.key());
      } catch (NumberFormatException e) {
        throw c.nothing("an index into " + param);
      }
    }
    c.end();
    final int kk = k;
    Distribution template = t.uncertainty().get(index).distribution();
    if (Double.isNaN(DistributionParams.get(template, param, kk))) {
      throw c.nothing("a parameter of the " + DistributionParams.name(template) + " distribution");
    }
    double lo =
        param.equals("weights")
            ? 0
            : param.equals("sd") || param.equals("alpha") || param.equals("beta")
                ? Double.MIN_VALUE
                : -INF;
    return new InputPath(
        c.path,
        false,
        lo,
        INF,
        s ->
            DistributionParams.get(
                uncertaintyAt(c.path, s.uncertainty(), index).distribution(), param, kk),
        (d, v) -> {
          Uncertainty u = uncertaintyAt(c.path, d.uncertainty, index);
          d.uncertainty.set(
              index,
              new Uncertainty(u.path(), DistributionParams.with(u.distribution(), param, kk, v)));
        });
  }

  private static Uncertainty uncertaintyAt(String path, List<Uncertainty> list, int index) {
    if (index >= list.size()) {
      throw new IllegalArgumentException(
          "path '"
              + path
              + "' resolves to nothing in this scenario (it has "
              + list.size()
              + " uncertainty entries)");
    }
    return list.get(index);
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static double value(String path, Map<String, Double> m, String key) {
    Double v = m.get(key);
    if (v == null) {
      throw new IllegalArgumentException(
          "path '" + path + "' resolves to nothing in this scenario (no entry '" + key + "')");
    }
    return v;
  }

  private static Map<String, Double> with(Map<String, Double> m, String key, double v) {
    if (!m.containsKey(key)) {
      throw new IllegalArgumentException(
          "no entry '" + key + "' to set (expected one of " + m.keySet() + ")");
    }
    Map<String, Double> out = new LinkedHashMap<>(m);
    out.put(key, v);
    return out;
  }

  /** A list item found by id, at the index it had in the template when it is still there. */
  private static final class Item<T> {
    private final String path;
    private final String id;
    private final Function<T, String> idOf;
    private volatile int hint = -1;

    Item(String path, String id, Function<T, String> idOf) {
      this.path = path;
      this.id = id;
      this.idOf = idOf;
    }

    int index(List<T> list) {
      int h = hint;
      if (h >= 0 && h < list.size() && idOf.apply(list.get(h)).equals(id)) {
        return h;
      }
      for (int i = 0; i < list.size(); i++) {
        if (idOf.apply(list.get(i)).equals(id)) {
          hint = i;
          return i;
        }
      }
      throw new IllegalArgumentException(
          "path '"
              + path
              + "' resolves to nothing in this scenario (no item with id '"
              + id
              + "')");
    }

    T find(List<T> list) {
      return list.get(index(list));
    }

    void replace(List<T> list, Function<T, T> change) {
      int i = index(list);
      list.set(i, change.apply(list.get(i)));
    }
  }

  /**
   * Walks a dotted path; ids may themselves contain dots, so they are matched against known ids.
   */
  private static final class Cursor {
    final String path;
    private int at;

    Cursor(String path) {
      this.path = path;
    }

    /** The next plain key (up to the next dot). */
    String key() {
      if (at > path.length()) {
        throw nothing("more after '" + path + "'");
      }
      int dot = path.indexOf('.', at);
      String k = dot < 0 ? path.substring(at) : path.substring(at, dot);
      at = dot < 0 ? path.length() + 1 : dot + 1;
      if (k.isEmpty()) {
        throw nothing("a key, found an empty segment");
      }
      return k;
    }

    /** The next segment as the longest id among the list's ids that fits here. */
    <T> String id(List<T> items, Function<T, String> idOf, String what) {
      String rest = at <= path.length() ? path.substring(at) : "";
      String best = null;
      for (T item : items) {
        String id = idOf.apply(item);
        if ((rest.equals(id) || rest.startsWith(id + "."))
            && (best == null || id.length() > best.length())) {
          best = id;
        }
      }
      if (best == null) {
        List<String> ids = items.stream().map(idOf).toList();
        throw nothing(what + " (one of " + ids + ")");
      }
      at += best.length() + 1;
      return best;
    }

    /** The rest of the path as a key of {@code m}. */
    String lastKeyOf(Map<String, Double> m, String what) {
      String rest = at <= path.length() ? path.substring(at) : "";
      if (!m.containsKey(rest)) {
        throw nothing(what + " (one of " + m.keySet() + ")");
      }
      at = path.length() + 1;
      return rest;
    }

    void last(String key) {
      String k = key();
      if (!k.equals(key)) {
        throw nothing("'" + key + "'");
      }
      end();
    }

    void end() {
      if (at <= path.length()) {
        throw nothing("the path to end before '" + path.substring(at) + "'");
      }
    }

    IllegalArgumentException nothing(String expected) {
      return new IllegalArgumentException(
          "path '" + path + "' resolves to nothing; expected " + expected);
    }
  }
}
