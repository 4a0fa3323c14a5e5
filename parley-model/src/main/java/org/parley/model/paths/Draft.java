package org.parley.model.paths;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Actor;
import org.parley.model.Assurance;
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
 * A mutable working copy of the parts of a {@link Scenario} that hold numbers, so that several
 * inputs can be set with one rebuild of the scenario. Confined to one thread and one assignment.
 */
final class Draft {
  final Scenario base;
  final List<Actor> actors;
  final List<Issue> issues;
  final List<Phase> phases;
  VerificationRegime verification;
  final List<Assurance> assurances;
  Precedents precedents;
  TrackRecord trackRecord;
  final List<Signal> signals;
  final Map<String, Double> prestige;
  Stakes stakes;
  final List<Uncertainty> uncertainty;

  Draft(Scenario s) {
    base = s;
    actors = new ArrayList<>(s.actors());
    issues = new ArrayList<>(s.issues());
    phases = new ArrayList<>(s.phases());
    verification = s.verification();
    assurances = new ArrayList<>(s.assurances());
    precedents = s.precedents();
    trackRecord = s.trackRecord();
    signals = new ArrayList<>(s.signals());
    prestige = new LinkedHashMap<>(s.prestige());
    stakes = s.stakes();
    uncertainty = new ArrayList<>(s.uncertainty());
  }

  Scenario toScenario() {
    Scenario s = base;
    return new Scenario(
        s.id(),
        s.title(),
        s.question(),
        s.asOf(),
        actors,
        issues,
        phases,
        verification,
        assurances,
        precedents,
        trackRecord,
        signals,
        prestige,
        stakes,
        uncertainty,
        s.sources(),
        s.provenance());
  }
}
