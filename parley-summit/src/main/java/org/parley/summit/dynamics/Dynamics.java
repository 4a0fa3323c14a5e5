package org.parley.summit.dynamics;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.parley.model.Phase;
import org.parley.model.Scenario;
import org.parley.summit.CollapseCause;
import org.parley.summit.SummitOptions;
import org.parley.summit.Trial;
import org.parley.summit.TrialOutcome;
import org.parley.summit.compliance.ComplianceGame;
import org.parley.summit.compliance.ComplianceSpec;
import org.parley.summit.compliance.PhaseEquilibrium;
import org.parley.summit.compliance.TypeStrategy;
import org.parley.summit.credibility.Credibility;

/**
 * Stage E of the summit model (summit.md §2 E; equations in docs/models/summit.md §E). The agreed
 * phases {@code 1..m} run in order. Before phase {@code j} the complier stops if {@code ρ_j·V > B_j
 * − C_j} (the regime risk outweighs the phase's net benefit): {@code STALLED_AT(j − 1)}. In the
 * phase: a guarantor reneges with probability {@code r} ({@code COLLAPSED_AT(j, GUARANTOR_RENEGED)}
 * at mid-phase); otherwise the complier acts per its type's strategy in the phase's compliance
 * equilibrium at the current belief; a violation is detected with the equilibrium's phase detection
 * probability ({@code COLLAPSED_AT(j, VIOLATION_DETECTED)}), or goes undetected and leaves a hidden
 * capability; a compliant phase raises a false alarm with {@code 1 − (1 − α)^n}, which ends the
 * deal with probability {@code φ} ({@code COLLAPSED_AT(j, FALSE_ALARM)}). The belief that the
 * complier is opportunistic is updated by Bayes' rule from what was observed (no alarm, or a false
 * alarm that did not escalate). After the last agreed phase: {@code HOLLOW} if a violation went
 * undetected, else {@code COMPLETE} if the whole ladder was agreed, else {@code STALLED_AT(m)}.
 *
 * <p>Thread-safe: the only state is a memo of solved phase games keyed by phase and belief.
 */
public final class Dynamics {
  private final Scenario scenario;
  private final int agreed;
  private final Credibility credibility;
  private final SummitOptions options;
  private final Function<ComplianceSpec, PhaseEquilibrium> solver;
  private final Map<Key, PhaseEquilibrium> memo = new ConcurrentHashMap<>();

  private record Key(int phase, double belief) {}

  /**
   * @param scenario the scenario (its ladder, verification regime and stakes)
   * @param agreed {@code m}: how many phases of the ladder the settlement agreed
   * @param credibility stage C of the scenario
   * @param options the analysis options
   */
  public Dynamics(Scenario scenario, int agreed, Credibility credibility, SummitOptions options) {
    this(scenario, agreed, credibility, options, ComplianceGame::solve);
  }

  /**
   * As above, with the function that solves a phase's game (e.g. one that memoises equilibria
   * across scenarios; it must return what {@link ComplianceGame#solve(ComplianceSpec)} returns).
   */
  public Dynamics(
      Scenario scenario,
      int agreed,
      Credibility credibility,
      SummitOptions options,
      Function<ComplianceSpec, PhaseEquilibrium> solver) {
    this.solver = requireNonNull(solver, "solver");
    this.scenario = requireNonNull(scenario, "scenario");
    this.credibility = requireNonNull(credibility, "credibility");
    this.options = requireNonNull(options, "options");
    if (agreed < 0 || agreed > scenario.phases().size()) {
      throw new IllegalArgumentException(
          "agreed is " + agreed + "; it must be in [0, " + scenario.phases().size() + "]");
    }
    this.agreed = agreed;
  }

  /** The scenario this machinery runs. */
  public Scenario scenario() {
    return scenario;
  }

  /** How many phases the settlement agreed. */
  public int agreed() {
    return agreed;
  }

  /** Stage C of the scenario. */
  public Credibility credibility() {
    return credibility;
  }

  /** The compliance equilibrium of phase {@code j} (from 1) at belief {@code π} (memoised). */
  public PhaseEquilibrium equilibrium(int j, double belief) {
    return memo.computeIfAbsent(
        new Key(j, belief),
        k ->
            solver.apply(
                ComplianceSpec.of(scenario, j, belief, credibility.risk(j).rho(), options)));
  }

  /** Whether the complier stops before phase {@code j}: {@code ρ_j·V > B_j − C_j}. */
  public boolean stopsBefore(int j) {
    Phase p = scenario.phases().get(j - 1);
    return credibility.risk(j).expectedLoss() > p.complierBenefit() - p.complierCost();
  }

