package org.parley.model;

import static java.util.Objects.requireNonNull;

/**
 * A labelled point on an issue's scale: what a value means ("30: freeze of tests and production").
 *
 * @param at the point on the scale
 * @param label what it means
 */
public record Anchor(double at, String label) {
  public Anchor {
    requireNonNull(label, "label");
  }
}
