package org.parley.model.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.model.Distribution;
import org.parley.model.Uncertainty;
import org.parley.model.io.NodeReader.NumberEntry;
import org.parley.model.io.NodeReader.Range;

/**
 * Reads the {@code uncertainty} section: each entry's path must name a number written in the
 * document (list items by id), and its distribution must stay inside that number's allowed range (a
 * salience's distribution inside [0, 1], a position's inside its issue's scale).
 */
final class UncertaintyReader {
  private static final Set<String> KEYS =
      Set.of(
          "path",
          "distribution",
          "min",
          "max",
          "mode",
          "mean",
          "sd",
          "alpha",
          "beta",
          "values",
          "weights");

  private final NodeReader r;

  UncertaintyReader(NodeReader r) {
    this.r = r;
  }

  List<Uncertainty> read(Node n, DocPath up, Node.Obj root) {
    List<Uncertainty> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    // Snapshot: numbers read in this section (distribution parameters) are not targets.
    var targets = new java.util.LinkedHashMap<>(r.numbers());
    Set<String> seen = new LinkedHashSet<>();
    r.list(n, up, "a list of {path, distribution, ...}")
        .ifPresent(
            items -> {
              for (int i = 0; i < items.size(); i++) {
                DocPath ip = up.item(i, null);
                r.obj(items.get(i), ip, "an uncertain input {path, distribution, ...}")
                    .ifPresent(
                        uo ->
                            r.within(
                                uo,
                                ip,
                                x -> {
                                  r.onlyKeys(uo, ip, KEYS);
                                  Optional<String> path = r.text(uo, "path", ip, true);
                                  Optional<String> kind = r.text(uo, "distribution", ip, true);
                                  NumberEntry target = null;
                                  if (path.isPresent()) {
                                    target = targets.get(path.get());
                                    if (target == null) {
                                      String hint =
                                          NodeReader.nearest(path.get(), targets.keySet())
                                              .map(s -> "; did you mean '" + s + "'?")
                                              .orElse("");
                                      r.problem(
                                          uo.fields().get("path"),
                                          ip.key("path"),
                                          "path '"
                                              + path.get()
                                              + "' resolves to nothing"
                                              + hint
                                              + " (expected the path of a number in this document, list items by id, e.g. issues.<issue id>.positions.<actor id>)");
                                    } else if (!seen.add(path.get())) {
                                      r.problem(
                                          uo.fields().get("path"),
                                          ip.key("path"),
                                          "path '"
                                              + path.get()
                                              + "' already has a distribution; give each input one");
                                      target = null;
                                    }
                                  }
                                  if (kind.isEmpty()) {
                                    return null;
                                  }
                                  Optional<Distribution> d = distribution(uo, ip, kind.get());
                                  if (d.isPresent() && target != null) {
                                    Range allowed = target.range();
                                    if (!allowed.contains(d.get().min())
                                        || !allowed.contains(d.get().max())) {
                                      r.problem(
                                          uo,
                                          ip,
                                          "the distribution spans ["
                                              + NodeReader.fmt(d.get().min())
                                              + ", "
                                              + NodeReader.fmt(d.get().max())
                                              + "] but '"
                                              + path.get()
                                              + "' must be "
                                              + allowed.describe());
                                      return null;
                                    }
                                    out.add(new Uncertainty(path.get(), d.get()));
                                  }
                                  return null;
                                }));
              }
            });
    return out;
  }

