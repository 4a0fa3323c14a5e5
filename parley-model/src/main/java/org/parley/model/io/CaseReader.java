package org.parley.model.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Agreement;
import org.parley.model.AgreementEnd;
import org.parley.model.Precedent;
import org.parley.model.PrecedentClass;
import org.parley.model.Precedents;
import org.parley.model.TrackRecord;
import org.parley.model.cases.CaseLibrary;
import org.parley.model.io.NodeReader.Range;

/**
 * Reads the {@code precedents} and {@code track_record} sections, resolving case ids against the
 * bundled {@link CaseLibrary} as of the scenario's date: {@code all} silently leaves out cases
 * dated after {@code as_of}; a case named explicitly but dated after it is an error.
 */
final class CaseReader {
  private final NodeReader r;
  private final CaseLibrary cases;
  private final LocalDate asOf;

  CaseReader(NodeReader r, CaseLibrary cases, LocalDate asOf) {
    this.r = r;
    this.cases = cases;
    this.asOf = asOf;
  }

  Optional<Precedents> precedents(Node n, DocPath pp) {
    return r.obj(n, pp, "the precedent classes")
        .map(
            po ->
                r.within(
                    po,
                    pp,
                    x -> {
                      r.onlyKeys(po, pp, Set.of("window_years", "prior", "primary", "classes"));
                      Optional<Double> window =
                          r.number(po, "window_years", pp, true, new Range(Double.MIN_VALUE, 200));
                      double[] prior = prior(po.fields().get("prior"), pp.key("prior"));
                      Optional<String> primary = r.text(po, "primary", pp, true);
                      List<PrecedentClass> classes = new ArrayList<>();
                      Node cn = po.fields().get("classes");
                      DocPath cp = pp.key("classes");
                      if (cn == null) {
                        r.problem(
                            po,
                            cp,
                            "missing required key 'classes' (expected a list of {id, description, cases})");
                      } else {
                        r.list(cn, cp, "the precedent classes")
                            .ifPresent(
                                items -> {
                                  if (items.isEmpty()) {
                                    r.problem(cn, cp, "expected at least one precedent class");
                                  }
                                  Set<String> ids = new LinkedHashSet<>();
                                  for (int i = 0; i < items.size(); i++) {
                                    Node item = items.get(i);
                                    String itemId =
                                        item instanceof Node.Obj o
                                                && o.fields().get("id") instanceof Node.Scalar s
                                            ? String.valueOf(s.value())
                                            : null;
                                    DocPath ip = cp.item(i, itemId);
                                    r.obj(item, ip, "a precedent class")
                                        .ifPresent(
                                            co -> {
                                              r.onlyKeys(
                                                  co, ip, Set.of("id", "description", "cases"));
                                              Optional<String> id = r.id(co, "id", ip);
                                              String desc =
                                                  r.text(co, "description", ip, false).orElse("");
                                              Optional<List<Precedent>> list =
                                                  precedentList(co, ip);
                                              if (id.isPresent() && !ids.add(id.get())) {
                                                r.problem(
                                                    co.fields().get("id"),
                                                    ip.key("id"),
                                                    "duplicate precedent class id '"
                                                        + id.get()
                                                        + "'; ids must be unique");
                                              }
                                              if (id.isPresent() && list.isPresent()) {
                                                classes.add(
                                                    new PrecedentClass(id.get(), desc, list.get()));
                                              }
                                            });
                                  }
                                });
                      }
                      if (primary.isPresent()
                          && classes.stream().noneMatch(c -> c.id().equals(primary.get()))) {
                        r.problem(
                            po.fields().get("primary"),
                            pp.key("primary"),
                            "unknown precedent class '"
                                + primary.get()
                                + "' (expected one of: "
                                + String.join(
                                    ", ", classes.stream().map(PrecedentClass::id).toList())
                                + ")");
                        return null;
                      }
                      if (window.isEmpty() || primary.isEmpty() || prior == null) {
                        return null;
                      }
                      return new Precedents(
                          classes, primary.get(), window.get(), prior[0], prior[1]);
                    }));
  }

