package org.parley.model.io;

/**
 * Limits applied while reading a document, so that a hostile or broken file cannot exhaust memory
 * (YAML alias bombs, deep nesting, huge files).
 *
 * @param maxBytes the largest document accepted, in bytes
 * @param maxDepth the deepest nesting of objects and lists
 * @param maxAliases the most YAML aliases ({@code *ref}) a document may use
 * @param maxNodes the most values a document may hold once its aliases are expanded
 */
public record DocumentLimits(long maxBytes, int maxDepth, int maxAliases, long maxNodes) {
  /**
   * 4 MiB, depth 64, 100 aliases, 1,000,000 values with aliases expanded: far above any real
   * scenario.
   */
  public static final DocumentLimits DEFAULT = new DocumentLimits(4L << 20, 64, 100, 1_000_000);

  public DocumentLimits {
    if (maxBytes <= 0 || maxDepth <= 0 || maxAliases < 0 || maxNodes <= 0) {
      throw new IllegalArgumentException(
          "limits must be positive: maxBytes="
              + maxBytes
              + ", maxDepth="
              + maxDepth
              + ", maxAliases="
              + maxAliases);
    }
  }
}
