package org.parley.model;

import static java.util.Objects.requireNonNull;

/**
 * A distribution on one numeric input, addressed by path ({@code
 * issues.denuclearisation.positions.DPRK}: list elements by their id).
 *
 * @param path the input's path
 * @param distribution its distribution
 */
public record Uncertainty(String path, Distribution distribution) {
  public Uncertainty {
    requireNonNull(path, "path");
    requireNonNull(distribution, "distribution");
  }
}
