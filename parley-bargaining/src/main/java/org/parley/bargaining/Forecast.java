package org.parley.bargaining;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * What a forecaster says, with its evidence.
 *
 * @param model the forecaster's name
 * @param parameters the model's parameters as used (for the report), in a stable order
 * @param settlement the forecast point, one value per dimension
 * @param trajectory the state after each round, round 0 being the initial positions; a one-shot
 *     model has just round 0
 * @param convergence whether and how the iteration stopped
 * @param moves why positions moved (who challenged whom, with what expected gain); empty for
 *     one-shot models
 */
public record Forecast(
    String model,
    Map<String, String> parameters,
    double[] settlement,
    List<Round> trajectory,
    Convergence convergence,
    List<Move> moves) {
  public Forecast {
    requireNonNull(model, "model");
    parameters = Map.copyOf(requireNonNull(parameters, "parameters"));
    settlement = requireNonNull(settlement, "settlement").clone();
    trajectory = List.copyOf(requireNonNull(trajectory, "trajectory"));
    requireNonNull(convergence, "convergence");
    moves = List.copyOf(requireNonNull(moves, "moves"));
  }

  /** A copy of the settlement. */
  @Override
  public double[] settlement() {
    return settlement.clone();
  }

  /** The settlement on dimension {@code d}. */
  public double settlement(int d) {
    return settlement[d];
  }

  /**
   * One round of an iterative model.
   *
   * @param index the round, from 0 (initial positions)
   * @param positions {@code positions[actor][dimension]} after the round
   * @param forecast the model's forecast point at that round
   */
  public record Round(int index, double[][] positions, double[] forecast) {
    public Round {
      double[][] p = new double[positions.length][];
      for (int i = 0; i < p.length; i++) {
        p[i] = positions[i].clone();
      }
      positions = p;
      forecast = forecast.clone();
    }
  }

  /**
   * How the iteration ended.
   *
   * @param converged whether the stopping rule was met (rather than the round limit)
   * @param rounds the number of rounds run
   * @param detail the stopping rule and its final value, in words
   */
  public record Convergence(boolean converged, int rounds, String detail) {
    public Convergence {
      requireNonNull(detail, "detail");
    }

    /** For one-shot models. */
    public static Convergence closedForm() {
      return new Convergence(true, 0, "closed form");
    }
  }

  /**
   * Why one actor's position moved in one round.
   *
   * @param round the round in which the move happened
   * @param actor the actor that moved
   * @param dimension the dimension index ({@code -1} when the move is in all dimensions at once)
   * @param from the position before
   * @param to the position after
   * @param cause who caused it, e.g. the challenger's id
   * @param expectedGain the challenger's expected gain that made the challenge worth it
   */
  public record Move(
      int round,
      String actor,
      int dimension,
      double from,
      double to,
      String cause,
      double expectedGain) {
    public Move {
      requireNonNull(actor, "actor");
      requireNonNull(cause, "cause");
    }
  }
}
