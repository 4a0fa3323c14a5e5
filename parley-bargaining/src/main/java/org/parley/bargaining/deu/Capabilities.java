package org.parley.bargaining.deu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.parley.bargaining.BargainingProblem;
import org.parley.bargaining.Dimension;

/**
 * Capability choices for DEU data, which records none (bargaining.md §6.1, §7.2): equal
 * capabilities, the file's GDP line, or Council votes of the treaty in force when the proposal was
 * introduced.
 *
 * <p>Council votes: Treaty of Amsterdam weights (EU-15) for proposals introduced up to 2001; Treaty
 * of Nice weights (Council Decision 2004/…, Art. 205 TEC as amended; EU-27 plus Croatia's 7 from
 * 2013) for 2002–2011; from 2012, the Lisbon double majority, represented by population (Eurostat,
 * 1 January 2014, millions). States without a pre-Nice weight get their Nice weight scaled by
 * 10/29. The Commission and the European Parliament get the largest state's weight.
 */
public enum Capabilities {
  /** Every actor 1: the compromise model becomes the salience-weighted mean. */
  EQUAL,
  /** The GDP line of the file (trillion USD; the Commission and EP carry the largest state's). */
  GDP,
  /** Council votes (see the class comment), Commission and EP included. */
  COUNCIL_VOTES,
  /** Council votes, member states only (the Commission and EP left out). */
  COUNCIL_VOTES_STATES;

  private static final Map<String, Double> AMSTERDAM =
      Map.ofEntries(
          Map.entry("de", 10.0),
          Map.entry("fr", 10.0),
          Map.entry("it", 10.0),
          Map.entry("uk", 10.0),
          Map.entry("es", 8.0),
          Map.entry("be", 5.0),
          Map.entry("el", 5.0),
          Map.entry("nl", 5.0),
          Map.entry("pt", 5.0),
          Map.entry("at", 4.0),
          Map.entry("se", 4.0),
          Map.entry("dk", 3.0),
          Map.entry("ie", 3.0),
          Map.entry("fi", 3.0),
          Map.entry("lu", 2.0));

  private static final Map<String, Double> NICE =
      Map.ofEntries(
          Map.entry("de", 29.0),
          Map.entry("fr", 29.0),
          Map.entry("it", 29.0),
          Map.entry("uk", 29.0),
          Map.entry("es", 27.0),
          Map.entry("pl", 27.0),
          Map.entry("ro", 14.0),
          Map.entry("nl", 13.0),
          Map.entry("be", 12.0),
          Map.entry("cz", 12.0),
          Map.entry("el", 12.0),
          Map.entry("hu", 12.0),
          Map.entry("pt", 12.0),
          Map.entry("bu", 10.0),
          Map.entry("at", 10.0),
          Map.entry("se", 10.0),
          Map.entry("dk", 7.0),
          Map.entry("ie", 7.0),
          Map.entry("lt", 7.0),
          Map.entry("sk", 7.0),
          Map.entry("fi", 7.0),
          Map.entry("cr", 7.0),
          Map.entry("cy", 4.0),
          Map.entry("ee", 4.0),
          Map.entry("lv", 4.0),
          Map.entry("lu", 4.0),
          Map.entry("si", 4.0),
          Map.entry("mt", 3.0));

  /** Population on 1 January 2014, millions (Eurostat, rounded). */
  private static final Map<String, Double> POPULATION =
      Map.ofEntries(
          Map.entry("de", 80.8),
          Map.entry("fr", 66.0),
          Map.entry("uk", 64.3),
          Map.entry("it", 60.8),
          Map.entry("es", 46.5),
          Map.entry("pl", 38.0),
          Map.entry("ro", 19.9),
          Map.entry("nl", 16.8),
          Map.entry("be", 11.2),
          Map.entry("el", 11.0),
          Map.entry("cz", 10.5),
          Map.entry("pt", 10.4),
          Map.entry("hu", 9.9),
          Map.entry("se", 9.6),
          Map.entry("at", 8.5),
          Map.entry("bu", 7.2),
          Map.entry("dk", 5.6),
          Map.entry("fi", 5.5),
          Map.entry("sk", 5.4),
          Map.entry("ie", 4.6),
          Map.entry("cr", 4.2),
          Map.entry("lt", 2.9),
          Map.entry("si", 2.1),
          Map.entry("lv", 2.0),
          Map.entry("ee", 1.3),
          Map.entry("cy", 0.86),
          Map.entry("lu", 0.55),
          Map.entry("mt", 0.43));

