package org.parley.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a summit analysis takes as input (summit.md §1). Immutable; built by the scenario
 * reader, which has already checked every rule, so the engines may trust it.
 *
 * @param id short id ({@code singapore-2018})
 * @param title display title
 * @param question the question the analysis answers
 * @param asOf the analysis date: no precedent or event after it is used
 * @param actors the parties
 * @param issues the issues under negotiation
 * @param phases the agreement ladder, in order
 * @param verification the verification regime
 * @param assurances the assurance mechanisms offered
 * @param precedents the precedent reference classes
 * @param trackRecord the complier's past agreements
 * @param signals pre-summit signals
 * @param prestige the value of the meeting itself to each actor (actor id → utility points)
 * @param stakes the complier's stakes in the compliance games
 * @param uncertainty distributions on uncertain inputs
 * @param sources the sources cited
 * @param provenance where each number came from, by path (id form, as in uncertainty paths)
 */
public record Scenario(
    String id,
    String title,
    String question,
    LocalDate asOf,
    List<Actor> actors,
    List<Issue> issues,
    List<Phase> phases,
    VerificationRegime verification,
    List<Assurance> assurances,
    Precedents precedents,
    TrackRecord trackRecord,
    List<Signal> signals,
    Map<String, Double> prestige,
    Stakes stakes,
    List<Uncertainty> uncertainty,
    List<Source> sources,
    Map<String, Provenance> provenance) {
  public Scenario {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(question, "question");
    requireNonNull(asOf, "asOf");
    actors = List.copyOf(actors);
    issues = List.copyOf(issues);
    phases = List.copyOf(phases);
    requireNonNull(verification, "verification");
    assurances = List.copyOf(assurances);
    requireNonNull(precedents, "precedents");
    requireNonNull(trackRecord, "trackRecord");
    signals = List.copyOf(signals);
    prestige = Maps.ordered(prestige);
    requireNonNull(stakes, "stakes");
    uncertainty = List.copyOf(uncertainty);
    sources = List.copyOf(sources);
    provenance = Maps.ordered(provenance);
  }

  /** The actor with this id. */
  public Optional<Actor> actor(String actorId) {
    return actors.stream().filter(a -> a.id().equals(actorId)).findFirst();
  }

  /** The issue with this id. */
  public Optional<Issue> issue(String issueId) {
    return issues.stream().filter(i -> i.id().equals(issueId)).findFirst();
  }

  /** The one complier. */
  public Actor complier() {
    return actors.stream().filter(a -> a.has(Role.COMPLIER)).findFirst().orElseThrow();
  }

  /** The actors with positions on at least one issue, in document order. */
  public List<Actor> bargainingActors() {
    return actors.stream()
        .filter(a -> issues.stream().anyMatch(i -> i.positions().containsKey(a.id())))
        .toList();
  }
}
