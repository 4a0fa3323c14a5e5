package org.parley.bargaining.ktab;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.bargaining.BargainingProblem;
import org.parley.bargaining.Dimension;

/**
 * Reads KTAB's CSV actor tables (the {@code smpc --csv} format, bargaining.md §2.1):
 *
 * <pre>
 * scenarioName, scenarioDescription, numActors, numDims
 * Actor, Description, Power, Dim1Name, Sal1Name, ..., DimDName, SalDName
 * name, description, capability, pos_1, sal_1, ..., pos_D, sal_D      (numActors rows)
 * </pre>
 *
 * <p>Fields are separated by commas; surrounding spaces and double quotes are trimmed (a quoted
 * field may contain commas, {@code ""} is a quote); trailing empty fields (a trailing comma) are
 * allowed; blank lines are skipped. KTAB's rules are enforced: {@code 3 <= numActors <= 250},
 * {@code numDims >= 1}, scenario name and description at most 512 characters, actor names 1-25
 * characters and distinct, descriptions and dimension names at most 256; capability in {@code (0,
 * 1e8]} (KTAB accepts 0 but then fails: every vote weight must be positive); positions and
 * saliences in {@code [0, 100]}; an actor's saliences sum to at most 100 (tolerance {@code 1e-6})
 * and not all 0. Rows after the last actor are an error. Every violation is a {@link
 * KtabFormatException} naming file, line, column and what was expected.
 *
 * <p>Positions stay on the 0-100 scale (each dimension is {@code [0, 100]}); saliences are divided
 * by 100.
 */
public final class KtabCsvReader {
  /** KTAB's largest actor count. */
  public static final int MAX_ACTORS = 250;

  private KtabCsvReader() {}