  private Optional<Distribution> distribution(Node.Obj o, DocPath p, String kind) {
    Range any = Range.ANY;
    switch (kind) {
      case "uniform":
        {
          Optional<Double> min = r.number(o, "min", p, true, any);
          Optional<Double> max = r.number(o, "max", p, true, any);
          if (min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
          }
          if (!(min.get() < max.get())) {
            r.problem(
                o,
                p,
                "uniform needs min < max, got min "
                    + NodeReader.fmt(min.get())
                    + " and max "
                    + NodeReader.fmt(max.get()));
            return Optional.empty();
          }
          return Optional.of(new Distribution.Uniform(min.get(), max.get()));
        }
      case "triangular":
        {
          Optional<Double> min = r.number(o, "min", p, true, any);
          Optional<Double> mode = r.number(o, "mode", p, true, any);
          Optional<Double> max = r.number(o, "max", p, true, any);
          if (min.isEmpty() || mode.isEmpty() || max.isEmpty()) {
            return Optional.empty();
          }
          if (!(min.get() < max.get() && mode.get() >= min.get() && mode.get() <= max.get())) {
            r.problem(
                o,
                p,
                "triangular needs min < max and min <= mode <= max, got "
                    + NodeReader.fmt(min.get())
                    + ", "
                    + NodeReader.fmt(mode.get())
                    + ", "
                    + NodeReader.fmt(max.get()));
            return Optional.empty();
          }
          return Optional.of(new Distribution.Triangular(min.get(), mode.get(), max.get()));
        }
      case "truncated_normal":
        {
          Optional<Double> mean = r.number(o, "mean", p, true, any);
          Optional<Double> sd =
              r.number(o, "sd", p, true, new Range(Double.MIN_VALUE, Double.POSITIVE_INFINITY));
          Optional<Double> min = r.number(o, "min", p, true, any);
          Optional<Double> max = r.number(o, "max", p, true, any);
          if (mean.isEmpty() || sd.isEmpty() || min.isEmpty() || max.isEmpty()) {
            return Optional.empty();
          }
          if (!(min.get() < max.get())) {
            r.problem(o, p, "truncated_normal needs min < max");
            return Optional.empty();
          }
          return Optional.of(
              new Distribution.TruncatedNormal(mean.get(), sd.get(), min.get(), max.get()));
        }
      case "beta":
        {
          Range positive = new Range(Double.MIN_VALUE, Double.POSITIVE_INFINITY);
          Optional<Double> a = r.number(o, "alpha", p, true, positive);
          Optional<Double> b = r.number(o, "beta", p, true, positive);
          double min = r.number(o, "min", p, false, any).orElse(0.0);
          double max = r.number(o, "max", p, false, any).orElse(1.0);
          if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
          }
          if (!(min < max)) {
            r.problem(o, p, "beta needs min < max");
            return Optional.empty();
          }
          return Optional.of(new Distribution.Beta(a.get(), b.get(), min, max));
        }
      case "discrete":
        {
          Optional<List<Double>> values = numbers(o, "values", p, any);
          Optional<List<Double>> weights = numbers(o, "weights", p, Range.NON_NEGATIVE);
          if (values.isEmpty() || weights.isEmpty()) {
            return Optional.empty();
          }
          if (values.get().isEmpty() || values.get().size() != weights.get().size()) {
            r.problem(o, p, "discrete needs as many weights as values, and at least one of each");
            return Optional.empty();
          }
          if (weights.get().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            r.problem(
                o.fields().get("weights"),
                p.key("weights"),
                "the weights sum to 0; expected a positive sum");
            return Optional.empty();
          }
          return Optional.of(new Distribution.Discrete(values.get(), weights.get()));
        }
      default:
        r.problem(
            o.fields().get("distribution"),
            p.key("distribution"),
            "unknown distribution '"
                + kind
                + "' (expected one of: uniform, triangular, truncated_normal, beta, discrete)");
        return Optional.empty();
    }
  }

  private Optional<List<Double>> numbers(Node.Obj o, String key, DocPath p, Range range) {
    Node n = o.fields().get(key);
    if (n == null) {
      r.problem(o, p.key(key), "missing required key '" + key + "' (expected a list of numbers)");
      return Optional.empty();
    }
    return r.list(n, p.key(key), "a list of numbers")
        .map(
            items -> {
              List<Double> out = new ArrayList<>();
              for (int i = 0; i < items.size(); i++) {
                r.numberValue(items.get(i), p.key(key).item(i, null), range).ifPresent(out::add);
              }
              return out;
            });
  }
}
