package org.parley.bargaining.deu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Reads DEU-format data (bargaining.md §6.1): tab-separated, a quoted header naming at least {@code
 * prnr}, {@code prname}, {@code isnr}, {@code council}, {@code intro}, {@code rp}, {@code out} and,
 * per actor code {@code a}, a position column {@code p<a>} and a salience column {@code s<a>};
 * optionally a second line of GDPs (a line with an empty {@code prnr}). Fields may be surrounded by
 * double quotes; blank means missing. Positions, reference points and outcomes must be in {@code
 * [0, 100]}, saliences in {@code [0, 100]}; anything else is reported with its line and column.
 */
public final class DeuReader {
  /** At most this many lines are read (the DEU III file has 366). */
  public static final int MAX_LINES = 100_000;

  private static final List<String> REQUIRED = List.of("prnr", "prname", "isnr", "rp", "out");

  private DeuReader() {}

  /** Reads a data set; {@code source} names it in messages. */
  public static DeuDataset read(Reader in, String source) throws IOException {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
    String headerLine = r.readLine();
    if (headerLine == null) {
      throw new DeuFormatException(
          source, 1, 1, "the file is empty; expected a tab-separated header line");
    }
    String[] header = split(headerLine);
    Map<String, Integer> col = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      String h = unquote(header[i]).trim();
      if (col.putIfAbsent(h, i) != null) {
        throw new DeuFormatException(
            source, 1, columnOf(headerLine, i), "duplicate column '" + h + "'");
      }
    }
    for (String need : REQUIRED) {
      if (!col.containsKey(need)) {
        throw new DeuFormatException(
            source,
            1,
            1,
            "missing column '"
                + need
                + "'; expected a DEU header with prnr, prname, isnr, rp, out and p<actor>/s<actor> pairs");
      }
    }
    List<String> actors = new ArrayList<>();
    for (int i = 0; i < header.length; i++) {
      String h = unquote(header[i]).trim();
      if (h.length() > 1
          && h.charAt(0) == 'p'
          && col.containsKey("s" + h.substring(1))
          && !h.equals("prnr")
          && !h.equals("prname")
          && !h.equals("proc")
          && !h.equals("proccde")
          && !h.equals("prnrnmc")) {
        actors.add(h.substring(1));
      }
    }
    if (actors.isEmpty()) {
      throw new DeuFormatException(
          source, 1, 1, "no actor columns; expected pairs like pcom/scom, pde/sde");
    }
    Map<String, Double> gdp = new LinkedHashMap<>();
    List<DeuIssue> issues = new ArrayList<>();
    int lineNo = 1;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (lineNo > MAX_LINES) {
        throw new DeuFormatException(source, lineNo, 1, "more than " + MAX_LINES + " lines");
      }
      if (line.isBlank()) {
        continue;
      }
      String[] f = split(line);
      if (f.length > header.length) {
        throw new DeuFormatException(
            source,
            lineNo,
            columnOf(line, header.length),
            "this line has " + f.length + " fields; the header has " + header.length);
      }
      Row row = new Row(source, lineNo, line, f, col);
      if (row.text("prnr").isEmpty()) {
        // The GDP line.
        for (String a : actors) {
          OptionalDouble g = row.number("p" + a, 0, Double.MAX_VALUE);
          if (g.isPresent()) {
            gdp.put(a, g.getAsDouble());
          }
        }
        continue;
      }
      List<String> present = new ArrayList<>();
      List<Double> pos = new ArrayList<>();
      List<Double> sal = new ArrayList<>();
      for (String a : actors) {
        OptionalDouble p = row.number("p" + a, 0, 100);
        OptionalDouble s = row.number("s" + a, 0, 100);
        if (p.isPresent() && s.isPresent()) {
          present.add(a);
          pos.add(p.getAsDouble());
          sal.add(s.getAsDouble() / 100);
        }
      }
      issues.add(
          new DeuIssue(
              lineNo,
              row.text("prnr"),
              row.text("prname"),
              row.text("isnr"),
              col.containsKey("council") ? row.text("council") : "",
              col.containsKey("intro") ? year(row.text("intro")) : OptionalInt.empty(),
              present,
              pos.stream().mapToDouble(Double::doubleValue).toArray(),
              sal.stream().mapToDouble(Double::doubleValue).toArray(),
              row.number("rp", 0, 100),
              row.number("out", 0, 100)));
    }
    return new DeuDataset(source, actors, gdp, issues);
  }

  /** The year of a {@code DD-MM-YY} date (YY >= 50 is 19YY), if it reads as one. */
  static OptionalInt year(String date) {
    String[] p = date.split("-");
    if (p.length != 3) {
      return OptionalInt.empty();
    }
    try {
      int yy = Integer.parseInt(p[2].trim());
      if (p[2].trim().length() == 4) {
        return OptionalInt.of(yy);
      }
      return OptionalInt.of(yy >= 50 ? 1900 + yy : 2000 + yy);
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  private static String[] split(String line) {
    return line.split("\t", -1);
  }

  private static String unquote(String s) {
    String t = s.trim();
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      return t.substring(1, t.length() - 1);
    }
    return t;
  }

  /** The 1-based column at which field {@code index} starts. */
  private static int columnOf(String line, int index) {
    int c = 0;
    for (int i = 0; i < index; i++) {
      int t = line.indexOf('\t', c);
      if (t < 0) {
        return line.length() + 1;
      }
      c = t + 1;
    }
    return c + 1;
  }

  private record Row(
      String source, int line, String raw, String[] fields, Map<String, Integer> col) {
    String text(String name) {
      int i = col.get(name);
      return i < fields.length ? unquote(fields[i]) : "";
    }

    OptionalDouble number(String name, double lo, double hi) {
      Integer i = col.get(name);
      if (i == null || i >= fields.length) {
        return OptionalDouble.empty();
      }
      String t = unquote(fields[i]).trim();
      if (t.isEmpty()) {
        return OptionalDouble.empty();
      }
      double v;
      try {
        v = Double.parseDouble(t);
      } catch (NumberFormatException e) {
        throw new DeuFormatException(
            source,
            line,
            columnOf(raw, i),
            "column '" + name + "' holds '" + t + "'; expected a number or a blank");
      }
      if (!(v >= lo && v <= hi)) {
        throw new DeuFormatException(
            source,
            line,
            columnOf(raw, i),
            "column '"
                + name
                + "' holds "
                + t
                + "; expected a value in ["
                + fmt(lo)
                + ", "
                + fmt(hi)
                + "]");
      }
      return OptionalDouble.of(v);
    }

    private static String fmt(double d) {
      return d == Double.MAX_VALUE
          ? "inf"
          : (d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d));
    }
  }
}
