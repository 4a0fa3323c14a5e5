package org.parley.model.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.parley.model.Provenance;

/**
 * Reads typed values out of a located {@link Node} tree, collecting every problem instead of
 * stopping at the first. Also records, for each number read, where it came from ({@code source:} or
 * {@code judgement:} on the number itself or on the nearest enclosing object) and the range it must
 * lie in, so that uncertainty paths can be checked against the same rules.
 */
final class NodeReader {
  /** An allowed closed interval for a number. */
  record Range(double lo, double hi, boolean loOpen) {
    static final Range ANY = new Range(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    static final Range UNIT = new Range(0, 1);
    static final Range NON_NEGATIVE = new Range(0, Double.POSITIVE_INFINITY);
    static final Range POSITIVE = new Range(0, Double.POSITIVE_INFINITY, true);

    Range(double lo, double hi) {
      this(lo, hi, false);
    }

    /** {@code (0, hi]}. */
    static Range positiveUpTo(double hi) {
      return new Range(0, hi, true);
    }

    boolean contains(double x) {
      return (loOpen ? x > lo : x >= lo) && x <= hi;
    }

    String describe() {
      if (lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY) {
        return "any number";
      }
      if (hi == Double.POSITIVE_INFINITY) {
        return "a number " + (loOpen ? "> " : ">= ") + fmt(lo);
      }
      return "a number in " + (loOpen ? "(" : "[") + fmt(lo) + ", " + fmt(hi) + "]";
    }
  }

  /** A number that was read, with its path and rule. */
  record NumberEntry(DocPath path, double value, Range range, SourceLocation location) {}

  static final Set<String> PROVENANCE_KEYS = Set.of("source", "judgement");

  private final List<Problem> problems = new ArrayList<>();
  private final Deque<Provenance> provenance = new ArrayDeque<>();
  private final Map<String, Provenance> provenanceByPath = new LinkedHashMap<>();
  private final Map<String, NumberEntry> numbers = new LinkedHashMap<>();
  private final List<String> unsourced = new ArrayList<>();

  List<Problem> problems() {
    return problems;
  }

  Map<String, Provenance> provenance() {
    return provenanceByPath;
  }

  Map<String, NumberEntry> numbers() {
    return numbers;
  }

  List<String> unsourced() {
    return unsourced;
  }

  void problem(Node at, DocPath path, String message) {
    problems.add(new Problem(at.location(), path.indexForm(), message));
  }

  void problem(SourceLocation at, DocPath path, String message) {
    problems.add(new Problem(at, path.indexForm(), message));
  }

  /** The node as an object, or a problem. */
  Optional<Node.Obj> obj(Node n, DocPath path, String what) {
    if (n instanceof Node.Obj o) {
      return Optional.of(o);
    }
    problem(n, path, "expected " + what + " (an object), found " + n.kind());
    return Optional.empty();
  }

  /** The node as a list, or a problem. */
  Optional<List<Node>> list(Node n, DocPath path, String what) {
    if (n instanceof Node.Arr a) {
      return Optional.of(a.items());
    }
    problem(n, path, "expected " + what + " (a list), found " + n.kind());
    return Optional.empty();
  }

  /** Reports keys of {@code o} that are not among {@code allowed} (plus source/judgement). */
  void onlyKeys(Node.Obj o, DocPath path, Set<String> allowed) {
    for (var e : o.fields().entrySet()) {
      String k = e.getKey();
      if (!allowed.contains(k) && !PROVENANCE_KEYS.contains(k)) {
        Set<String> sorted = new TreeSet<>(allowed);
        String hint = nearest(k, sorted).map(s -> "; did you mean '" + s + "'?").orElse("");
        problem(
            e.getValue(),
            path.key(k),
            "unknown key '"
                + k
                + "'"
                + hint
                + " (expected one of: "
                + String.join(", ", sorted)
                + ")");
      }
    }
  }

  /** Runs {@code body} with the provenance declared on {@code o}, if any, in force. */
  <T> T within(Node.Obj o, DocPath path, Function<Node.Obj, T> body) {
    Optional<Provenance> p = provenanceOf(o, path);
    p.ifPresent(provenance::push);
    try {
      return body.apply(o);
    } finally {
      p.ifPresent(x -> provenance.pop());
    }
  }

  private Optional<Provenance> provenanceOf(Node.Obj o, DocPath path) {
    Node s = o.fields().get("source");
    Node j = o.fields().get("judgement");
    if (s != null && j != null) {
      problem(j, path.key("judgement"), "give either 'source' or 'judgement', not both");
    }
    if (s != null) {
      return nonBlankText(s, path.key("source")).map(Provenance.Cited::new);
    }
    if (j != null) {
      return nonBlankText(j, path.key("judgement")).map(Provenance.Judgement::new);
    }
    return Optional.empty();
  }

  private Optional<String> nonBlankText(Node n, DocPath path) {
    if (n instanceof Node.Scalar sc && sc.value() instanceof String s && !s.isBlank()) {
      return Optional.of(s.strip());
    }
    problem(n, path, "expected a non-empty text, found " + n.kind());
    return Optional.empty();
  }

  /** A required or optional text field. */
  Optional<String> text(Node.Obj o, String key, DocPath path, boolean required) {
    Node n = o.fields().get(key);
    if (n == null) {
      if (required) {
        problem(o, path.key(key), "missing required key '" + key + "' (expected a text)");
      }
      return Optional.empty();
    }
    return textValue(n, path.key(key));
  }

  Optional<String> textValue(Node n, DocPath path) {
    if (n instanceof Node.Scalar sc && sc.value() != null && !(sc.value() instanceof Boolean)) {
      String s = String.valueOf(sc.value()).strip();
      if (s.isEmpty()) {
        problem(n, path, "expected a non-empty text");
        return Optional.empty();
      }
      return Optional.of(s);
    }
    problem(n, path, "expected a text, found " + n.kind());
    return Optional.empty();
  }