  private Optional<List<Precedent>> precedentList(Node.Obj co, DocPath ip) {
    Node n = co.fields().get("cases");
    DocPath cp = ip.key("cases");
    if (n == null) {
      r.problem(co, cp, "missing required key 'cases' (expected 'all' or a list of precedent ids)");
      return Optional.empty();
    }
    if (n instanceof Node.Scalar s && "all".equals(s.value())) {
      return Optional.of(asOf == null ? List.of() : cases.precedentsAsOf(asOf));
    }
    Optional<List<Node>> items = r.list(n, cp, "'all' or a list of precedent ids");
    if (items.isEmpty()) {
      return Optional.empty();
    }
    List<Precedent> out = new ArrayList<>();
    List<String> known = cases.precedents().stream().map(Precedent::id).toList();
    for (int i = 0; i < items.get().size(); i++) {
      Node item = items.get().get(i);
      DocPath ep = cp.item(i, null);
      Optional<String> id = r.textValue(item, ep);
      if (id.isEmpty()) {
        continue;
      }
      Optional<Precedent> p = cases.precedent(id.get());
      if (p.isEmpty()) {
        r.problem(
            item,
            ep,
            "unknown precedent '"
                + id.get()
                + "'"
                + NodeReader.nearest(id.get(), known)
                    .map(s -> "; did you mean '" + s + "'?")
                    .orElse("")
                + " (expected one of: "
                + String.join(", ", known)
                + ")");
      } else if (asOf != null && p.get().completed().isAfter(asOf)) {
        r.problem(
            item,
            ep,
            "precedent '"
                + id.get()
                + "' is dated "
                + p.get().completed()
                + ", after as_of "
                + asOf
                + "; a scenario may only use what was known by its as_of date");
      } else {
        out.add(p.get());
      }
    }
    if (out.isEmpty() && r.problems().isEmpty()) {
      r.problem(n, cp, "the class has no precedents; expected at least one");
    }
    return Optional.of(out);
  }

  private double[] prior(Node n, DocPath pp) {
    if (n == null) {
      return new double[] {1, 1};
    }
    return r.obj(n, pp, "a Beta prior {a, b}")
        .map(
            po ->
                r.within(
                    po,
                    pp,
                    x -> {
                      r.onlyKeys(po, pp, Set.of("a", "b"));
                      Optional<Double> a =
                          r.number(po, "a", pp, true, new Range(Double.MIN_VALUE, 1e6));
                      Optional<Double> b =
                          r.number(po, "b", pp, true, new Range(Double.MIN_VALUE, 1e6));
                      return a.isPresent() && b.isPresent()
                          ? new double[] {a.get(), b.get()}
                          : null;
                    }))
        .orElse(null);
  }

  TrackRecord trackRecord(Node n, DocPath tp) {
    if (n == null) {
      return new TrackRecord(List.of(), 1, 1);
    }
    return r.obj(n, tp, "the track record")
        .map(
            to ->
                r.within(
                    to,
                    tp,
                    x -> {
                      r.onlyKeys(to, tp, Set.of("prior", "dataset", "agreements", "inline"));
                      double[] prior = prior(to.fields().get("prior"), tp.key("prior"));
                      List<Agreement> agreements = new ArrayList<>();
                      Optional<String> dataset = r.text(to, "dataset", tp, false);
                      if (dataset.isPresent()
                          && !dataset.get().equals(CaseLibrary.DPRK_AGREEMENTS)) {
                        r.problem(
                            to.fields().get("dataset"),
                            tp.key("dataset"),
                            "unknown dataset '"
                                + dataset.get()
                                + "' (expected: "
                                + CaseLibrary.DPRK_AGREEMENTS
                                + ")");
                      } else if (dataset.isPresent()) {
                        agreements.addAll(datasetAgreements(to, tp));
                      } else if (to.fields().get("agreements") != null) {
                        r.problem(
                            to.fields().get("agreements"),
                            tp.key("agreements"),
                            "'agreements' selects from a dataset; add 'dataset: "
                                + CaseLibrary.DPRK_AGREEMENTS
                                + "'");
                      }
                      agreements.addAll(inline(to.fields().get("inline"), tp.key("inline")));
                      return prior == null ? null : new TrackRecord(agreements, prior[0], prior[1]);
                    }))
        .orElse(new TrackRecord(List.of(), 1, 1));
  }

