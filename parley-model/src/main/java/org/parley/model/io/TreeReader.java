package org.parley.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON text into a located {@link Node} tree.
 *
 * <p>YAML is read through Jackson's streaming parser over SnakeYAML's event parser: no YAML tags
 * are honoured, so no arbitrary type can be constructed. Size, depth and alias limits come from
 * {@link DocumentLimits}; duplicate keys are errors.
 */
public final class TreeReader {
  /** The syntax of a document. */
  public enum Syntax {
    YAML,
    JSON;

    /** JSON for names ending in {@code .json}, YAML otherwise. */
    public static Syntax forFileName(String name) {
      return name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }
  }

  private final DocumentLimits limits;

  public TreeReader(DocumentLimits limits) {
    this.limits = java.util.Objects.requireNonNull(limits, "limits");
  }

  /**
   * Parses {@code text}.
   *
   * @param file the name used in locations
   * @throws ScenarioException with one located problem when the text is not well-formed or breaks a
   *     limit
   */
  public Node read(String text, String file, Syntax syntax) {
    long bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    if (bytes > limits.maxBytes()) {
      throw single(
          SourceLocation.ofFile(file),
          "the document is " + bytes + " bytes; the limit is " + limits.maxBytes() + " bytes");
    }
    if (text.isBlank()) {
      throw single(
          new SourceLocation(file, 1, 1), "the document is empty; expected a scenario object");
    }
    try (JsonParser p = factory(syntax).createParser(text)) {
      Node root;
      try {
        root = new Parse(p, file).readValue(p.nextToken(), 1);
      } catch (StreamConstraintsException e) {
        String m = e.getOriginalMessage();
        throw single(
            loc(p, file),
            m.contains("nesting depth")
                ? "the document nests deeper than " + limits.maxDepth() + " levels"
                : m);
      }
      JsonToken extra = p.nextToken();
      if (extra != null) {
        throw single(loc(p, file), "unexpected content after the end of the document");
      }
      return root;
    } catch (StreamConstraintsException e) {
      String m = e.getOriginalMessage();
      if (m.contains("nesting depth")) {
        m = "the document nests deeper than " + limits.maxDepth() + " levels";
      }
      throw single(locOf(e.getLocation(), file), m);
    } catch (JsonParseException e) {
      MarkedYAMLException y = yamlCause(e);
      if (y != null && y.getProblemMark() != null) {
        var m = y.getProblemMark();
        throw single(new SourceLocation(file, m.getLine() + 1, m.getColumn() + 1), yamlMessage(y));
      }
      throw single(locOf(e.getLocation(), file), syntaxMessage(e));
    } catch (IOException e) {
      Throwable c = e.getCause();
      if (c instanceof MarkedYAMLException y && y.getProblemMark() != null) {
        var m = y.getProblemMark();
        throw single(new SourceLocation(file, m.getLine() + 1, m.getColumn() + 1), yamlMessage(y));
      }
      throw single(SourceLocation.ofFile(file), "cannot parse: " + e.getMessage());
    } catch (RuntimeException e) {
      if (e instanceof ScenarioException se) {
        throw se;
      }
      Throwable c = e;
      while (c != null && !(c instanceof MarkedYAMLException)) {
        c = c.getCause();
      }
      if (c instanceof MarkedYAMLException y && y.getProblemMark() != null) {
        var m = y.getProblemMark();
        throw single(new SourceLocation(file, m.getLine() + 1, m.getColumn() + 1), yamlMessage(y));
      }
      // SnakeYAML reports limit breaches (aliases, code points) as plain runtime exceptions.
      throw single(SourceLocation.ofFile(file), "cannot parse: " + e.getMessage());
    }
  }

