package org.parley.model;

import static java.util.Objects.requireNonNull;

/**
 * A source a scenario cites.
 *
 * @param id short id that numbers may cite ({@code source: stanford2018})
 * @param citation the full citation
 */
public record Source(String id, String citation) {
  public Source {
    requireNonNull(id, "id");
    requireNonNull(citation, "citation");
  }
}
