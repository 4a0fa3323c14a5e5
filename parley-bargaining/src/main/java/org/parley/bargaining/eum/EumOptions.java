package org.parley.bargaining.eum;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The knobs of the {@link ExpectedUtilityModel}: one per ambiguity listed in bargaining.md §3.10.
 * Two presets: {@link #scholzCode()} (variant (S), the default, which reproduces the published
 * mean-position trajectory of the EC emission-standards example) and {@link #paperLiteral()}
 * (variant (P), the rules as printed in Scholz, Calbert &amp; Smith 2011).
 *
 * @param probability how {@code P(i beats j)} is normalised (§3.3 vs §3.8(S)1)
 * @param perception whose risk exponent judges an offer and who picks (§3.8)
 * @param selection how a receiver picks among several offers (§3.8, §3.8(S)3)
 * @param q probability that nothing changes if {@code i} does not challenge (§3.5; Scholz: 1)
 * @param t probability that, if something changes, it is for the better (§3.5)
 * @param votesUseRisk whether votes raise normalised distances to the voter's exponent {@code r}
 * @param fixedRange whether {@code dx} is the initial range of positions (else recomputed each
 *     round)
 * @param riskRange over what the max/min danger in {@code R_i} is taken (§3.6)
 * @param publishedCapitulation reproduce the public reimplementation's mistyped capitulation test,
 *     which never fires (§3.8(S)2); {@code false} applies the rule as described
 * @param outcome which statistic of the final positions is the forecast (§3.9)
 * @param maxRounds the number of rounds to run at most (Scholz et al.: 10)
 * @param epsilon stop early when neither the weighted median nor the weighted mean moves by more
 *     than {@code epsilon * dx} in a round; 0 stops only at a fixed point (no actor moved)
 */
public record EumOptions(
    ProbabilityRule probability,
    Perception perception,
    OfferSelection selection,
    double q,
    double t,
    boolean votesUseRisk,
    boolean fixedRange,
    RiskRange riskRange,
    boolean publishedCapitulation,
    Outcome outcome,
    int maxRounds,
    double epsilon) {

  /** How the probability that {@code i} beats {@code j} is computed. */
  public enum ProbabilityRule {
    /**
     * §3.3: votes for {@code i} over all votes cast in the contest {@code i:j}; {@code
     * P(i,j)+P(j,i)=1}.
     */
    CONTEST,
    /**
     * §3.8(S)1: votes for {@code i} over the absolute votes of every actor on every ordered pair of
     * positions.
     */
    ALL_PAIRS
  }

  /** Whose risk exponent evaluates an offer, and so who classifies it. */
  public enum Perception {
    /** The proposer classifies from its perception and the target accepts (paper). */
    PROPOSER,
    /** The receiver evaluates every potential proposer from its own perception (Scholz's code). */
    RECEIVER
  }

  /** How a receiver picks among the offers it gets. */
  public enum OfferSelection {
    /** The offer that requires the smallest move (paper, BDM). */
    SMALLEST_MOVE,
    /**
     * Any confrontation first (smallest move), else the compromise with the smallest EU-weighted
     * position, else capitulation.
     */
    PRIORITY_BY_TYPE
  }

  /** Over what the max and min of the danger {@code D} are taken in {@code R_i}. */
  public enum RiskRange {
    /** Over all actors (Scholz et al.). */
    ACTORS,
    /**
     * Over the positions actor {@code i} could hold (the positions held by anyone; BDM 1985 as read
     * by one reimplementation).
     */
    POSITIONS
  }

  /** The point forecast read off the final positions. */
  public enum Outcome {
    /** The {@code c s}-weighted mean. */
    MEAN,
    /** The {@code c s}-weighted median (the Condorcet winner, BDM's median voter). */
    MEDIAN
  }

  public EumOptions {
    requireNonNull(probability, "probability");
    requireNonNull(perception, "perception");
    requireNonNull(selection, "selection");
    requireNonNull(riskRange, "riskRange");
    requireNonNull(outcome, "outcome");
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("q is " + q + "; it must be in [0, 1]");
    }
    if (!(t >= 0 && t <= 1)) {
      throw new IllegalArgumentException("t is " + t + "; it must be in [0, 1]");
    }
    if (maxRounds < 0 || maxRounds > 100_000) {
      throw new IllegalArgumentException(
          "maxRounds is " + maxRounds + "; it must be in [0, 100000]");
    }
    if (!(epsilon >= 0 && epsilon < 1)) {
      throw new IllegalArgumentException("epsilon is " + epsilon + "; it must be in [0, 1)");
    }
  }

  /**
   * Variant (S), bargaining.md §3.8(S): all-pairs probability, receiver's perception, priority by
   * offer type, {@code Q = T = 1}, votes with {@code r}, fixed range, max/min over actors, 10
   * rounds, forecast = weighted mean.
   */
  public static EumOptions scholzCode() {
    return new EumOptions(
        ProbabilityRule.ALL_PAIRS,
        Perception.RECEIVER,
        OfferSelection.PRIORITY_BY_TYPE,
        1.0,
        1.0,
        true,
        true,
        RiskRange.ACTORS,
        false,
        Outcome.MEAN,
        10,
        0.0);
  }

  /**
   * Variant (P), bargaining.md §3.8(P): contest probability (§3.3), proposer's perception, smallest
   * move, {@code Q = T = 1}, linear votes, range recomputed each round (this reproduces the
   * independently computed (P) trajectory of §3.11), max/min over actors, 10 rounds, forecast =
   * weighted mean.
   */
  public static EumOptions paperLiteral() {
    return new EumOptions(
        ProbabilityRule.CONTEST,
        Perception.PROPOSER,
        OfferSelection.SMALLEST_MOVE,
        1.0,
        1.0,
        false,
        false,
        RiskRange.ACTORS,
        false,
        Outcome.MEAN,
        10,
        0.0);
  }

  public EumOptions withOutcome(Outcome o) {
    return new EumOptions(
        probability,
        perception,
        selection,
        q,
        t,
        votesUseRisk,
        fixedRange,
        riskRange,
        publishedCapitulation,
        o,
        maxRounds,
        epsilon);
  }

  public EumOptions withMaxRounds(int m) {
    return new EumOptions(
        probability,
        perception,
        selection,
        q,
        t,
        votesUseRisk,
        fixedRange,
        riskRange,
        publishedCapitulation,
        outcome,
        m,
        epsilon);
  }

  public EumOptions withEpsilon(double e) {
    return new EumOptions(
        probability,
        perception,
        selection,
        q,
        t,
        votesUseRisk,
        fixedRange,
        riskRange,
        publishedCapitulation,
        outcome,
        maxRounds,
        e);
  }

  public EumOptions withQt(double newQ, double newT) {
    return new EumOptions(
        probability,
        perception,
        selection,
        newQ,
        newT,
        votesUseRisk,
        fixedRange,
        riskRange,
        publishedCapitulation,
        outcome,
        maxRounds,
        epsilon);
  }

  public EumOptions withFixedRange(boolean f) {
    return new EumOptions(
        probability,
        perception,
        selection,
        q,
        t,
        votesUseRisk,
        f,
        riskRange,
        publishedCapitulation,
        outcome,
        maxRounds,
        epsilon);
  }

  public EumOptions withRiskRange(RiskRange rr) {
    return new EumOptions(
        probability,
        perception,
        selection,
        q,
        t,
        votesUseRisk,
        fixedRange,
        rr,
        publishedCapitulation,
        outcome,
        maxRounds,
        epsilon);
  }

  public EumOptions withVotesUseRisk(boolean v) {
    return new EumOptions(
        probability,
        perception,
        selection,
        q,
        t,
        v,
        fixedRange,
        riskRange,
        publishedCapitulation,
        outcome,
        maxRounds,
        epsilon);
  }

  public EumOptions withPublishedCapitulation(boolean p) {
    return new EumOptions(
        probability,
        perception,
        selection,
        q,
        t,
        votesUseRisk,
        fixedRange,
        riskRange,
        p,
        outcome,
        maxRounds,
        epsilon);
  }

  /** The options as strings, for a forecast's parameters. */
  public Map<String, String> describe() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("probability", label(probability));
    m.put("perception", label(perception));
    m.put("selection", label(selection));
    m.put("q", Double.toString(q));
    m.put("t", Double.toString(t));
    m.put("votesUseRisk", Boolean.toString(votesUseRisk));
    m.put("range", fixedRange ? "fixed" : "per-round");
    m.put("riskRange", label(riskRange));
    m.put("publishedCapitulation", Boolean.toString(publishedCapitulation));
    m.put("outcome", label(outcome));
    m.put("maxRounds", Integer.toString(maxRounds));
    m.put("epsilon", Double.toString(epsilon));
    return m;
  }

  private static String label(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
