package org.parley.bargaining;

import static java.util.Objects.requireNonNull;

/**
 * One issue dimension of a bargaining problem: an id and its scale {@code [lo, hi]}.
 *
 * @param id the issue id (as in the scenario or the KTAB table)
 * @param lo the low end of the scale
 * @param hi the high end of the scale, greater than {@code lo}
 */
public record Dimension(String id, double lo, double hi) {
  public Dimension {
    requireNonNull(id, "id");
    if (!(Double.isFinite(lo) && Double.isFinite(hi) && lo < hi)) {
      throw new IllegalArgumentException(
          "dimension '"
              + id
              + "' has scale ["
              + lo
              + ", "
              + hi
              + "]; it must be finite with lo < hi");
    }
  }

  /** The width {@code hi - lo} of the scale. */
  public double width() {
    return hi - lo;
  }
}
