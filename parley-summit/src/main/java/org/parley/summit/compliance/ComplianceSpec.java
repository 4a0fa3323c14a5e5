package org.parley.summit.compliance;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Access;
import org.parley.model.Phase;
import org.parley.model.Scenario;
import org.parley.model.VerificationRegime;
import org.parley.summit.SummitOptions;
import org.parley.verification.allocation.AllocationGame;
import org.parley.verification.allocation.ScenarioAllocation;

/**
 * The inputs of one phase's compliance game (summit.md §2 D; docs/models/summit.md). Per-period
 * detection and false-alarm probabilities come from the verification engine's allocation game
 * ({@link AllocationGame}: inspections spread evenly over the sites of a kind, per-inspection
 * detection by site type, national technical means as a baseline); over the phase's {@code n}
 * inspection periods a violation persists, so it is detected with {@code 1 − (1 − P)^n}, and a
 * compliant phase sees a false alarm with {@code 1 − (1 − α)^n}.
 *
 * @param phaseId the phase
 * @param phaseName its display name
 * @param index its number, from 1
 * @param access the inspector's access in the phase
 * @param belief {@code π}: probability that the complier is opportunistic
 * @param benefit {@code B}: the phase's benefits to the complier
 * @param cost {@code C}: the cost of its own steps
 * @param regimeLoss {@code ρ_j · V}
 * @param penalty {@code P}: penalty of a detected violation
 * @param sincereCost {@code K}: the sincere type's extra cost of cheating
 * @param falseAlarmCollapse {@code φ}: probability that a false alarm ends the deal
 * @param periods {@code n >= 1}: inspection periods in the phase
 * @param shares the inspector's allocation grid (share of effort to undeclared sites)
 * @param detectionDeclared per-period detection of a declared-site violation, per share
 * @param detectionUndeclared per-period detection of an undeclared-site violation, per share
 * @param falseAlarm {@code α}: per-period false-alarm probability (0 without inspections)
 * @param a inspector's loss for a detected violation
 * @param c inspector's loss for an undetected violation
 * @param e inspector's loss for a false alarm
 * @param inspectionCost the inspector's cost of the phase's inspections ({@code k · E · n})
 */