  private JsonFactory factory(Syntax syntax) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth())
            .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()))
            .maxNumberLength(100)
            .build();
    JsonFactory f;
    if (syntax == Syntax.YAML) {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(limits.maxAliases());
      options.setAllowRecursiveKeys(false);
      options.setNestingDepthLimit(limits.maxDepth());
      options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
      options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both places
      f = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
    } else {
      f = JsonFactory.builder().streamReadConstraints(constraints).build();
    }
    return f;
  }

  /** The state of one parse: anchors seen, aliases and values counted. */
  private final class Parse {
    private final JsonParser p;
    private final String file;
    private final Map<String, Node> anchors = new java.util.HashMap<>();
    private int aliases;
    private long nodes;

    Parse(JsonParser p, String file) {
      this.p = p;
      this.file = file;
    }

    Node readValue(JsonToken t, int depth) throws IOException {
      SourceLocation here = loc(p, file);
      if (depth > limits.maxDepth()) {
        throw single(here, "the document nests deeper than " + limits.maxDepth() + " levels");
      }
      if (t == null) {
        throw single(here, "unexpected end of the document");
      }
      if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
        return alias(yp, here);
      }
      String anchor = p instanceof YAMLParser yp ? yp.getObjectId() : null;
      Node node = build(t, here, depth);
      nodes++;
      if (anchor != null) {
        anchors.put(anchor, node);
      }
      return node;
    }

    private Node alias(YAMLParser yp, SourceLocation here) throws IOException {
      String name = yp.getText();
      if (++aliases > limits.maxAliases()) {
        throw single(here, "the document uses more than " + limits.maxAliases() + " YAML aliases");
      }
      Node target = anchors.get(name);
      if (target == null) {
        throw single(here, "alias *" + name + " refers to no anchor defined before it");
      }
      nodes += size(target, limits.maxNodes());
      if (nodes > limits.maxNodes()) {
        throw single(
            here,
            "with its aliases expanded the document holds more than "
                + limits.maxNodes()
                + " values");
      }
      return target;
    }

    private static long size(Node n, long cap) {
      long total = 1;
      if (n instanceof Node.Obj o) {
        for (Node c : o.fields().values()) {
          total += size(c, cap);
          if (total > cap) {
            return total;
          }
        }
      } else if (n instanceof Node.Arr a) {
        for (Node c : a.items()) {
          total += size(c, cap);
          if (total > cap) {
            return total;
          }
        }
      }
      return total;
    }

    private Node build(JsonToken t, SourceLocation here, int depth) throws IOException {
      switch (t) {
        case START_OBJECT:
          {
            Map<String, Node> fields = new LinkedHashMap<>();
            Map<String, SourceLocation> keyPlaces = new LinkedHashMap<>();
            JsonToken k;
            while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
              String name = p.currentName();
              SourceLocation keyLoc = loc(p, file);
              Node value = readValue(p.nextToken(), depth + 1);
              if (fields.containsKey(name)) {
                throw single(
                    keyLoc,
                    "duplicate key '"
                        + name
                        + "' (first at line "
                        + keyPlaces.get(name).line()
                        + "); keys must be unique");
              }
              fields.put(name, value);
              keyPlaces.put(name, keyLoc);
            }
            if (k != JsonToken.END_OBJECT) {
              throw single(loc(p, file), "expected a key or the end of the object");
            }
            return new Node.Obj(here, fields);
          }
        case START_ARRAY:
          {
            List<Node> items = new ArrayList<>();
            JsonToken n;
            while ((n = p.nextToken()) != JsonToken.END_ARRAY) {
              items.add(readValue(n, depth + 1));
            }
            return new Node.Arr(here, items);
          }
        case VALUE_STRING:
          return new Node.Scalar(here, p.getText());
        case VALUE_NUMBER_INT:
          return new Node.Scalar(
              here,
              p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                  ? p.getBigIntegerValue()
                  : (Object) p.getLongValue());
        case VALUE_NUMBER_FLOAT:
          return new Node.Scalar(here, p.getDoubleValue());
        case VALUE_TRUE:
          return new Node.Scalar(here, Boolean.TRUE);
        case VALUE_FALSE:
          return new Node.Scalar(here, Boolean.FALSE);
        case VALUE_NULL:
          return new Node.Scalar(here, null);
        default:
          throw single(here, "unexpected " + t);
      }
    }
  }

  private static SourceLocation loc(JsonParser p, String file) {
    return locOf(p.currentTokenLocation(), file);
  }

  private static SourceLocation locOf(JsonLocation l, String file) {
    if (l == null || l.getLineNr() <= 0) {
      return SourceLocation.ofFile(file);
    }
    return new SourceLocation(file, l.getLineNr(), Math.max(l.getColumnNr(), 0));
  }

  private static String syntaxMessage(JsonParseException e) {
    String m = e.getOriginalMessage();
    int nl = m.indexOf('\n');
    return "syntax error: " + (nl >= 0 ? m.substring(0, nl) : m);
  }

  private static MarkedYAMLException yamlCause(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof MarkedYAMLException y) {
        return y;
      }
    }
    return null;
  }

  private static String yamlMessage(MarkedYAMLException y) {
    String ctx = y.getContext();
    String prob = y.getProblem();
    return "YAML syntax error: " + (ctx == null ? "" : ctx + ", ") + prob;
  }

  private static ScenarioException single(SourceLocation at, String message) {
    return new ScenarioException(List.of(new Problem(at, "", message)));
  }
}
