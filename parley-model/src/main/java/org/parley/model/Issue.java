package org.parley.model;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An issue under negotiation: a bounded scale oriented so that higher values go further along the
 * deal, labelled anchor points, the status quo, and each bargaining actor's position and salience.
 *
 * @param id unique id
 * @param name display name
 * @param lo low end of the scale
 * @param hi high end of the scale ({@code > lo})
 * @param anchors labelled points, sorted by position
 * @param statusQuo where things stand at {@code as_of}
 * @param positions position {@code x_ik} per actor id (insertion order kept)
 * @param salience salience {@code s_ik ∈ [0, 1]} per actor id, same keys as positions
 */
public record Issue(
    String id,
    String name,
    double lo,
    double hi,
    List<Anchor> anchors,
    double statusQuo,
    Map<String, Double> positions,
    Map<String, Double> salience) {
  public Issue {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    anchors = anchors.stream().sorted(Comparator.comparingDouble(Anchor::at)).toList();
    positions = Maps.ordered(positions);
    salience = Maps.ordered(salience);
    if (!(lo < hi)) {
      throw new IllegalArgumentException(
          "issue '" + id + "' has scale [" + lo + ", " + hi + "]; lo must be < hi");
    }
  }

  /**
   * The anchor nearest to {@code x} (the first of two equally near), if any anchors are labelled.
   */
  public Optional<Anchor> nearestAnchor(double x) {
    Anchor best = null;
    for (Anchor a : anchors) {
      if (best == null || Math.abs(a.at() - x) < Math.abs(best.at() - x)) {
        best = a;
      }
    }
    return Optional.ofNullable(best);
  }
}
