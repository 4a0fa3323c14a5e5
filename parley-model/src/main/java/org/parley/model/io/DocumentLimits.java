package org.parley.model.io;

/**
 * Limits applied while reading a document, so that a hostile or broken file cannot exhaust memory
 * (YAML alias bombs, deep nesting, huge files).
 *
 * @param maxBytes the largest document accepted, in bytes
 * @param maxDepth the deepest nesting of objects and lists
 * @param maxAliases the most YAML aliases ({@code *ref}) a document may use
 */
public record DocumentLimits(long maxBytes, int maxDepth, int maxAliases) {
  /** 4 MiB, depth 64, 100 aliases: far above any real scenario. */
  public static final DocumentLimits DEFAULT = new DocumentLimits(4L << 20, 64, 100);

  public DocumentLimits {
    if (maxBytes <= 0 || maxDepth <= 0 || maxAliases < 0) {
      throw new IllegalArgumentException(
          "limits must be positive: maxBytes=" + maxBytes + ", maxDepth=" + maxDepth + ", maxAliases=" + maxAliases);
    }
  }
}
