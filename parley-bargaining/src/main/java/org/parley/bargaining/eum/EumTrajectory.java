package org.parley.bargaining.eum;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The full record of one run of the {@link ExpectedUtilityModel} on one issue.
 *
 * @param rounds round 0 (the inputs) and the state after each round
 * @param moves every accepted offer, in round order and then by receiver
 * @param converged whether the run stopped at a fixed point or by the {@code epsilon} rule (rather
 *     than the round limit)
 * @param range the range {@code dx} of positions used in the last round
 */
public record EumTrajectory(
    List<Round> rounds, List<Offer> moves, boolean converged, double range) {
  public EumTrajectory {
    rounds = List.copyOf(requireNonNull(rounds, "rounds"));
    moves = List.copyOf(requireNonNull(moves, "moves"));
  }

  /** The last state. */
  public Round last() {
    return rounds.get(rounds.size() - 1);
  }

  /**
   * The state after a round.
   *
   * @param index 0 for the inputs
   * @param positions every actor's position after the round
   * @param mean the {@code c s}-weighted mean of the positions
   * @param median the {@code c s}-weighted median (Condorcet winner) of the positions
   * @param danger the danger {@code D_i} computed at the start of this round (§3.6); empty for
   *     round 0
   * @param riskExponents the exponents {@code r_i} used in this round; empty for round 0
   */
  public record Round(
      int index,
      double[] positions,
      double mean,
      double median,
      double[] danger,
      double[] riskExponents) {
    public Round {
      positions = positions.clone();
      danger = danger.clone();
      riskExponents = riskExponents.clone();
    }

    @Override
    public double[] positions() {
      return positions.clone();
    }

    @Override
    public double[] danger() {
      return danger.clone();
    }

    @Override
    public double[] riskExponents() {
      return riskExponents.clone();
    }
  }

  /** The kind of an accepted offer (BDM's regions of the expected-utility plane, §3.8). */
  public enum OfferType {
    /** The receiver loses a confrontation and moves to the proposer's position. */
    CONFRONTATION,
    /** The receiver moves part of the way to the proposer. */
    COMPROMISE,
    /** The receiver gives in and moves to the proposer's position. */
    CAPITULATION
  }

  /**
   * One accepted offer.
   *
   * @param round the round
   * @param receiver index of the actor that moved
   * @param proposer index of the actor whose challenge moved it
   * @param type the kind of offer
   * @param from the receiver's position before
   * @param to the receiver's position after
   * @param proposerGain the proposer's expected utility of challenging, as perceived
   * @param receiverGain the receiver's expected utility of challenging the proposer, as perceived
   */
  public record Offer(
      int round,
      int receiver,
      int proposer,
      OfferType type,
      double from,
      double to,
      double proposerGain,
      double receiverGain) {
    public Offer {
      requireNonNull(type, "type");
    }
  }
}
