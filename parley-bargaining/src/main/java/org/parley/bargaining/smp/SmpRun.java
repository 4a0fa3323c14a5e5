package org.parley.bargaining.smp;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.bargaining.Dimension;
import org.parley.bargaining.Forecast;

/**
 * Everything one run of the spatial model of politics produced: every state with its PCE
 * probabilities, every turn's challenges and choices, the stopping statistic, and the moves.
 *
 * @param parameters the parameters used
 * @param actors the actor ids, in the problem's order
 * @param dimensions the dimensions, in the problem's order
 * @param states states 0 .. T, state 0 being the input
 * @param turns turns 1 .. T
 * @param moves every change of an actor's position on a dimension, with the challenge behind it
 * @param converged whether KTAB's stopping rule was met (rather than the turn limit)
 */
public record SmpRun(
    SmpParameters parameters,
    List<String> actors,
    List<Dimension> dimensions,
    List<SmpState> states,
    List<SmpTurn> turns,
    List<Forecast.Move> moves,
    boolean converged) {
  /** The name of the model in forecasts. */
  public static final String MODEL_NAME = "smp";

  public SmpRun {
    requireNonNull(parameters, "parameters");
    actors = List.copyOf(requireNonNull(actors, "actors"));
    dimensions = List.copyOf(requireNonNull(dimensions, "dimensions"));
    states = List.copyOf(requireNonNull(states, "states"));
    turns = List.copyOf(requireNonNull(turns, "turns"));
    moves = List.copyOf(requireNonNull(moves, "moves"));
    if (states.size() != turns.size() + 1) {
      throw new IllegalArgumentException("a run has one more state than turns");
    }
  }

  /** The last state. */
  public SmpState finalState() {
    return states.get(states.size() - 1);
  }

  /** The most probable distinct final position. */
  public double[] mostProbable() {
    return finalState().mostProbable();
  }

  /** The probability-weighted mean of the distinct final positions. */
  public double[] probabilityWeighted() {
    return finalState().probabilityWeighted();
  }

  /** The "Fractional change compared to first step" of each turn. */
  public double[] fractionalChanges() {
    return turns.stream().mapToDouble(SmpTurn::fractionalChange).toArray();
  }

  /** The point the parameters' {@link PointForecast} selects from {@code state}. */
  public double[] point(SmpState state) {
    return parameters.pointForecast() == PointForecast.MOST_PROBABLE
        ? state.mostProbable()
        : state.probabilityWeighted();
  }

  /**
   * This run as a {@link Forecast}: the settlement is the final state's point forecast (see {@link
   * SmpParameters#pointForecast()}), each round carries the positions and that state's point.
   */
  public Forecast toForecast() {
    List<Forecast.Round> rounds = new ArrayList<>(states.size());
    for (SmpState s : states) {
      rounds.add(new Forecast.Round(s.index(), s.positions(), point(s)));
    }
    int t = turns.size();
    String detail;
    if (converged) {
      detail =
          String.format(
              Locale.ROOT,
              "KTAB stopping rule: after turn %d the fractional change %.4f < 0.02 of the first turn's movement",
              t,
              turns.get(t - 1).fractionalChange());
    } else {
      detail =
          String.format(
              Locale.ROOT,
              "turn limit %d reached; last fractional change %.4f (target 0.02)",
              parameters.maxTurns(),
              turns.get(t - 1).fractionalChange());
    }
    return new Forecast(
        MODEL_NAME,
        parameters.asMap(),
        point(finalState()),
        rounds,
        new Forecast.Convergence(converged, t, detail),
        moves);
  }
}