  /**
   * The equilibria along the quiet path (no alarms), one per agreed phase: each solved at the
   * belief held after the earlier phases passed without an alarm. Phases from the first one the
   * complier refuses ({@link #stopsBefore}) on are included too, as what would happen if it went
   * on.
   */
  public List<PhaseEquilibrium> quietPath() {
    List<PhaseEquilibrium> out = new ArrayList<>();
    double belief = credibility.belief().posterior();
    for (int j = 1; j <= agreed; j++) {
      PhaseEquilibrium eq = equilibrium(j, belief);
      out.add(eq);
      belief = afterNoAlarm(eq, belief);
    }
    return out;
  }

  /** Belief after a phase that ended with no alarm. */
  static double afterNoAlarm(PhaseEquilibrium eq, double belief) {
    double alarm = eq.falseAlarm();
    double lo = quiet(eq.opportunistic(), eq, alarm);
    double ls = quiet(eq.sincere(), eq, alarm);
    return bayes(belief, lo, ls);
  }

  /** Belief after a false alarm that did not escalate. */
  static double afterSurvivedAlarm(PhaseEquilibrium eq, double belief) {
    return bayes(belief, eq.opportunistic().comply(), eq.sincere().comply());
  }

  private static double quiet(TypeStrategy t, PhaseEquilibrium eq, double alarm) {
    return t.comply() * (1 - alarm)
        + t.cheatDeclared() * (1 - eq.detectionDeclared())
        + t.cheatUndeclared() * (1 - eq.detectionUndeclared());
  }

  private static double bayes(double prior, double likelihoodOpp, double likelihoodSincere) {
    double num = prior * likelihoodOpp;
    double den = num + (1 - prior) * likelihoodSincere;
    return den > 0 ? Math.min(1, Math.max(0, num / den)) : prior;
  }

  /**
   * One run of stage E. Draws from {@code rng} only: one uniform for the complier's type, then four
   * per phase entered (reneging, the complier's choice, detection or false alarm, escalation),
   * always in that order, so that runs with the same stream stay coupled.
   */
  public Trial sample(RandomGenerator rng) {
    requireNonNull(rng, "rng");
    if (agreed == 0) {
      return new Trial(new TrialOutcome.NoDeal(), 0, 0, 0, false, false);
    }
    double belief = credibility.belief().posterior();
    boolean opp = rng.nextDouble() < belief;
    double r = credibility.reneging().perPhase();
    double phi = scenario.verification().falseAlarmCollapse();
    double months = 0;
    boolean hidden = false;
    for (int j = 1; j <= agreed; j++) {
      double uR = rng.nextDouble();
      double uA = rng.nextDouble();
      double uD = rng.nextDouble();
      double uE = rng.nextDouble();
      if (stopsBefore(j)) {
        return new Trial(new TrialOutcome.StalledAt(j - 1), j - 1, j - 1, months, hidden, opp);
      }
      double duration = scenario.phases().get(j - 1).durationMonths();
      PhaseEquilibrium eq = equilibrium(j, belief);
      if (uR < r) {
        return collapse(j, CollapseCause.GUARANTOR_RENEGED, duration / 2, months, hidden, opp);
      }
      TypeStrategy t = eq.strategy(opp);
      int choice = uA < t.comply() ? 0 : uA < t.comply() + t.cheatDeclared() ? 1 : 2;
      int n = eq.spec().periods();
      if (choice == 0) {
        double alarm = eq.falseAlarm();
        if (uD < alarm) {
          if (uE < phi) {
            return collapse(
                j, CollapseCause.FALSE_ALARM, month(uD, alarm, n, duration), months, hidden, opp);
          }
          belief = afterSurvivedAlarm(eq, belief);
        } else {
          belief = afterNoAlarm(eq, belief);
        }
      } else {
        double detect = eq.detection(choice);
        if (uD < detect) {
          return collapse(
              j,
              CollapseCause.VIOLATION_DETECTED,
              month(uD, detect, n, duration),
              months,
              hidden,
              opp);
        }
        hidden = true;
        belief = afterNoAlarm(eq, belief);
      }
      months += duration;
    }
    TrialOutcome end =
        hidden
            ? new TrialOutcome.Hollow()
            : agreed == scenario.phases().size()
                ? new TrialOutcome.Complete()
                : new TrialOutcome.StalledAt(agreed);
    return new Trial(end, agreed, agreed, months, hidden, opp);
  }

