package org.parley.model.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Access;
import org.parley.model.Actor;
import org.parley.model.Anchor;
import org.parley.model.Assurance;
import org.parley.model.InspectorPayoffs;
import org.parley.model.Issue;
import org.parley.model.Mechanism;
import org.parley.model.Phase;
import org.parley.model.Role;
import org.parley.model.Scenario;
import org.parley.model.Signal;
import org.parley.model.Source;
import org.parley.model.Stakes;
import org.parley.model.VerificationRegime;
import org.parley.model.cases.CaseLibrary;
import org.parley.model.io.NodeReader.Range;

/**
 * Binds a located document tree to a {@link Scenario}, checking every rule of the scenario format
 * (docs/scenario-format.md) and collecting all problems in one pass. Sections that depend on others
 * (issues on actors, phases on issues) are checked against what could be read.
 */
final class ScenarioBinder {
  static final int FORMAT_VERSION = 1;
  private static final Set<String> TOP_KEYS =
      Set.of(
          "parley",
          "id",
          "title",
          "description",
          "question",
          "as_of",
          "sources",
          "actors",
          "issues",
          "phases",
          "verification",
          "assurances",
          "precedents",
          "track_record",
          "signals",
          "prestige",
          "stakes",
          "uncertainty");

  private final NodeReader r = new NodeReader();
  private final CaseLibrary cases;
  private final Map<String, Actor> actors = new LinkedHashMap<>();
  private final Map<String, Issue> issues = new LinkedHashMap<>();

  /**
   * Ids declared in the document, valid or not, so one bad field does not cascade into "unknown
   * id".
   */
  private final Map<String, Set<Role>> declaredActors = new LinkedHashMap<>();

  private final Map<String, Range> declaredIssues = new LinkedHashMap<>();

  ScenarioBinder(CaseLibrary cases) {
    this.cases = cases;
  }

  /** The result of binding: the scenario, or the problems; and numbers that carry no provenance. */
  record Result(Optional<Scenario> scenario, List<Problem> problems, List<String> unsourced) {}

  Result bind(Node root) {
    DocPath p = DocPath.ROOT;
    Optional<Node.Obj> top = r.obj(root, p, "a scenario");
    if (top.isEmpty()) {
      return new Result(Optional.empty(), r.problems(), List.of());
    }
    Scenario s = r.within(top.get(), p, o -> bindTop(o, p));
    if (!r.problems().isEmpty() || s == null) {
      return new Result(Optional.empty(), sorted(r.problems()), List.copyOf(r.unsourced()));
    }
    return new Result(Optional.of(s), List.of(), List.copyOf(r.unsourced()));
  }

  private static List<Problem> sorted(List<Problem> problems) {
    List<Problem> out = new ArrayList<>(problems);
    out.sort(
        (a, b) ->
            a.location().line() != b.location().line()
                ? Integer.compare(a.location().line(), b.location().line())
                : Integer.compare(a.location().column(), b.location().column()));
    return out;
  }

  private Scenario bindTop(Node.Obj o, DocPath p) {
    r.onlyKeys(o, p, TOP_KEYS);
    Node version = o.fields().get("parley");
    if (version != null
        && !(version instanceof Node.Scalar v
            && v.value() instanceof Number n
            && n.doubleValue() == FORMAT_VERSION)) {
      r.problem(
          version,
          p.key("parley"),
          "unsupported format version "
              + NodeReader.describe(version)
              + "; this Parley reads format version "
              + FORMAT_VERSION);
    }
    Optional<String> id = r.id(o, "id", p);
    Optional<String> title = r.text(o, "title", p, true);
    r.text(o, "description", p, false);
    Optional<String> question = r.text(o, "question", p, true);
    Optional<LocalDate> asOf = r.date(o, "as_of", p, true);
    List<Source> sources = sources(o, p);
    actors(o, p);
    issues(o, p);
    List<Phase> phases = phases(o, p);
    Optional<VerificationRegime> verification =
        required(o, "verification", p).flatMap(n -> verification(n, p.key("verification")));
    List<Assurance> assurances = assurances(o, p);
    LocalDate date = asOf.orElse(null);
    CaseReader caseReader = new CaseReader(r, cases, date);
    var precedents =
        required(o, "precedents", p).flatMap(n -> caseReader.precedents(n, p.key("precedents")));
    var trackRecord = caseReader.trackRecord(o.fields().get("track_record"), p.key("track_record"));
    List<Signal> signals = signals(o, p, date);
    Map<String, Double> prestige = prestige(o, p);
    Stakes stakes = stakes(o.fields().get("stakes"), p.key("stakes"));
    var uncertainty =
        new UncertaintyReader(r).read(o.fields().get("uncertainty"), p.key("uncertainty"), o);

    if (!r.problems().isEmpty()) {
      return null;
    }
    return new Scenario(
        id.orElseThrow(),
        title.orElseThrow(),
        question.orElseThrow(),
        date,
        List.copyOf(actors.values()),
        List.copyOf(issues.values()),
        phases,
        verification.orElseThrow(),
        assurances,
        precedents.orElseThrow(),
        trackRecord,
        signals,
        prestige,
        stakes,
        uncertainty,
        sources,
        r.provenance());
  }

