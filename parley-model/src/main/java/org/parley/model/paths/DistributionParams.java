package org.parley.model.paths;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Distribution;

/** The numeric parameters of a {@link Distribution}, by the names the scenario format uses. */
final class DistributionParams {
  private DistributionParams() {}

  static String name(Distribution d) {
    if (d instanceof Distribution.Uniform) {
      return "uniform";
    } else if (d instanceof Distribution.Triangular) {
      return "triangular";
    } else if (d instanceof Distribution.TruncatedNormal) {
      return "truncated_normal";
    } else if (d instanceof Distribution.Beta) {
      return "beta";
    }
    return "discrete";
  }

  /** The parameter's value, or NaN if the distribution has no such parameter. */
  static double get(Distribution d, String p, int k) {
    if (d instanceof Distribution.Uniform u) {
      return p.equals("min") ? u.min() : p.equals("max") ? u.max() : Double.NaN;
    } else if (d instanceof Distribution.Triangular t) {
      return p.equals("min")
          ? t.min()
          : p.equals("mode") ? t.mode() : p.equals("max") ? t.max() : Double.NaN;
    } else if (d instanceof Distribution.TruncatedNormal n) {
      return p.equals("mean")
          ? n.mean()
          : p.equals("sd")
              ? n.sd()
              : p.equals("min") ? n.min() : p.equals("max") ? n.max() : Double.NaN;
    } else if (d instanceof Distribution.Beta b) {
      return p.equals("alpha")
          ? b.alpha()
          : p.equals("beta")
              ? b.beta()
              : p.equals("min") ? b.min() : p.equals("max") ? b.max() : Double.NaN;
    }
    Distribution.Discrete x = (Distribution.Discrete) d;
    List<Double> list = p.equals("values") ? x.values() : p.equals("weights") ? x.weights() : null;
    return list == null || k < 0 || k >= list.size() ? Double.NaN : list.get(k);
  }

  static Distribution with(Distribution d, String p, int k, double v) {
    if (d instanceof Distribution.Uniform u) {
      return new Distribution.Uniform(p.equals("min") ? v : u.min(), p.equals("max") ? v : u.max());
    } else if (d instanceof Distribution.Triangular t) {
      return new Distribution.Triangular(
          p.equals("min") ? v : t.min(),
          p.equals("mode") ? v : t.mode(),
          p.equals("max") ? v : t.max());
    } else if (d instanceof Distribution.TruncatedNormal n) {
      return new Distribution.TruncatedNormal(
          p.equals("mean") ? v : n.mean(),
          p.equals("sd") ? v : n.sd(),
          p.equals("min") ? v : n.min(),
          p.equals("max") ? v : n.max());
    } else if (d instanceof Distribution.Beta b) {
      return new Distribution.Beta(
          p.equals("alpha") ? v : b.alpha(),
          p.equals("beta") ? v : b.beta(),
          p.equals("min") ? v : b.min(),
          p.equals("max") ? v : b.max());
    }
    Distribution.Discrete x = (Distribution.Discrete) d;
    List<Double> values = new ArrayList<>(x.values());
    List<Double> weights = new ArrayList<>(x.weights());
    (p.equals("values") ? values : weights).set(k, v);
    return new Distribution.Discrete(values, weights);
  }
}
