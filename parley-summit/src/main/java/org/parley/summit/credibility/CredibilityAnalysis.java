package org.parley.summit.credibility;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Agreement;
import org.parley.model.AgreementEnd;
import org.parley.model.Assurance;
import org.parley.model.Phase;
import org.parley.model.Precedent;
import org.parley.model.PrecedentClass;
import org.parley.model.Scenario;
import org.parley.model.Signal;
import org.parley.summit.SummitOptions;

/**
 * Computes stage C (summit.md §2 C) from a scenario. Only precedents completed, aftermaths,
 * agreements and signals dated on or before the scenario's {@code as_of} are used, whatever the
 * scenario object holds (the reader already enforces this; the check here keeps the engine honest
 * for scenarios built in code). Cost: linear in the number of precedents, agreements, signals and
 * phases.
 */
public final class CredibilityAnalysis {
  private CredibilityAnalysis() {}

  /** Stage C of {@code scenario}. */
  public static Credibility of(Scenario scenario, SummitOptions options) {
    requireNonNull(scenario, "scenario");
    requireNonNull(options, "options");
    LocalDate asOf = scenario.asOf();
    var precedents = scenario.precedents();
    List<Hazard> hazards = new ArrayList<>();
    for (PrecedentClass c : precedents.classes()) {
      hazards.add(
          hazard(c, precedents.windowYears(), precedents.priorA(), precedents.priorB(), asOf));
    }
    Hazard primary =
        hazards.stream()
            .filter(x -> x.classId().equals(precedents.primary()))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "primary precedent class '"
                            + precedents.primary()
                            + "' is not among the scenario's classes"));
    double h = primary.h();

    Map<String, Double> strengths = new LinkedHashMap<>();
    for (Assurance a : scenario.assurances()) {
      strengths.put(a.id(), a.strength());
    }
    double kappa = kappa(scenario.assurances().stream().mapToDouble(Assurance::strength).toArray());

    double v = scenario.stakes().regimeValue();
    List<PhaseRisk> risks = new ArrayList<>();
    int j = 1;
    for (Phase p : scenario.phases()) {
      double rho = rho(h, kappa, p.deterrentGivenUp());
      risks.add(new PhaseRisk(p.id(), j++, h, kappa, p.deterrentGivenUp(), rho, v, rho * v));
    }
    return new Credibility(
        hazards,
        primary.classId(),
        h,
        strengths,
        kappa,
        risks,
        belief(scenario),
        reneging(scenario, kappa, options));
  }

  /**
   * {@code h = (k + a) / (n + a + b)} for one class, counting only what was known on {@code asOf}.
   */
  public static Hazard hazard(
      PrecedentClass c, double windowYears, double a, double b, LocalDate asOf) {
    List<String> counted = new ArrayList<>();
    List<String> suffered = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    for (Precedent p : c.cases()) {
      if (p.completed().isAfter(asOf)) {
        excluded.add(p.id());
        continue;
      }
      counted.add(p.id());
      if (p.sufferedWithin(windowYears, asOf)) {
        suffered.add(p.id());
      }
    }
    int k = suffered.size();
    int n = counted.size();
    return new Hazard(
        c.id(),
        c.description(),
        k,
        n,
        a,
        b,
        windowYears,
        (k + a) / (n + a + b),
        counted,
        suffered,
        excluded);
  }

  /** {@code κ = 1 − Π_m (1 − σ_m)}; 0 without assurances. */
  public static double kappa(double... strengths) {
    double keep = 1;
    for (double s : strengths) {
      keep *= 1 - s;
    }
    return 1 - keep;
  }

  /** {@code ρ = h · (1 − κ) · f}. */
  public static double rho(double h, double kappa, double deterrentGivenUp) {
    return h * (1 - kappa) * deterrentGivenUp;
  }

  /** The complier-type belief: Beta posterior mean from the track record, then Bayes per signal. */
  public static TypeBelief belief(Scenario scenario) {
    LocalDate asOf = scenario.asOf();
    var record = scenario.trackRecord();
    int broken = 0;
    int kept = 0;
    List<String> counted = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    for (Agreement ag : record.agreements()) {
      if (ag.date().isAfter(asOf)) {
        excluded.add(ag.id());
        continue;
      }
      counted.add(ag.id());
      if (ag.end() == AgreementEnd.BROKEN_BY_COMPLIER || ag.end() == AgreementEnd.BROKEN_BY_BOTH) {
        broken++;
      } else if (ag.end() == AgreementEnd.COMPLETED
          || ag.end() == AgreementEnd.BROKEN_BY_COUNTERPART) {
        kept++;
      }
    }
    double prior = (record.priorA() + broken) / (record.priorA() + record.priorB() + broken + kept);
    List<Signal> signals =
        scenario.signals().stream()
            .filter(s -> !s.date().isAfter(asOf))
            .sorted(Comparator.comparing(Signal::date))
            .toList();
    double belief = prior;
    List<SignalUpdate> updates = new ArrayList<>();
    for (Signal s : signals) {
      double after = update(belief, s.likelihoodRatio());
      updates.add(
          new SignalUpdate(s.id(), s.verified(), s.costly(), s.likelihoodRatio(), belief, after));
      belief = after;
    }
    return new TypeBelief(
        record.priorA(), record.priorB(), broken, kept, counted, excluded, prior, updates, belief);
  }

  /**
   * Bayes: odds of "opportunistic" divided by {@code L = P(signal | sincere) / P(signal |
   * opportunistic)}.
   */
  public static double update(double belief, double likelihoodRatio) {
    if (!(likelihoodRatio > 0) || Double.isInfinite(likelihoodRatio)) {
      throw new IllegalArgumentException(
          "likelihood ratio is " + likelihoodRatio + "; it must be a finite number > 0");
    }
    double denominator = belief + likelihoodRatio * (1 - belief);
    return denominator == 0 ? belief : belief / denominator;
  }

  /** The guarantors' reneging probability per phase (see {@link Reneging}). */
  public static Reneging reneging(Scenario scenario, double kappa, SummitOptions options) {
    LocalDate asOf = scenario.asOf();
    int breaches = 0;
    int ended = 0;
    for (Agreement ag : scenario.trackRecord().agreements()) {
      if (ag.date().isAfter(asOf) || ag.end() == AgreementEnd.ONGOING) {
        continue;
      }
      ended++;
      if (ag.end() == AgreementEnd.BROKEN_BY_COUNTERPART
          || ag.end() == AgreementEnd.BROKEN_BY_BOTH) {
        breaches++;
      }
    }
    double a = options.renegePriorA();
    double b = options.renegePriorB();
    double q = (a + breaches) / (a + b + ended);
    return new Reneging(a, b, breaches, ended, q, kappa, q * (1 - kappa));
  }
}