  private Optional<Node> required(Node.Obj o, String key, DocPath p) {
    Node n = o.fields().get(key);
    if (n == null) {
      r.problem(o, p.key(key), "missing required key '" + key + "'");
    }
    return Optional.ofNullable(n);
  }

  private List<Source> sources(Node.Obj o, DocPath p) {
    List<Source> out = new ArrayList<>();
    Node n = o.fields().get("sources");
    if (n == null) {
      return out;
    }
    Set<String> seen = new LinkedHashSet<>();
    r.list(n, p.key("sources"), "sources")
        .ifPresent(
            items -> {
              for (int i = 0; i < items.size(); i++) {
                DocPath ip = p.key("sources").item(i, null);
                r.obj(items.get(i), ip, "a source")
                    .ifPresent(
                        so -> {
                          r.onlyKeys(so, ip, Set.of("id", "citation"));
                          Optional<String> sid = r.id(so, "id", ip);
                          Optional<String> cit = r.text(so, "citation", ip, true);
                          if (sid.isPresent() && !seen.add(sid.get())) {
                            r.problem(
                                so.fields().get("id"),
                                ip.key("id"),
                                "duplicate source id '" + sid.get() + "'; ids must be unique");
                          }
                          if (sid.isPresent() && cit.isPresent()) {
                            out.add(new Source(sid.get(), cit.get()));
                          }
                        });
              }
            });
    return out;
  }

