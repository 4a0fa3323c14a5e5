package org.parley.summit;

import java.util.List;
import java.util.function.UnaryOperator;
import org.parley.model.Assurance;
import org.parley.model.Phase;
import org.parley.model.Precedents;
import org.parley.model.Scenario;
import org.parley.model.Signal;
import org.parley.model.Stakes;
import org.parley.model.TrackRecord;
import org.parley.model.VerificationRegime;
import org.parley.model.io.BuiltInScenarios;

/** The bundled 2018 scenario and copies of it with one part changed, for tests. */
public final class TestScenarios {
  private static final Scenario SINGAPORE = BuiltInScenarios.load("singapore-2018").orElseThrow();

  private TestScenarios() {}

  public static Scenario singapore() {
    return SINGAPORE;
  }

  public static Scenario withAssurances(Scenario s, List<Assurance> assurances) {
    return new Scenario(
        s.id(),
        s.title(),
        s.question(),
        s.asOf(),
        s.actors(),
        s.issues(),
        s.phases(),
        s.verification(),
        assurances,
        s.precedents(),
        s.trackRecord(),
        s.signals(),
        s.prestige(),
        s.stakes(),
        s.uncertainty(),
        s.sources(),
        s.provenance());
  }

  /** Every assurance's strength replaced by {@code f(index)}. */
  public static Scenario withStrengths(Scenario s, double... strengths) {
    List<Assurance> list = new java.util.ArrayList<>();
    for (int i = 0; i < s.assurances().size(); i++) {
      Assurance a = s.assurances().get(i);
      list.add(new Assurance(a.id(), a.mechanism(), a.giver(), strengths[i], a.description()));
    }
    return withAssurances(s, list);
  }

  public static Scenario withPhases(Scenario s, List<Phase> phases) {
    return new Scenario(
        s.id(),
        s.title(),
        s.question(),
        s.asOf(),
        s.actors(),
        s.issues(),
        phases,
        s.verification(),
        s.assurances(),
        s.precedents(),
        s.trackRecord(),
        s.signals(),
        s.prestige(),
        s.stakes(),
        s.uncertainty(),
        s.sources(),
        s.provenance());
  }

  public static Scenario withVerification(Scenario s, VerificationRegime v) {
    return new Scenario(
        s.id(),
        s.title(),
        s.question(),
        s.asOf(),
        s.actors(),
        s.issues(),
        s.phases(),
        v,
        s.assurances(),
        s.precedents(),
        s.trackRecord(),
        s.signals(),
        s.prestige(),
        s.stakes(),
        s.uncertainty(),
        s.sources(),
        s.provenance());
  }

  public static Scenario withVerification(Scenario s, UnaryOperator<VerificationRegime> change) {
    return withVerification(s, change.apply(s.verification()));
  }

  public static Scenario withPrecedents(Scenario s, Precedents p) {
    return new Scenario(
        s.id(),
        s.title(),
        s.question(),
        s.asOf(),
        s.actors(),
        s.issues(),
        s.phases(),
        s.verification(),
        s.assurances(),
        p,
        s.trackRecord(),
        s.signals(),
        s.prestige(),
        s.stakes(),
        s.uncertainty(),
        s.sources(),
        s.provenance());
  }

  public static Scenario withTrackRecord(Scenario s, TrackRecord t) {
    return new Scenario(
        s.id(),
        s.title(),
        s.question(),
        s.asOf(),
        s.actors(),
        s.issues(),
        s.phases(),
        s.verification(),
        s.assurances(),
        s.precedents(),
        t,
        s.signals(),
        s.prestige(),
        s.stakes(),
        s.uncertainty(),
        s.sources(),
        s.provenance());
  }

  public static Scenario withSignals(Scenario s, List<Signal> signals) {
    return new Scenario(
        s.id(),
        s.title(),
        s.question(),
        s.asOf(),
        s.actors(),
        s.issues(),
        s.phases(),
        s.verification(),
        s.assurances(),
        s.precedents(),
        s.trackRecord(),
        signals,
        s.prestige(),
        s.stakes(),
        s.uncertainty(),
        s.sources(),
        s.provenance());
  }

  public static Scenario withStakes(Scenario s, Stakes stakes) {
    return new Scenario(
        s.id(),
        s.title(),
        s.question(),
        s.asOf(),
        s.actors(),
        s.issues(),
        s.phases(),
        s.verification(),
        s.assurances(),
        s.precedents(),
        s.trackRecord(),
        s.signals(),
        s.prestige(),
        stakes,
        s.uncertainty(),
        s.sources(),
        s.provenance());
  }

  /** A verification regime copy with effort, detection, baseline and false alarm replaced. */
  public static VerificationRegime regime(
      VerificationRegime v,
      double effort,
      double detDeclared,
      double detUndeclared,
      double baseline,
      double falseAlarm) {
    return new VerificationRegime(
        v.declaredSites(),
        v.undeclaredSites(),
        effort,
        v.periodMonths(),
        detDeclared,
        detUndeclared,
        baseline,
        falseAlarm,
        v.falseAlarmCollapse(),
        v.payoffs());
  }
}
