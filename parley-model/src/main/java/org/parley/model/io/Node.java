package org.parley.model.io;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document tree (from YAML or JSON) in which every value remembers where it came from, so that
 * problems found long after parsing can still name the file, line and column.
 */
public sealed interface Node permits Node.Obj, Node.Arr, Node.Scalar {
  /** Where the value starts in the source. */
  SourceLocation location();

  /** A short name of the node's kind for messages ("an object", "a list", "a number", ...). */
  String kind();

  /** A mapping with keys in document order. */
  record Obj(SourceLocation location, Map<String, Node> fields) implements Node {
    public Obj {
      requireNonNull(location, "location");
      fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    @Override
    public String kind() {
      return "an object";
    }
  }

  /** A sequence. */
  record Arr(SourceLocation location, List<Node> items) implements Node {
    public Arr {
      requireNonNull(location, "location");
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return "a list";
    }
  }

  /**
   * A scalar: a {@link String}, a {@link Number} ({@code Long}, {@code BigInteger} or {@code
   * Double}), a {@link Boolean}, or {@code null} for an explicit null.
   */
  record Scalar(SourceLocation location, Object value) implements Node {
    public Scalar {
      requireNonNull(location, "location");
    }

    @Override
    public String kind() {
      if (value == null) {
        return "null";
      }
      if (value instanceof Number) {
        return "a number";
      }
      if (value instanceof Boolean) {
        return "a boolean";
      }
      return "text";
    }
  }
}