  private void actors(Node.Obj o, DocPath p) {
    DocPath ap = p.key("actors");
    required(o, "actors", p)
        .flatMap(n -> r.list(n, ap, "the actors"))
        .ifPresent(
            items -> {
              for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                DocPath ip = ap.item(i, idOf(item));
                r.obj(item, ip, "an actor").ifPresent(ao -> r.within(ao, ip, x -> actor(ao, ip)));
              }
              checkRoles(o.fields().get("actors"), ap);
            });
  }

  private Void actor(Node.Obj ao, DocPath ip) {
    r.onlyKeys(ao, ip, Set.of("id", "name", "roles", "capability"));
    Optional<String> id = r.id(ao, "id", ip);
    Optional<String> name = r.text(ao, "name", ip, true);
    Optional<Double> cap = r.number(ao, "capability", ip, true, Range.POSITIVE);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    Node rn = ao.fields().get("roles");
    if (rn == null) {
      r.problem(
          ao,
          ip.key("roles"),
          "missing required key 'roles' (expected a list of: complier, guarantor, inspector, other)");
    } else {
      r.list(rn, ip.key("roles"), "roles")
          .ifPresent(
              rs -> {
                if (rs.isEmpty()) {
                  r.problem(
                      rn,
                      ip.key("roles"),
                      "expected at least one role (complier, guarantor, inspector, other)");
                }
                for (int j = 0; j < rs.size(); j++) {
                  r.enumValue(rs.get(j), ip.key("roles").item(j, null), Role.class)
                      .ifPresent(roles::add);
                }
              });
    }
    if (id.isPresent() && declaredActors.containsKey(id.get())) {
      r.problem(
          ao.fields().get("id"),
          ip.key("id"),
          "duplicate actor id '" + id.get() + "'; ids must be unique");
      return null;
    }
    id.ifPresent(x -> declaredActors.put(x, roles));
    if (id.isPresent() && name.isPresent() && cap.isPresent() && !roles.isEmpty()) {
      actors.put(id.get(), new Actor(id.get(), name.get(), roles, cap.get()));
    }
    return null;
  }

  private void checkRoles(Node at, DocPath ap) {
    long compliers =
        declaredActors.values().stream().filter(rs -> rs.contains(Role.COMPLIER)).count();
    long guarantors =
        declaredActors.values().stream().filter(rs -> rs.contains(Role.GUARANTOR)).count();
    long inspectors =
        declaredActors.values().stream().filter(rs -> rs.contains(Role.INSPECTOR)).count();
    if (declaredActors.values().stream().anyMatch(Set::isEmpty)) {
      return; // an actor's roles could not be read: counting them would only add noise
    }
    if (compliers != 1) {
      r.problem(
          at, ap, "found " + compliers + " actors with role 'complier'; expected exactly one");
    }
    if (guarantors < 1) {
      r.problem(at, ap, "no actor has role 'guarantor'; expected at least one");
    }
    if (inspectors != 1) {
      r.problem(
          at, ap, "found " + inspectors + " actors with role 'inspector'; expected exactly one");
    }
  }

  private static String idOf(Node item) {
    if (item instanceof Node.Obj o
        && o.fields().get("id") instanceof Node.Scalar s
        && s.value() != null) {
      return String.valueOf(s.value());
    }
    return null;
  }

  private void issues(Node.Obj o, DocPath p) {
    DocPath isp = p.key("issues");
    required(o, "issues", p)
        .flatMap(n -> r.list(n, isp, "the issues"))
        .ifPresent(
            items -> {
              if (items.isEmpty()) {
                r.problem(o.fields().get("issues"), isp, "expected at least one issue");
              }
              for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                DocPath ip = isp.item(i, idOf(item));
                r.obj(item, ip, "an issue").ifPresent(io -> r.within(io, ip, x -> issue(io, ip)));
              }
            });
  }

  private Void issue(Node.Obj io, DocPath ip) {
    r.onlyKeys(
        io, ip, Set.of("id", "name", "scale", "anchors", "status_quo", "positions", "salience"));
    Optional<String> id = r.id(io, "id", ip);
    Optional<String> name = r.text(io, "name", ip, true);
    double lo = 0;
    double hi = 100;
    boolean scaleOk = true;
    Node sn = io.fields().get("scale");
    if (sn != null) {
      DocPath sp = ip.key("scale");
      Optional<Node.Obj> so = r.obj(sn, sp, "a scale {lo, hi}");
      if (so.isPresent()) {
        r.onlyKeys(so.get(), sp, Set.of("lo", "hi"));
        Optional<Double> l = r.number(so.get(), "lo", sp, true, Range.ANY);
        Optional<Double> h = r.number(so.get(), "hi", sp, true, Range.ANY);
        if (l.isPresent() && h.isPresent()) {
          lo = l.get();
          hi = h.get();
          if (!(lo < hi)) {
            r.problem(
                so.get(),
                sp,
                "scale ["
                    + NodeReader.fmt(lo)
                    + ", "
                    + NodeReader.fmt(hi)
                    + "] is empty; expected lo < hi");
            scaleOk = false;
          }
        } else {
          scaleOk = false;
        }
      } else {
        scaleOk = false;
      }
    }
    Range onScale = scaleOk ? new Range(lo, hi) : Range.ANY;
    final Range onScaleFinal = onScale;
    List<Anchor> anchors = new ArrayList<>();
    Node an = io.fields().get("anchors");
    if (an != null) {
      DocPath anp = ip.key("anchors");
      r.obj(an, anp, "anchors {point: label}")
          .ifPresent(
              ao -> {
                for (var e : ao.fields().entrySet()) {
                  DocPath ep = anp.key(e.getKey());
                  double at;
                  try {
                    at = Double.parseDouble(e.getKey());
                  } catch (NumberFormatException ex) {
                    r.problem(
                        e.getValue(),
                        ep,
                        "anchor key '"
                            + e.getKey()
                            + "' is not a number; expected a point on the scale");
                    continue;
                  }
                  if (!onScale.contains(at)) {
                    r.problem(
                        e.getValue(),
                        ep,
                        "anchor at "
                            + e.getKey()
                            + " lies outside the scale; expected "
                            + onScale.describe());
                  }
                  r.textValue(e.getValue(), ep)
                      .ifPresent(label -> anchors.add(new Anchor(at, label)));
                }
              });
    }
    Optional<Double> sq = r.number(io, "status_quo", ip, true, onScale);
    Map<String, Double> positions = actorMap(io, "positions", ip, onScale, true);
    Map<String, Double> salience = actorMap(io, "salience", ip, Range.UNIT, true);
    Set<String> posKeys = actorKeys(io.fields().get("positions"));
    Set<String> salKeys = actorKeys(io.fields().get("salience"));
    if (io.fields().get("positions") != null && io.fields().get("salience") != null) {
      for (String a : posKeys) {
        if (!salKeys.contains(a)) {
          r.problem(
              io.fields().get("salience"),
              ip.key("salience").key(a),
              "actor '" + a + "' has a position but no salience; expected a salience in [0, 1]");
        }
      }
      for (String a : salKeys) {
        if (!posKeys.contains(a)) {
          r.problem(
              io.fields().get("positions"),
              ip.key("positions").key(a),
              "actor '" + a + "' has a salience but no position; expected a position on the scale");
        }
      }
    }
    if (id.isPresent() && declaredIssues.containsKey(id.get())) {
      r.problem(
          io.fields().get("id"),
          ip.key("id"),
          "duplicate issue id '" + id.get() + "'; ids must be unique");
      return null;
    }
    id.ifPresent(x -> declaredIssues.put(x, onScaleFinal));
    if (id.isPresent() && name.isPresent() && sq.isPresent() && scaleOk) {
      issues.put(
          id.get(),
          new Issue(id.get(), name.get(), lo, hi, anchors, sq.get(), positions, salience));
    }
    return null;
  }

  /** The declared actor ids among the keys of an {actor id: value} object. */
  private Set<String> actorKeys(Node n) {
    Set<String> out = new LinkedHashSet<>();
    if (n instanceof Node.Obj o) {
      for (String k : o.fields().keySet()) {
        if (declaredActors.containsKey(k)) {
          out.add(k);
        }
      }
    }
    return out;
  }

  /** A map from actor id to a number; unknown actor ids are problems. */
  private Map<String, Double> actorMap(
      Node.Obj o, String key, DocPath p, Range range, boolean required) {
    Map<String, Double> out = new LinkedHashMap<>();
    Node n = o.fields().get(key);
    DocPath mp = p.key(key);
    if (n == null) {
      if (required) {
        r.problem(o, mp, "missing required key '" + key + "' (expected {actor id: number})");
      }
      return out;
    }
    r.obj(n, mp, "{actor id: number}")
        .ifPresent(
            mo ->
                r.within(
                    mo,
                    mp,
                    x -> {
                      for (var e : mo.fields().entrySet()) {
                        if (NodeReader.PROVENANCE_KEYS.contains(e.getKey())) {
                          continue;
                        }
                        DocPath ep = mp.key(e.getKey());
                        if (!declaredActors.containsKey(e.getKey())) {
                          unknownActor(e.getValue(), ep, e.getKey());
                          continue;
                        }
                        r.numberValue(e.getValue(), ep, range)
                            .ifPresent(v -> out.put(e.getKey(), v));
                      }
                      return null;
                    }));
    return out;
  }

  private void unknownActor(Node at, DocPath path, String id) {
    r.problem(
        at,
        path,
        "unknown actor id '"
            + id
            + "'"
            + suggest(id, declaredActors.keySet())
            + " (expected one of: "
            + String.join(", ", declaredActors.keySet())
            + ")");
  }

  private static String suggest(String word, Set<String> candidates) {
    return NodeReader.nearest(word, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
  }

  private List<Phase> phases(Node.Obj o, DocPath p) {
    DocPath pp = p.key("phases");
    List<Phase> out = new ArrayList<>();
    Optional<List<Node>> items =
        required(o, "phases", p).flatMap(n -> r.list(n, pp, "the phase ladder"));
    if (items.isEmpty()) {
      return out;
    }
    if (items.get().isEmpty()) {
      r.problem(
          o.fields().get("phases"), pp, "the phase ladder has no phases; expected at least one");
      return out;
    }
    Set<String> ids = new LinkedHashSet<>();
    Phase previous = null;
    for (int i = 0; i < items.get().size(); i++) {
      Node item = items.get().get(i);
      DocPath ip = pp.item(i, idOf(item));
      Optional<Node.Obj> po = r.obj(item, ip, "a phase");
      if (po.isEmpty()) {
        continue;
      }
      Phase ph = r.within(po.get(), ip, x -> phase(po.get(), ip));
      if (ph == null) {
        continue;
      }
      if (!ids.add(ph.id())) {
        r.problem(
            po.get().fields().get("id"),
            ip.key("id"),
            "duplicate phase id '" + ph.id() + "'; ids must be unique");
      }
      if (previous != null) {
        checkLadder(previous, ph, po.get(), ip);
      }
      out.add(ph);
      previous = ph;
    }
    return out;
  }

  private void checkLadder(Phase prev, Phase ph, Node.Obj po, DocPath ip) {
    boolean raises = false;
    for (var e : ph.thresholds().entrySet()) {
      Double before = prev.thresholds().get(e.getKey());
      if (before != null && e.getValue() < before) {
        r.problem(
            at(po, "thresholds", e.getKey()),
            ip.key("thresholds").key(e.getKey()),
            "threshold "
                + NodeReader.fmt(e.getValue())
                + " is lower than the previous phase's "
                + NodeReader.fmt(before)
                + "; thresholds must not decrease along the ladder");
      }
      if (before == null || e.getValue() > before) {
        raises = true;
      }
    }
    for (String k : prev.thresholds().keySet()) {
      if (!ph.thresholds().containsKey(k)) {
        r.problem(
            po,
            ip.key("thresholds").key(k),
            "the previous phase needs '"
                + k
                + "' but this one does not; a later phase must keep every earlier threshold");
      }
    }
    if (!raises) {
      r.problem(
          po,
          ip.key("thresholds"),
          "no threshold is higher than in the previous phase; each phase must ask for more than the one before");
    }
    if (ph.deterrentGivenUp() < prev.deterrentGivenUp()) {
      r.problem(
          at(po, "deterrent_given_up", null),
          ip.key("deterrent_given_up"),
          "is "
              + NodeReader.fmt(ph.deterrentGivenUp())
              + ", less than the previous phase's "
              + NodeReader.fmt(prev.deterrentGivenUp())
              + "; the deterrent given up can only grow along the ladder");
    }
  }

  private static Node at(Node.Obj o, String key, String sub) {
    Node n = o.fields().get(key);
    if (n instanceof Node.Obj so && sub != null && so.fields().get(sub) != null) {
      return so.fields().get(sub);
    }
    return n == null ? o : n;
  }

  private Phase phase(Node.Obj po, DocPath ip) {
    r.onlyKeys(
        po,
        ip,
        Set.of(
            "id",
            "name",
            "thresholds",
            "implements",
            "steps",
            "duration_months",
            "access",
            "deterrent_given_up",
            "complier_benefit",
            "complier_cost"));
    Optional<String> id = r.id(po, "id", ip);
    Optional<String> name = r.text(po, "name", ip, true);
    Map<String, Double> thresholds = issueMap(po, "thresholds", ip);
    if (po.fields().get("thresholds") != null && thresholds.isEmpty() && r.problems().isEmpty()) {
      r.problem(
          po.fields().get("thresholds"),
          ip.key("thresholds"),
          "expected at least one threshold {issue id: minimum settlement}");
    }
    Map<String, Double> implemented = issueMap(po, "implements", ip);
    Map<String, List<String>> steps = steps(po, ip);
    Optional<Double> duration = r.number(po, "duration_months", ip, true, Range.positiveUpTo(1200));
    Optional<Access> access =
        Optional.ofNullable(po.fields().get("access"))
            .flatMap(n -> r.enumValue(n, ip.key("access"), Access.class));
    if (po.fields().get("access") == null) {
      r.problem(
          po,
          ip.key("access"),
          "missing required key 'access' (expected one of: none, declared, declared_and_undeclared)");
    }
    Optional<Double> f = r.number(po, "deterrent_given_up", ip, true, Range.UNIT);
    Optional<Double> benefit = r.number(po, "complier_benefit", ip, true, Range.NON_NEGATIVE);
    Optional<Double> cost = r.number(po, "complier_cost", ip, true, Range.NON_NEGATIVE);
    if (id.isEmpty()
        || name.isEmpty()
        || duration.isEmpty()
        || access.isEmpty()
        || f.isEmpty()
        || benefit.isEmpty()
        || cost.isEmpty()) {
      return null;
    }
    return new Phase(
        id.get(),
        name.get(),
        thresholds,
        implemented,
        steps,
        duration.get(),
        access.get(),
        f.get(),
        benefit.get(),
        cost.get());
  }

  /** A map from issue id to a point on that issue's scale. */
  private Map<String, Double> issueMap(Node.Obj o, String key, DocPath p) {
    Map<String, Double> out = new LinkedHashMap<>();
    Node n = o.fields().get(key);
    DocPath mp = p.key(key);
    if (n == null) {
      r.problem(
          o, mp, "missing required key '" + key + "' (expected {issue id: point on its scale})");
      return out;
    }
    r.obj(n, mp, "{issue id: number}")
        .ifPresent(
            mo ->
                r.within(
                    mo,
                    mp,
                    x -> {
                      for (var e : mo.fields().entrySet()) {
                        if (NodeReader.PROVENANCE_KEYS.contains(e.getKey())) {
                          continue;
                        }
                        DocPath ep = mp.key(e.getKey());
                        Range scale = declaredIssues.get(e.getKey());
                        if (scale == null) {
                          r.problem(
                              e.getValue(),
                              ep,
                              "unknown issue id '"
                                  + e.getKey()
                                  + "'"
                                  + suggest(e.getKey(), declaredIssues.keySet())
                                  + " (expected one of: "
                                  + String.join(", ", declaredIssues.keySet())
                                  + ")");
                          continue;
                        }
                        r.numberValue(e.getValue(), ep, scale)
                            .ifPresent(v -> out.put(e.getKey(), v));
                      }
                      return null;
                    }));
    return out;
  }

  private Map<String, List<String>> steps(Node.Obj po, DocPath ip) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Node n = po.fields().get("steps");
    DocPath sp = ip.key("steps");
    if (n == null) {
      return out;
    }
    r.obj(n, sp, "{actor id: [step, ...]}")
        .ifPresent(
            so -> {
              for (var e : so.fields().entrySet()) {
                DocPath ep = sp.key(e.getKey());
                if (!declaredActors.containsKey(e.getKey())) {
                  unknownActor(e.getValue(), ep, e.getKey());
                  continue;
                }
                r.list(e.getValue(), ep, "the actor's steps")
                    .ifPresent(
                        items -> {
                          List<String> list = new ArrayList<>();
                          for (int i = 0; i < items.size(); i++) {
                            r.textValue(items.get(i), ep.item(i, null)).ifPresent(list::add);
                          }
                          out.put(e.getKey(), list);
                        });
              }
            });
    return out;
  }

  private Optional<VerificationRegime> verification(Node n, DocPath vp) {
    return r.obj(n, vp, "the verification regime")
        .map(
            vo ->
                r.within(
                    vo,
                    vp,
                    x -> {
                      r.onlyKeys(
                          vo,
                          vp,
                          Set.of(
                              "declared_sites",
                              "undeclared_sites",
                              "inspections_per_period",
                              "period_months",
                              "detection_per_inspection",
                              "baseline_detection",
                              "false_alarm",
                              "false_alarm_collapse",
                              "inspector_payoffs"));
                      Optional<Integer> declared =
                          r.integer(vo, "declared_sites", vp, true, 0, 1_000_000);
                      Optional<Integer> undeclared =
                          r.integer(vo, "undeclared_sites", vp, true, 0, 1_000_000);
                      Optional<Double> effort =
                          r.number(vo, "inspections_per_period", vp, true, Range.NON_NEGATIVE);
                      Optional<Double> period =
                          r.number(vo, "period_months", vp, true, new Range(Double.MIN_VALUE, 120));
                      Optional<Double> dd = Optional.empty();
                      Optional<Double> du = Optional.empty();
                      Node dn = vo.fields().get("detection_per_inspection");
                      DocPath dp = vp.key("detection_per_inspection");
                      if (dn == null) {
                        r.problem(
                            vo,
                            dp,
                            "missing required key 'detection_per_inspection' (expected {declared: p, undeclared: p})");
                      } else {
                        Optional<Node.Obj> dobj = r.obj(dn, dp, "{declared: p, undeclared: p}");
                        if (dobj.isPresent()) {
                          var d = dobj.get();
                          var pair =
                              r.within(
                                  d,
                                  dp,
                                  y -> {
                                    r.onlyKeys(d, dp, Set.of("declared", "undeclared"));
                                    return List.of(
                                        r.number(d, "declared", dp, true, Range.UNIT),
                                        r.number(d, "undeclared", dp, true, Range.UNIT));
                                  });
                          dd = pair.get(0);
                          du = pair.get(1);
                        }
                      }
                      Optional<Double> baseline =
                          r.number(vo, "baseline_detection", vp, true, Range.UNIT);
                      Optional<Double> alpha = r.number(vo, "false_alarm", vp, true, Range.UNIT);
                      Optional<Double> collapse =
                          r.number(vo, "false_alarm_collapse", vp, true, Range.UNIT);
                      InspectorPayoffs payoffs =
                          inspectorPayoffs(
                              vo.fields().get("inspector_payoffs"), vp.key("inspector_payoffs"));
                      if (declared.isEmpty()
                          || undeclared.isEmpty()
                          || effort.isEmpty()
                          || period.isEmpty()
                          || dd.isEmpty()
                          || du.isEmpty()
                          || baseline.isEmpty()
                          || alpha.isEmpty()
                          || collapse.isEmpty()
                          || payoffs == null) {
                        return null;
                      }
                      return new VerificationRegime(
                          declared.get(),
                          undeclared.get(),
                          effort.get(),
                          period.get(),
                          dd.get(),
                          du.get(),
                          baseline.get(),
                          alpha.get(),
                          collapse.get(),
                          payoffs);
                    }));
  }

  /**
   * Defaults follow the worked examples of Avenhaus, von Stengel and Zamir (2002): a=1, c=10, e=1.
   */
  private InspectorPayoffs inspectorPayoffs(Node n, DocPath pp) {
    if (n == null) {
      return new InspectorPayoffs(1, 10, 1, 0.1);
    }
    return r.obj(n, pp, "{a, c, e, inspection_cost}")
        .map(
            po ->
                r.within(
                    po,
                    pp,
                    x -> {
                      r.onlyKeys(po, pp, Set.of("a", "c", "e", "inspection_cost"));
                      Optional<Double> a = r.number(po, "a", pp, true, Range.NON_NEGATIVE);
                      Optional<Double> c = r.number(po, "c", pp, true, Range.NON_NEGATIVE);
                      Optional<Double> e = r.number(po, "e", pp, true, Range.NON_NEGATIVE);
                      Optional<Double> k =
                          r.number(po, "inspection_cost", pp, true, Range.NON_NEGATIVE);
                      if (a.isPresent() && c.isPresent() && !(a.get() < c.get())) {
                        r.problem(
                            po.fields().get("c"),
                            pp.key("c"),
                            "c = "
                                + NodeReader.fmt(c.get())
                                + " must exceed a = "
                                + NodeReader.fmt(a.get())
                                + " (an undetected violation is worse for the inspector than a detected one)");
                        return (InspectorPayoffs) null;
                      }
                      if (a.isEmpty() || c.isEmpty() || e.isEmpty() || k.isEmpty()) {
                        return null;
                      }
                      return new InspectorPayoffs(a.get(), c.get(), e.get(), k.get());
                    }))
        .orElse(null);
  }

  private List<Assurance> assurances(Node.Obj o, DocPath p) {
    List<Assurance> out = new ArrayList<>();
    Node n = o.fields().get("assurances");
    DocPath ap = p.key("assurances");
    if (n == null) {
      return out;
    }
    Set<String> ids = new LinkedHashSet<>();
    r.list(n, ap, "the assurances")
        .ifPresent(
            items -> {
              for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                DocPath ip = ap.item(i, idOf(item));
                r.obj(item, ip, "an assurance")
                    .ifPresent(
                        ao ->
                            r.within(
                                ao,
                                ip,
                                x -> {
                                  r.onlyKeys(
                                      ao,
                                      ip,
                                      Set.of(
                                          "id", "mechanism", "giver", "strength", "description"));
                                  Optional<String> id = r.id(ao, "id", ip);
                                  Optional<Mechanism> m =
                                      Optional.ofNullable(ao.fields().get("mechanism"))
                                          .flatMap(
                                              mn ->
                                                  r.enumValue(
                                                      mn, ip.key("mechanism"), Mechanism.class));
                                  if (ao.fields().get("mechanism") == null) {
                                    r.problem(
                                        ao,
                                        ip.key("mechanism"),
                                        "missing required key 'mechanism'");
                                  }
                                  Optional<String> giver = r.text(ao, "giver", ip, true);
                                  if (giver.isPresent()
                                      && !declaredActors.containsKey(giver.get())) {
                                    unknownActor(
                                        ao.fields().get("giver"), ip.key("giver"), giver.get());
                                    giver = Optional.empty();
                                  }
                                  Optional<Double> strength =
                                      r.number(ao, "strength", ip, true, Range.UNIT);
                                  String description =
                                      r.text(ao, "description", ip, false).orElse("");
                                  if (id.isPresent() && !ids.add(id.get())) {
                                    r.problem(
                                        ao.fields().get("id"),
                                        ip.key("id"),
                                        "duplicate assurance id '"
                                            + id.get()
                                            + "'; ids must be unique");
                                  }
                                  if (id.isPresent()
                                      && m.isPresent()
                                      && giver.isPresent()
                                      && strength.isPresent()) {
                                    out.add(
                                        new Assurance(
                                            id.get(),
                                            m.get(),
                                            giver.get(),
                                            strength.get(),
                                            description));
                                  }
                                  return null;
                                }));
              }
            });
    return out;
  }

  private List<Signal> signals(Node.Obj o, DocPath p, LocalDate asOf) {
    List<Signal> out = new ArrayList<>();
    Node n = o.fields().get("signals");
    DocPath sp = p.key("signals");
    if (n == null) {
      return out;
    }
    Set<String> ids = new LinkedHashSet<>();
    r.list(n, sp, "the signals")
        .ifPresent(
            items -> {
              for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                DocPath ip = sp.item(i, idOf(item));
                r.obj(item, ip, "a signal")
                    .ifPresent(
                        so ->
                            r.within(
                                so,
                                ip,
                                x -> {
                                  r.onlyKeys(
                                      so,
                                      ip,
                                      Set.of(
                                          "id",
                                          "description",
                                          "date",
                                          "verified",
                                          "costly",
                                          "likelihood_ratio"));
                                  Optional<String> id = r.id(so, "id", ip);
                                  Optional<String> desc = r.text(so, "description", ip, true);
                                  Optional<LocalDate> date = r.date(so, "date", ip, true);
                                  if (date.isPresent()
                                      && asOf != null
                                      && date.get().isAfter(asOf)) {
                                    r.problem(
                                        so.fields().get("date"),
                                        ip.key("date"),
                                        "signal dated "
                                            + date.get()
                                            + " is after as_of "
                                            + asOf
                                            + "; a scenario may only use what was known by its as_of date");
                                    date = Optional.empty();
                                  }
                                  boolean verified = r.bool(so, "verified", ip, true).orElse(false);
                                  boolean costly = r.bool(so, "costly", ip, false).orElse(false);
                                  // Default likelihood ratios: analyst judgement, documented in
                                  // docs/scenario-format.md.
                                  double defaultLr =
                                      verified ? (costly ? 3.0 : 1.5) : (costly ? 1.5 : 1.1);
                                  Optional<Double> lr =
                                      so.fields().containsKey("likelihood_ratio")
                                          ? r.number(
                                              so,
                                              "likelihood_ratio",
                                              ip,
                                              true,
                                              Range.positiveUpTo(1000))
                                          : Optional.of(defaultLr);
                                  if (id.isPresent() && !ids.add(id.get())) {
                                    r.problem(
                                        so.fields().get("id"),
                                        ip.key("id"),
                                        "duplicate signal id '"
                                            + id.get()
                                            + "'; ids must be unique");
                                  }
                                  if (id.isPresent()
                                      && desc.isPresent()
                                      && date.isPresent()
                                      && lr.isPresent()) {
                                    out.add(
                                        new Signal(
                                            id.get(),
                                            desc.get(),
                                            date.get(),
                                            verified,
                                            costly,
                                            lr.get()));
                                  }
                                  return null;
                                }));
              }
            });
    return out;
  }

  private Map<String, Double> prestige(Node.Obj o, DocPath p) {
    if (o.fields().get("prestige") == null) {
      return new HashMap<>();
    }
    return actorMap(o, "prestige", p, Range.ANY, false);
  }

  /**
   * Defaults: V = 100, penalty 30, sincere cost 1000 (analyst judgement, docs/scenario-format.md).
   */
  private Stakes stakes(Node n, DocPath sp) {
    if (n == null) {
      return new Stakes(100, 30, 1000);
    }
    return r.obj(n, sp, "the stakes")
        .map(
            so ->
                r.within(
                    so,
                    sp,
                    x -> {
                      r.onlyKeys(
                          so,
                          sp,
                          Set.of("regime_value", "detected_penalty", "sincere_cheating_cost"));
                      double v =
                          r.number(so, "regime_value", sp, false, Range.NON_NEGATIVE).orElse(100.0);
                      double pen =
                          r.number(so, "detected_penalty", sp, false, Range.NON_NEGATIVE)
                              .orElse(30.0);
                      double sc =
                          r.number(so, "sincere_cheating_cost", sp, false, Range.NON_NEGATIVE)
                              .orElse(1000.0);
                      return new Stakes(v, pen, sc);
                    }))
        .orElse(new Stakes(100, 30, 1000));
  }
}
