package org.parley.model.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A path to a value in a scenario document, in two spellings: the index form used in error messages
 * ({@code issues[2].salience.DPRK}) and the id form used by uncertainty paths and provenance
 * ({@code issues.denuclearisation.salience.DPRK}, list items by their {@code id}).
 */
public final class DocPath {
  /** The document root. */
  public static final DocPath ROOT = new DocPath(List.of());

  private record Segment(String key, int index, String id) {}

  private final List<Segment> segments;

  private DocPath(List<Segment> segments) {
    this.segments = List.copyOf(segments);
  }

  /** The value under {@code key} of the object at this path. */
  public DocPath key(String key) {
    List<Segment> s = new ArrayList<>(segments);
    s.add(new Segment(key, -1, null));
    return new DocPath(s);
  }

  /** The list item at {@code index}, whose id is {@code id} (or {@code null} if it has none). */
  public DocPath item(int index, String id) {
    List<Segment> s = new ArrayList<>(segments);
    s.add(new Segment(null, index, id));
    return new DocPath(s);
  }

  /** {@code issues[2].salience.DPRK}. */
  public String indexForm() {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      if (s.key() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(s.key());
      } else {
        sb.append('[').append(s.index()).append(']');
      }
    }
    return sb.toString();
  }

  /** {@code issues.denuclearisation.salience.DPRK}; items without an id use their index. */
  public String idForm() {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(s.key() != null ? s.key() : s.id() != null ? s.id() : String.valueOf(s.index()));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return indexForm();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocPath p && p.segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }
}