public record ComplianceSpec(
    String phaseId,
    String phaseName,
    int index,
    Access access,
    double belief,
    double benefit,
    double cost,
    double regimeLoss,
    double penalty,
    double sincereCost,
    double falseAlarmCollapse,
    int periods,
    List<Double> shares,
    List<Double> detectionDeclared,
    List<Double> detectionUndeclared,
    double falseAlarm,
    double a,
    double c,
    double e,
    double inspectionCost) {
  public ComplianceSpec {
    requireNonNull(phaseId, "phaseId");
    requireNonNull(phaseName, "phaseName");
    requireNonNull(access, "access");
    shares = List.copyOf(shares);
    detectionDeclared = List.copyOf(detectionDeclared);
    detectionUndeclared = List.copyOf(detectionUndeclared);
    probability("belief", belief);
    probability("falseAlarmCollapse", falseAlarmCollapse);
    probability("falseAlarm", falseAlarm);
    if (periods < 1) {
      throw new IllegalArgumentException("periods is " + periods + "; it must be >= 1");
    }
    if (shares.isEmpty()
        || shares.size() != detectionDeclared.size()
        || shares.size() != detectionUndeclared.size()) {
      throw new IllegalArgumentException(
          "shares and detection lists must be non-empty and of equal length");
    }
    for (int i = 0; i < shares.size(); i++) {
      probability("share " + i, shares.get(i));
      probability("detectionDeclared " + i, detectionDeclared.get(i));
      probability("detectionUndeclared " + i, detectionUndeclared.get(i));
    }
    for (double x :
        new double[] {benefit, cost, regimeLoss, penalty, sincereCost, a, c, e, inspectionCost}) {
      if (!Double.isFinite(x)) {
        throw new IllegalArgumentException("payoff parameters must be finite numbers; found " + x);
      }
    }
  }

  private static void probability(String name, double x) {
    if (!(x >= 0 && x <= 1)) {
      throw new IllegalArgumentException(name + " is " + x + "; it must be in [0, 1]");
    }
  }

  /**
   * The compliance game of phase {@code index} (from 1) of {@code scenario}, with belief {@code π}
   * and regime risk {@code ρ}.
   */
  public static ComplianceSpec of(
      Scenario scenario, int index, double belief, double rho, SummitOptions options) {
    requireNonNull(scenario, "scenario");
    requireNonNull(options, "options");
    Phase phase = scenario.phases().get(index - 1);
    VerificationRegime v = scenario.verification();
    AllocationGame game =
        new AllocationGame(ScenarioAllocation.spec(scenario, phase, options.gridSteps()));
    double[] s = game.shares();
    List<Double> shares = new ArrayList<>(s.length);
    List<Double> dd = new ArrayList<>(s.length);
    List<Double> du = new ArrayList<>(s.length);
    for (double share : s) {
      shares.add(share);
      dd.add(game.detectionDeclared(share));
      du.add(game.detectionUndeclared(share));
    }
    int periods = Math.max(1, (int) Math.ceil(phase.durationMonths() / v.periodMonths() - 1e-9));
    double effort = game.spec().inspectionsPerPeriod();
    return new ComplianceSpec(
        phase.id(),
        phase.name(),
        index,
        phase.access(),
        belief,
        phase.complierBenefit(),
        phase.complierCost(),
        rho * scenario.stakes().regimeValue(),
        scenario.stakes().detectedPenalty(),
        scenario.stakes().sincereCheatingCost(),
        v.falseAlarmCollapse(),
        periods,
        shares,
        dd,
        du,
        game.falseAlarmProbability(),
        v.payoffs().a(),
        v.payoffs().c(),
        v.payoffs().e(),
        v.payoffs().inspectionCost() * effort * periods);
  }

  /** A copy with another belief. */
  public ComplianceSpec withBelief(double pi) {
    return new ComplianceSpec(
        phaseId,
        phaseName,
        index,
        access,
        pi,
        benefit,
        cost,
        regimeLoss,
        penalty,
        sincereCost,
        falseAlarmCollapse,
        periods,
        shares,
        detectionDeclared,
        detectionUndeclared,
        falseAlarm,
        a,
        c,
        e,
        inspectionCost);
  }

  /**
   * Detection over the phase of a violation at site kind {@code kind} (0 declared, 1 undeclared)
   * under share {@code i}.
   */
  public double phaseDetection(int kind, int i) {
    double p = kind == 0 ? detectionDeclared.get(i) : detectionUndeclared.get(i);
    return 1 - Math.pow(1 - p, periods);
  }

  /** Probability of at least one false alarm over a compliant phase. */
  public double phaseFalseAlarm() {
    return 1 - Math.pow(1 - falseAlarm, periods);
  }

  /** The complier's payoff when it complies; {@code alarm}: a false alarm was raised. */
  public double complyPayoff(boolean alarm) {
    double base = benefit - cost - regimeLoss;
    return alarm ? base - falseAlarmCollapse * benefit : base;
  }

  /** The complier's payoff when it cheats; {@code sincere} adds the sincere type's extra cost. */
  public double cheatPayoff(boolean detected, boolean sincere) {
    double extra = sincere ? sincereCost : 0;
    return (detected ? -penalty : benefit) - extra;
  }

  /** The inspector side's payoff (Avenhaus–Canty scheme) for a compliant phase. */
  public double inspectorComply(boolean alarm) {
    return (alarm ? -e : 0) - inspectionCost;
  }

  /** The inspector side's payoff for a violation. */
  public double inspectorCheat(boolean detected) {
    return (detected ? -a : -c) - inspectionCost;
  }
}
