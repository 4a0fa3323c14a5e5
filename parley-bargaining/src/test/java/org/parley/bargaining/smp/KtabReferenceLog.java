package org.parley.bargaining.smp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An extract of a KTAB reference log (test resources {@code ktab/ktab_ref_*.txt}, copied from
 * {@code shared/reference/bargaining/}; KTAB {@code examples/smp/doc/20170530_ref-*.txt}, MIT).
 */
record KtabReferenceLog(
    Map<String, String> parameters,
    List<Double> fractionalChanges,
    int states,
    Map<String, double[]> positions,
    Map<String, double[]> probabilities) {

  private static final Pattern FRACTION =
      Pattern.compile("Fractional change compared to first step: ([0-9.]+)\\s+\\(target=0.0200\\)");
  private static final Pattern STATES = Pattern.compile("There were (\\d+) states, .*");
  private static final Pattern PARAM = Pattern.compile("(\\w+): (\\w+)");
  private static final Pattern ROW = Pattern.compile("(.+?), (.+?)\\s*:\\s+(.*)");

  static Path resource(String name) {
    try {
      return Path.of(KtabReferenceLog.class.getResource("/ktab/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static KtabReferenceLog load(String name) {
    List<String> lines;
    try {
      lines = Files.readAllLines(resource(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> params = new LinkedHashMap<>();
    List<Double> fractions = new ArrayList<>();
    Map<String, double[]> pos = new LinkedHashMap<>();
    Map<String, double[]> prob = new LinkedHashMap<>();
    int states = -1;
    int section = 0;
    for (String l : lines) {
      Matcher m;
      if ((m = FRACTION.matcher(l)).matches()) {
        fractions.add(Double.parseDouble(m.group(1)));
      } else if ((m = STATES.matcher(l)).matches()) {
        states = Integer.parseInt(m.group(1));
      } else if (l.startsWith("History of actor positions")) {
        section = 1;
      } else if (l.startsWith("History of actors' winning")) {
        section = 2;
      } else if (section > 0 && (m = ROW.matcher(l)).matches()) {
        String[] parts = m.group(3).trim().split("\\s+");
        double[] v = new double[parts.length];
        for (int i = 0; i < v.length; i++) {
          v[i] = Double.parseDouble(parts[i]);
        }
        if (section == 1) {
          pos.put(m.group(1) + "|" + m.group(2), v);
        } else {
          prob.put(m.group(1), v);
        }
      } else if (section == 0 && (m = PARAM.matcher(l)).matches()) {
        params.put(m.group(1), m.group(2));
      }
    }
    return new KtabReferenceLog(params, fractions, states, pos, prob);
  }
}
