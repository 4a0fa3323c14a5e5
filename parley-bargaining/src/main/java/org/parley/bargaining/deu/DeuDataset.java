package org.parley.bargaining.deu;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * A DEU-format data set (Thomson et al. 2006; DEU III, Arregui &amp; Perarnaud 2021).
 *
 * @param source where it was read from (for messages)
 * @param actors every actor code of the file, in column order
 * @param gdp the file's GDP line (trillion USD) per actor code, where given
 * @param issues every issue row, in file order
 */
public record DeuDataset(
    String source, List<String> actors, Map<String, Double> gdp, List<DeuIssue> issues) {
  public DeuDataset {
    requireNonNull(source, "source");
    actors = List.copyOf(requireNonNull(actors, "actors"));
    gdp = Map.copyOf(requireNonNull(gdp, "gdp"));
    issues = List.copyOf(requireNonNull(issues, "issues"));
  }

  /** The issues with an outcome and at least 3 actors. */
  public List<DeuIssue> scorable() {
    return issues.stream().filter(DeuIssue::scorable).toList();
  }
}
