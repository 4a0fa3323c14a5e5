package org.parley.bargaining.deu;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One issue of a DEU-format data set: the actors that have both a position and a salience on it,
 * the reference point and the recorded outcome (all on 0–100; saliences stored on 0–1).
 *
 * @param line the line of the file the issue came from (from 1)
 * @param proposal the proposal code, e.g. {@code d00032}
 * @param proposalName the proposal's short name
 * @param issue the issue code, e.g. {@code d00032i1}
 * @param council the Council configuration
 * @param introYear the year the proposal was introduced, if the date could be read
 * @param actors the actor codes ({@code com}, {@code ep}, {@code at}, …) with both a position and a
 *     salience
 * @param positions their positions, 0–100
 * @param saliences their saliences, 0–1 (the file's 0–100 divided by 100)
 * @param referencePoint the reference point {@code rp}, if recorded
 * @param outcome the recorded outcome {@code out}, if valid
 */
public record DeuIssue(
    int line,
    String proposal,
    String proposalName,
    String issue,
    String council,
    OptionalInt introYear,
    List<String> actors,
    double[] positions,
    double[] saliences,
    OptionalDouble referencePoint,
    OptionalDouble outcome) {
  public DeuIssue {
    requireNonNull(proposal, "proposal");
    requireNonNull(proposalName, "proposalName");
    requireNonNull(issue, "issue");
    requireNonNull(council, "council");
    requireNonNull(introYear, "introYear");
    actors = List.copyOf(requireNonNull(actors, "actors"));
    positions = requireNonNull(positions, "positions").clone();
    saliences = requireNonNull(saliences, "saliences").clone();
    requireNonNull(referencePoint, "referencePoint");
    requireNonNull(outcome, "outcome");
    if (positions.length != actors.size() || saliences.length != actors.size()) {
      throw new IllegalArgumentException(
          "issue " + issue + ": one position and salience per actor");
    }
  }

  @Override
  public double[] positions() {
    return positions.clone();
  }

  @Override
  public double[] saliences() {
    return saliences.clone();
  }

  /**
   * Whether the issue can be scored: it has an outcome and at least 3 actors (bargaining.md §7.2).
   */
  public boolean scorable() {
    return outcome.isPresent() && actors.size() >= 3;
  }

  /** The position of {@code actor}, if it has one here. */
  public OptionalDouble position(String actor) {
    int i = actors.indexOf(actor);
    return i < 0 ? OptionalDouble.empty() : OptionalDouble.of(positions[i]);
  }
}
