package org.parley.summit.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.summit.Trial;
import org.parley.summit.TrialOutcome;

/**
 * One worker's running counts. Everything is an integer (months in hundredths), so merging tallies
 * in any order gives the same totals: the reason a run is identical on any thread count. Its size
 * depends on the number of distinct outcomes and collapse months, not on the number of samples.
 */
final class Tally {
  private final Map<OutcomeClass, Long> outcomes = new TreeMap<>();
  private final TreeMap<Long, Long> collapseHundredths = new TreeMap<>();
  private long[] deepest = new long[8];
  private long samples;
  private long deepestSum;
  private long collapseSumHundredths;
  private long hidden;

  void add(Trial t) {
    samples++;
    outcomes.merge(OutcomeClass.of(t.outcome()), 1L, Long::sum);
    int d = t.deepestPhase();
    if (d >= deepest.length) {
      deepest = java.util.Arrays.copyOf(deepest, Math.max(d + 1, deepest.length * 2));
    }
    deepest[d]++;
    deepestSum += d;
    if (t.outcome() instanceof TrialOutcome.CollapsedAt) {
      long h = Math.round(t.months() * 100);
      collapseHundredths.merge(h, 1L, Long::sum);
      collapseSumHundredths += h;
    }
    if (t.hiddenViolation()) {
      hidden++;
    }
  }

  void addAll(Tally o) {
    samples += o.samples;
    o.outcomes.forEach((k, v) -> outcomes.merge(k, v, Long::sum));
    o.collapseHundredths.forEach((k, v) -> collapseHundredths.merge(k, v, Long::sum));
    if (o.deepest.length > deepest.length) {
      deepest = java.util.Arrays.copyOf(deepest, o.deepest.length);
    }
    for (int i = 0; i < o.deepest.length; i++) {
      deepest[i] += o.deepest[i];
    }
    deepestSum += o.deepestSum;
    collapseSumHundredths += o.collapseSumHundredths;
    hidden += o.hidden;
  }

  MonteCarloResult result(long seed, List<String> inputs) {
    List<MonteCarloResult.OutcomeProbability> list = new ArrayList<>();
    Map<OutcomeClass.Kind, Long> byKind = new LinkedHashMap<>();
    for (OutcomeClass.Kind k : OutcomeClass.Kind.values()) {
      byKind.put(k, 0L);
    }
    outcomes.forEach(
        (c, n) -> {
          list.add(
              new MonteCarloResult.OutcomeProbability(c, Probability.of(c.label(), n, samples)));
          byKind.merge(c.kind(), n, Long::sum);
        });
    List<Probability> kinds = new ArrayList<>();
    byKind.forEach((k, n) -> kinds.add(Probability.of(kindLabel(k), n, samples)));
    int top = deepest.length - 1;
    while (top > 0 && deepest[top] == 0) {
      top--;
    }
    List<Long> deepestList = new ArrayList<>();
    for (int i = 0; i <= top; i++) {
      deepestList.add(deepest[i]);
    }
    return new MonteCarloResult(
        seed,
        samples,
        inputs,
        list,
        kinds,
        months(),
        (double) deepestSum / samples,
        deepestList,
        Probability.of("HIDDEN_VIOLATION", hidden, samples));
  }

  static String kindLabel(OutcomeClass.Kind k) {
    return switch (k) {
      case STALLED_AT -> "STALLED";
      case COLLAPSED_AT -> "COLLAPSED";
      default -> k.name();
    };
  }

  private MonthsDistribution months() {
    long n = collapseHundredths.values().stream().mapToLong(Long::longValue).sum();
    Map<Double, Long> counts = new LinkedHashMap<>();
    collapseHundredths.forEach((h, c) -> counts.put(h / 100.0, c));
    if (n == 0) {
      return new MonthsDistribution(
          0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, counts);
    }
    return new MonthsDistribution(
        n,
        collapseSumHundredths / 100.0 / n,
        collapseHundredths.firstKey() / 100.0,
        quantile(0.1, n),
        quantile(0.5, n),
        quantile(0.9, n),
        collapseHundredths.lastKey() / 100.0,
        counts);
  }

  private double quantile(double q, long n) {
    long rank = Math.max(1, (long) Math.ceil(q * n));
    long seen = 0;
    for (var e : collapseHundredths.entrySet()) {
      seen += e.getValue();
      if (seen >= rank) {
        return e.getKey() / 100.0;
      }
    }
    return collapseHundredths.lastKey() / 100.0;
  }
}
