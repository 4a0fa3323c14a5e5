package org.parley.bargaining;

/**
 * A model that forecasts the settlement of a bargaining problem. One class per model (compromise,
 * Nash bargaining, weighted median, expected-utility model, probabilistic Condorcet elections);
 * implementations are immutable and thread-safe, configured through their constructors.
 */
public interface Forecaster {
  /** A short stable name used on the command line and in reports, e.g. {@code compromise}. */
  String name();

  /** Forecasts the settlement of {@code problem}. Never returns {@code null}. */
  Forecast forecast(BargainingProblem problem);
}