  /**
   * Reads the table in {@code file} (UTF-8).
   *
   * @throws KtabFormatException if the table breaks the format or KTAB's rules
   * @throws IOException if the file cannot be read
   */
  public static KtabScenario read(Path file) throws IOException {
    requireNonNull(file, "file");
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    }
  }

  /** Reads a table from {@code text}; errors name {@code source}. */
  public static KtabScenario parse(String text, String source) {
    try {
      return read(new StringReader(requireNonNull(text, "text")), source);
    } catch (IOException e) {
      throw new AssertionError("a StringReader does not fail", e);
    }
  }

  /**
   * Reads a table from {@code in}; errors name {@code source}.
   *
   * @throws KtabFormatException if the table breaks the format or KTAB's rules
   * @throws IOException if {@code in} fails
   */
  public static KtabScenario read(Reader in, String source) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    List<Line> lines = new ArrayList<>();
    BufferedReader br = in instanceof BufferedReader b ? b : new BufferedReader(in);
    String text;
    int number = 0;
    while ((text = br.readLine()) != null) {
      number++;
      if (number == 1 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (!text.isBlank()) {
        lines.add(new Line(number, text));
      }
    }
    return new Parser(source, lines, number).parse();
  }

  private record Line(int number, String text) {}

  private record Field(String text, int column) {}

  private static final class Parser {
    private final String source;
    private final List<Line> lines;
    private final int lastLine;

    Parser(String source, List<Line> lines, int lastLine) {
      this.source = source;
      this.lines = lines;
      this.lastLine = lastLine;
    }

    private KtabFormatException error(int line, int column, String problem, String expected) {
      return new KtabFormatException(source, line, column, problem, expected);
    }

    private KtabFormatException error(Line l, Field f, String problem, String expected) {
      return error(l.number(), f.column(), problem, expected);
    }

    KtabScenario parse() {
      if (lines.isEmpty()) {
        throw error(
            1,
            1,
            "the file is empty",
            "a first line 'scenarioName, scenarioDescription, numActors, numDims'");
      }
      Line first = lines.get(0);
      List<Field> f1 = split(first);
      if (f1.size() != 4) {
        throw error(
            first,
            f1.size() > 4 ? f1.get(4) : endOf(first),
            "the first line has " + f1.size() + " fields",
            "4 fields: scenarioName, scenarioDescription, numActors, numDims");
      }
      String name = text(first, f1.get(0), "scenario name", 0, 512);
      String description = text(first, f1.get(1), "scenario description", 0, 512);
      int numActors = integer(first, f1.get(2), "numActors", 3, MAX_ACTORS);
      int numDims = integer(first, f1.get(3), "numDims", 1, Integer.MAX_VALUE / 4);

      if (lines.size() < 2) {
        throw error(
            lastLine + 1,
            1,
            "the file ends after the first line",
            "a header line 'Actor, Description, Power, Dim1Name, Sal1Name, ...'");
      }
      Line header = lines.get(1);
      List<Field> fh = split(header);
      int columns = 3 + 2 * numDims;
      if (fh.size() < columns) {
        throw error(
            header,
            endOf(header),
            "the header has " + fh.size() + " fields",
            columns
                + " fields (Actor, Description, Power, then a position and a salience column for each of "
                + numDims
                + " dimensions)");
      }
      List<Dimension> dims = new ArrayList<>(numDims);
      for (int d = 0; d < numDims; d++) {
        Field f = fh.get(3 + 2 * d);
        String dn = text(header, f, "dimension name", 0, 256);
        dims.add(new Dimension(dn.isEmpty() ? "Dim" + (d + 1) : dn, 0, 100));
      }

      List<String> actors = new ArrayList<>(numActors);
      List<String> descriptions = new ArrayList<>(numActors);
      Map<String, Integer> seen = new HashMap<>();
      double[] caps = new double[numActors];
      double[][] pos = new double[numActors][numDims];
      double[][] sal = new double[numActors][numDims];
      for (int a = 0; a < numActors; a++) {
        if (lines.size() < 3 + a) {
          throw error(
              lastLine + 1,
              1,
              "the file ends after " + a + " actor rows",
              numActors + " actor rows, as line 1 declares");
        }
        Line l = lines.get(2 + a);
        List<Field> f = split(l);
        if (f.size() != columns) {
          Field at = f.size() > columns ? f.get(columns) : endOf(l);
          throw error(
              l,
              at,
              "actor row " + (a + 1) + " has " + f.size() + " fields",
              columns
                  + " fields: name, description, capability, then position and salience for each of "
                  + numDims
                  + " dimensions");
        }
        String an = text(l, f.get(0), "actor name", 1, 25);
        Integer before = seen.putIfAbsent(an, l.number());
        if (before != null) {
          throw error(
              l,
              f.get(0),
              "actor name '" + an + "' was already used on line " + before,
              "distinct actor names");
        }
        actors.add(an);
        descriptions.add(text(l, f.get(1), "actor description", 0, 256));
        double c = number(l, f.get(2), "capability of actor '" + an + "'");
        if (!(c > 0 && c <= 1e8)) {
          throw error(
              l,
              f.get(2),
              "capability of actor '" + an + "' is " + f.get(2).text(),
              "a number in (0, 1e8] (every vote weight must be positive)");
        }
        caps[a] = c;
        double sum = 0;
        for (int d = 0; d < numDims; d++) {
          String dn = dims.get(d).id();
          Field fp = f.get(3 + 2 * d);
          Field fs = f.get(4 + 2 * d);
          double x = number(l, fp, "position of actor '" + an + "' on '" + dn + "'");
          if (!(x >= 0 && x <= 100)) {
            throw error(
                l,
                fp,
                "position of actor '" + an + "' on '" + dn + "' is " + fp.text(),
                "a number in [0, 100]");
          }
          double s = number(l, fs, "salience of actor '" + an + "' on '" + dn + "'");
          if (!(s >= 0 && s <= 100)) {
            throw error(
                l,
                fs,
                "salience of actor '" + an + "' on '" + dn + "' is " + fs.text(),
                "a number in [0, 100]");
          }
          pos[a][d] = x;
          sal[a][d] = s / 100.0;
          sum += s;
        }
        if (sum > 100 + 1e-6) {
          throw error(
              l,
              f.get(4),
              String.format(
                  Locale.ROOT,
                  "saliences of actor '%s' sum to %s over the dimensions",
                  an,
                  trim(sum)),
              "a sum of at most 100 (saliences are shares of attention)");
        }
        if (sum == 0) {
          throw error(
              l,
              f.get(4),
              "saliences of actor '" + an + "' are all 0",
              "at least one positive salience");
        }
      }
      if (lines.size() > 2 + numActors) {
        Line extra = lines.get(2 + numActors);
        throw error(
            extra.number(),
            1,
            "a row after the " + numActors + " actors line 1 declares",
            "the end of the file (or numActors on line 1 to count every actor row)");
      }
      BargainingProblem problem = new BargainingProblem(actors, caps, dims, pos, sal, null);
      return new KtabScenario(name, description, descriptions, problem);
    }

    private static String trim(double v) {
      return String.format(Locale.ROOT, "%.6g", v);
    }

    private Field endOf(Line l) {
      return new Field("", l.text().length() + 1);
    }

    private String text(Line l, Field f, String what, int min, int max) {
      String t = f.text();
      if (t.length() < min || t.length() > max) {
        throw error(
            l,
            f,
            what + " has " + t.length() + " characters",
            (min > 0 ? min + " to " : "at most ") + max + " characters");
      }
      return t;
    }

    private int integer(Line l, Field f, String what, int min, int max) {
      int v;
      try {
        v = Integer.parseInt(f.text());
      } catch (NumberFormatException e) {
        throw error(
            l,
            f,
            what + " '" + f.text() + "' is not a whole number",
            "a whole number in ["
                + min
                + ", "
                + (max > 1_000_000 ? "..." : Integer.toString(max))
                + "]");
      }
      if (v < min || v > max) {
        throw error(
            l,
            f,
            what + " is " + v,
            max > 1_000_000 ? "at least " + min : "a whole number in [" + min + ", " + max + "]");
      }
      return v;
    }

    private double number(Line l, Field f, String what) {
      String t = f.text();
      double v;
      try {
        if (t.isEmpty() || !t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
          throw new NumberFormatException(t);
        }
        v = Double.parseDouble(t);
      } catch (NumberFormatException e) {
        throw error(l, f, what + " '" + t + "' is not a number", "a decimal number");
      }
      return v;
    }

    /** Splits a line into trimmed, unquoted fields, dropping trailing empty fields. */
    private List<Field> split(Line line) {
      String s = line.text();
      List<Field> out = new ArrayList<>();
      int i = 0;
      int n = s.length();
      while (true) {
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
          i++;
        }
        int col = i + 1;
        StringBuilder b = new StringBuilder();
        if (i < n && s.charAt(i) == '"') {
          i++;
          boolean closed = false;
          while (i < n) {
            char c = s.charAt(i);
            if (c == '"') {
              if (i + 1 < n && s.charAt(i + 1) == '"') {
                b.append('"');
                i += 2;
                continue;
              }
              closed = true;
              i++;
              break;
            }
            b.append(c);
            i++;
          }
          if (!closed) {
            throw error(
                line.number(), col, "a quoted field is not closed", "a closing double quote");
          }
          int rest = i;
          while (i < n && s.charAt(i) != ',') {
            i++;
          }
          if (!s.substring(rest, i).isBlank()) {
            throw error(line.number(), rest + 1, "text after a closing quote", "a comma");
          }
          out.add(new Field(b.toString().trim(), col));
        } else {
          int start = i;
          while (i < n && s.charAt(i) != ',') {
            i++;
          }
          out.add(new Field(s.substring(start, i).trim(), col));
        }
        if (i >= n) {
          break;
        }
        i++; // the comma
        if (i >= n) {
          out.add(new Field("", n + 1));
          break;
        }
      }
      while (!out.isEmpty() && out.get(out.size() - 1).text().isEmpty()) {
        out.remove(out.size() - 1);
      }
      return out;
    }
  }
}
