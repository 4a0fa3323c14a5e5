package org.parley.model;

import static java.util.Objects.requireNonNull;

/**
 * Where a number in a scenario comes from: a cited source, or the analyst's judgement with a
 * reason.
 */
public sealed interface Provenance permits Provenance.Cited, Provenance.Judgement {
  /** One line for reports. */
  String describe();

  /**
   * A published or documented source (a citation, or the id of an entry in the scenario's sources).
   */
  record Cited(String source) implements Provenance {
    public Cited {
      requireNonNull(source, "source");
    }

    @Override
    public String describe() {
      return "source: " + source;
    }
  }

  /** The analyst's judgement, with a one-line reason. */
  record Judgement(String reason) implements Provenance {
    public Judgement {
      requireNonNull(reason, "reason");
    }

    @Override
    public String describe() {
      return "judgement: " + reason;
    }
  }
}