  private List<Agreement> datasetAgreements(Node.Obj to, DocPath tp) {
    Node n = to.fields().get("agreements");
    DocPath ap = tp.key("agreements");
    List<Agreement> asOfList = asOf == null ? List.of() : cases.agreementsAsOf(asOf);
    if (n == null || n instanceof Node.Scalar s && "all".equals(s.value())) {
      return asOfList;
    }
    List<Agreement> out = new ArrayList<>();
    r.list(n, ap, "'all' or a list of agreement ids")
        .ifPresent(
            items -> {
              for (int i = 0; i < items.size(); i++) {
                DocPath ep = ap.item(i, null);
                Node item = items.get(i);
                r.textValue(item, ep)
                    .ifPresent(
                        id -> {
                          Optional<LocalDate> date = cases.agreementDate(id);
                          if (date.isEmpty()) {
                            r.problem(
                                item,
                                ep,
                                "unknown agreement id '"
                                    + id
                                    + "' (expected one of: "
                                    + String.join(", ", cases.agreementIds())
                                    + ")");
                          } else if (asOf != null && date.get().isAfter(asOf)) {
                            r.problem(
                                item,
                                ep,
                                "agreement '"
                                    + id
                                    + "' is dated "
                                    + date.get()
                                    + ", after as_of "
                                    + asOf
                                    + "; a scenario may only use what was known by its as_of date");
                          } else {
                            asOfList.stream()
                                .filter(a -> a.id().equals(id))
                                .findFirst()
                                .ifPresent(out::add);
                          }
                        });
              }
            });
    return out;
  }

  private List<Agreement> inline(Node n, DocPath ip) {
    List<Agreement> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    r.list(n, ip, "a list of agreements")
        .ifPresent(
            items -> {
              for (int i = 0; i < items.size(); i++) {
                DocPath ep = ip.item(i, null);
                r.obj(items.get(i), ep, "an agreement {id, name, date, end, source}")
                    .ifPresent(
                        ao -> {
                          r.onlyKeys(ao, ep, Set.of("id", "name", "date", "end"));
                          Optional<String> id = r.id(ao, "id", ep);
                          Optional<String> name = r.text(ao, "name", ep, true);
                          Optional<LocalDate> date = r.date(ao, "date", ep, true);
                          Optional<AgreementEnd> end =
                              Optional.ofNullable(ao.fields().get("end"))
                                  .flatMap(e -> r.enumValue(e, ep.key("end"), AgreementEnd.class));
                          if (ao.fields().get("end") == null) {
                            r.problem(
                                ao,
                                ep.key("end"),
                                "missing required key 'end' (expected one of: broken_by_complier, broken_by_counterpart, broken_by_both, completed, ongoing)");
                          }
                          String source =
                              r.text(ao, "source", ep, false)
                                  .orElse(
                                      r.text(ao, "judgement", ep, false)
                                          .map(j -> "judgement: " + j)
                                          .orElse(""));
                          if (date.isPresent() && asOf != null && date.get().isAfter(asOf)) {
                            r.problem(
                                ao.fields().get("date"),
                                ep.key("date"),
                                "agreement dated "
                                    + date.get()
                                    + " is after as_of "
                                    + asOf
                                    + "; a scenario may only use what was known by its as_of date");
                            return;
                          }
                          if (id.isPresent()
                              && name.isPresent()
                              && date.isPresent()
                              && end.isPresent()) {
                            out.add(
                                new Agreement(id.get(), name.get(), date.get(), end.get(), source));
                          }
                        });
              }
            });
    return out;
  }
}