  private static boolean institution(String a) {
    return a.equals("com") || a.equals("ep");
  }

  /** The lower-case label, e.g. {@code council-votes}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * The capability of {@code actor} on {@code issue}, or empty when this choice leaves it out.
   *
   * @throws IllegalArgumentException when the data set has no GDP for an actor that needs one
   */
  public OptionalDouble of(DeuDataset data, DeuIssue issue, String actor) {
    switch (this) {
      case EQUAL:
        return OptionalDouble.of(1.0);
      case GDP:
        {
          Double g = data.gdp().get(actor);
          if (g == null || !(g > 0)) {
            throw new IllegalArgumentException(
                data.source() + ": no positive GDP for actor '" + actor + "' (line 2)");
          }
          return OptionalDouble.of(g);
        }
      default:
        {
          if (institution(actor)) {
            if (this == COUNCIL_VOTES_STATES) {
              return OptionalDouble.empty();
            }
            return OptionalDouble.of(
                table(issue).values().stream().mapToDouble(Double::doubleValue).max().orElse(1));
          }
          Map<String, Double> t = table(issue);
          Double v = t.get(actor);
          if (v == null && t == AMSTERDAM) {
            v = NICE.get(actor) * 10.0 / 29.0;
          }
          if (v == null) {
            throw new IllegalArgumentException("no Council weight for actor '" + actor + "'");
          }
          return OptionalDouble.of(v);
        }
    }
  }

  /**
   * Whether this choice can be applied to {@code data} ({@link #GDP} needs a positive GDP for every
   * actor).
   */
  public boolean availableFor(DeuDataset data) {
    if (this != GDP) {
      return true;
    }
    for (String a : data.actors()) {
      Double g = data.gdp().get(a);
      if (g == null || !(g > 0)) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, Double> table(DeuIssue issue) {
    int year = issue.introYear().orElse(2005);
    if (year <= 2001) {
      return AMSTERDAM;
    }
    if (year <= 2011) {
      return NICE;
    }
    return POPULATION;
  }

  /**
   * The issue as a one-dimensional bargaining problem on {@code [0, 100]} with these capabilities
   * (actors this choice leaves out are dropped), the reference point as status quo; empty when no
   * actor remains, or for {@link #GDP} when the data set has no GDP line for some actor.
   */
  public java.util.Optional<BargainingProblem> problem(DeuDataset data, DeuIssue issue) {
    if (!availableFor(data)) {
      return java.util.Optional.empty();
    }
    List<String> ids = new ArrayList<>();
    List<double[]> pos = new ArrayList<>();
    List<double[]> sal = new ArrayList<>();
    List<Double> caps = new ArrayList<>();
    double[] p = issue.positions();
    double[] s = issue.saliences();
    for (int i = 0; i < issue.actors().size(); i++) {
      String a = issue.actors().get(i);
      OptionalDouble c = of(data, issue, a);
      if (c.isPresent()) {
        ids.add(a);
        pos.add(new double[] {p[i]});
        sal.add(new double[] {s[i]});
        caps.add(c.getAsDouble());
      }
    }
    if (ids.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new BargainingProblem(
            ids,
            caps.stream().mapToDouble(Double::doubleValue).toArray(),
            List.of(new Dimension(issue.issue(), 0, 100)),
            pos.toArray(double[][]::new),
            sal.toArray(double[][]::new),
            issue.referencePoint().isPresent()
                ? new double[] {issue.referencePoint().getAsDouble()}
                : null));
  }
}