  private static Trial collapse(
      int j, CollapseCause cause, double month, double before, boolean hidden, boolean opp) {
    return new Trial(
        new TrialOutcome.CollapsedAt(j, cause, month), j, j - 1, before + month, hidden, opp);
  }

  /**
   * The month within a phase of {@code duration} months and {@code n} periods at which an event of
   * phase probability {@code p} happened, given it happened with the uniform draw {@code u < p}:
   * the end of the first period {@code k} with {@code u < 1 − (1 − p₁)^k}, {@code p₁ = 1 − (1 −
   * p)^{1/n}}.
   */
  static double month(double u, double p, int n, double duration) {
    int k;
    if (p >= 1 || n == 1) {
      k = 1;
    } else {
      double q1 = Math.pow(1 - p, 1.0 / n);
      k = (int) Math.floor(Math.log1p(-u) / Math.log(q1)) + 1;
      k = Math.max(1, Math.min(n, k));
    }
    return Math.min(duration, k * duration / n);
  }

  /** The exact distribution of the outcomes of {@link #sample} (same model, no sampling). */
  public OutcomeDistribution distribution() {
    Map<String, Double> probs = new TreeMap<>();
    double[] reach = new double[scenario.phases().size()];
    double[] deepest = {0};
    if (agreed == 0) {
      probs.put(new TrialOutcome.NoDeal().label(), 1.0);
      return new OutcomeDistribution(probs, toList(reach), 0);
    }
    double pi0 = credibility.belief().posterior();
    walk(1, pi0, true, false, pi0, probs, reach, deepest);
    walk(1, pi0, false, false, 1 - pi0, probs, reach, deepest);
    return new OutcomeDistribution(probs, toList(reach), deepest[0]);
  }

  private static List<Double> toList(double[] a) {
    List<Double> out = new ArrayList<>(a.length);
    for (double x : a) {
      out.add(x);
    }
    return out;
  }

  private void walk(
      int j,
      double belief,
      boolean opp,
      boolean hidden,
      double mass,
      Map<String, Double> probs,
      double[] reach,
      double[] deepest) {
    if (mass == 0) {
      return;
    }
    if (j > agreed) {
      TrialOutcome end =
          hidden
              ? new TrialOutcome.Hollow()
              : agreed == scenario.phases().size()
                  ? new TrialOutcome.Complete()
                  : new TrialOutcome.StalledAt(agreed);
      add(probs, end.label(), mass);
      deepest[0] += mass * agreed;
      return;
    }
    if (stopsBefore(j)) {
      add(probs, new TrialOutcome.StalledAt(j - 1).label(), mass);
      deepest[0] += mass * (j - 1);
      return;
    }
    reach[j - 1] += mass;
    PhaseEquilibrium eq = equilibrium(j, belief);
    double r = credibility.reneging().perPhase();
    double phi = scenario.verification().falseAlarmCollapse();
    add(probs, label(j, CollapseCause.GUARANTOR_RENEGED), mass * r);
    deepest[0] += mass * j * r;
    double go = mass * (1 - r);
    TypeStrategy t = eq.strategy(opp);
    double alarm = eq.falseAlarm();
    // comply
    double comply = go * t.comply();
    double collapseAlarm = comply * alarm * phi;
    add(probs, label(j, CollapseCause.FALSE_ALARM), collapseAlarm);
    deepest[0] += collapseAlarm * j;
    double quietBelief = afterNoAlarm(eq, belief);
    walk(
        j + 1,
        afterSurvivedAlarm(eq, belief),
        opp,
        hidden,
        comply * alarm * (1 - phi),
        probs,
        reach,
        deepest);
    walk(j + 1, quietBelief, opp, hidden, comply * (1 - alarm), probs, reach, deepest);
    // cheat
    double detected =
        go
            * (t.cheatDeclared() * eq.detectionDeclared()
                + t.cheatUndeclared() * eq.detectionUndeclared());
    add(probs, label(j, CollapseCause.VIOLATION_DETECTED), detected);
    deepest[0] += detected * j;
    double undetected =
        go
            * (t.cheatDeclared() * (1 - eq.detectionDeclared())
                + t.cheatUndeclared() * (1 - eq.detectionUndeclared()));
    walk(j + 1, quietBelief, opp, true, undetected, probs, reach, deepest);
  }

  private static String label(int j, CollapseCause cause) {
    return new TrialOutcome.CollapsedAt(j, cause, 0).label();
  }

  private static void add(Map<String, Double> probs, String label, double p) {
    if (p > 0) {
      probs.merge(label, p, Double::sum);
    }
  }
}