  /** An id: letters, digits, '-', '_' and '.', starting with a letter or digit. */
  Optional<String> id(Node.Obj o, String key, DocPath path) {
    Optional<String> s = text(o, key, path, true);
    if (s.isPresent() && !s.get().matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
      problem(
          o.fields().get(key),
          path.key(key),
          "'"
              + s.get()
              + "' is not a valid id (expected letters, digits, '-', '_' or '.', starting with a letter or digit)");
      return Optional.empty();
    }
    return s;
  }

  /**
   * A required or optional number in {@code range}; written as {@code 3} or {@code {value: 3,
   * source: …}}.
   */
  Optional<Double> number(Node.Obj o, String key, DocPath path, boolean required, Range range) {
    Node n = o.fields().get(key);
    if (n == null) {
      if (required) {
        problem(
            o,
            path.key(key),
            "missing required key '" + key + "' (expected " + range.describe() + ")");
      }
      return Optional.empty();
    }
    return numberValue(n, path.key(key), range);
  }

  Optional<Double> numberValue(Node n, DocPath path, Range range) {
    Node valueNode = n;
    Optional<Provenance> own = Optional.empty();
    if (n instanceof Node.Obj o) {
      onlyKeys(o, path, Set.of("value"));
      own = provenanceOf(o, path);
      valueNode = o.fields().get("value");
      if (valueNode == null) {
        problem(
            n,
            path.key("value"),
            "missing required key 'value' (expected " + range.describe() + ")");
        return Optional.empty();
      }
    }
    if (!(valueNode instanceof Node.Scalar sc) || !(sc.value() instanceof Number num)) {
      problem(valueNode, path, "expected " + range.describe() + ", found " + describe(valueNode));
      return Optional.empty();
    }
    double x = num.doubleValue();
    if (!Double.isFinite(x) || !range.contains(x)) {
      problem(valueNode, path, "is " + fmt(x) + "; expected " + range.describe());
      return Optional.empty();
    }
    Provenance p = own.orElse(provenance.peek());
    String idPath = path.idForm();
    if (p != null) {
      provenanceByPath.put(idPath, p);
    } else {
      unsourced.add(idPath);
    }
    numbers.put(idPath, new NumberEntry(path, x, range, valueNode.location()));
    return Optional.of(x);
  }

  /** A whole number in {@code [lo, hi]}. */
  Optional<Integer> integer(
      Node.Obj o, String key, DocPath path, boolean required, int lo, int hi) {
    Optional<Double> d = number(o, key, path, required, new Range(lo, hi));
    if (d.isPresent() && d.get() != Math.rint(d.get())) {
      problem(
          o.fields().get(key), path.key(key), "is " + fmt(d.get()) + "; expected a whole number");
      return Optional.empty();
    }
    return d.map(Double::intValue);
  }

  Optional<Boolean> bool(Node.Obj o, String key, DocPath path, boolean required) {
    Node n = o.fields().get(key);
    if (n == null) {
      if (required) {
        problem(o, path.key(key), "missing required key '" + key + "' (expected true or false)");
      }
      return Optional.empty();
    }
    if (n instanceof Node.Scalar sc && sc.value() instanceof Boolean b) {
      return Optional.of(b);
    }
    problem(n, path.key(key), "expected true or false, found " + describe(n));
    return Optional.empty();
  }

  /** A date {@code yyyy-mm-dd}. */
  Optional<LocalDate> date(Node.Obj o, String key, DocPath path, boolean required) {
    Node n = o.fields().get(key);
    if (n == null) {
      if (required) {
        problem(
            o, path.key(key), "missing required key '" + key + "' (expected a date yyyy-mm-dd)");
      }
      return Optional.empty();
    }
    if (n instanceof Node.Scalar sc && sc.value() instanceof String s) {
      try {
        return Optional.of(LocalDate.parse(s.strip()));
      } catch (DateTimeParseException e) {
        problem(n, path.key(key), "'" + s + "' is not a valid date; expected yyyy-mm-dd");
        return Optional.empty();
      }
    }
    problem(n, path.key(key), "expected a date yyyy-mm-dd, found " + describe(n));
    return Optional.empty();
  }

  /** One of an enum's constants, spelled in lower case with underscores. */
  <E extends Enum<E>> Optional<E> enumValue(Node n, DocPath path, Class<E> type) {
    Optional<String> s = textValue(n, path);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    String want =
        s.get().toUpperCase(Locale.ROOT).replace('-', '_').replace('+', '_').replace(' ', '_');
    for (E c : type.getEnumConstants()) {
      if (c.name().equals(want)) {
        return Optional.of(c);
      }
    }
    String allowed =
        String.join(
            ", ",
            Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .toList());
    problem(n, path, "'" + s.get() + "' is not allowed; expected one of: " + allowed);
    return Optional.empty();
  }

  /** The closest of {@code candidates} to {@code word} by edit distance, if close enough. */
  static Optional<String> nearest(String word, Iterable<String> candidates) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = editDistance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    return best != null && bestD <= Math.max(2, word.length() / 3)
        ? Optional.of(best)
        : Optional.empty();
  }

  private static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  static String describe(Node n) {
    if (n instanceof Node.Scalar sc && sc.value() instanceof String s) {
      return "the text '" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "'";
    }
    if (n instanceof Node.Scalar sc && sc.value() instanceof Number num) {
      return fmt(num.doubleValue());
    }
    return n.kind();
  }

  static String fmt(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return String.valueOf((long) x);
    }
    return String.valueOf(x);
  }
}
