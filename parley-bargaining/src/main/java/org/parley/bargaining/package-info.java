/**
 * Spatial bargaining forecasters. A {@link org.parley.bargaining.BargainingProblem} (actors with
 * capabilities, positions and saliences on one or more bounded dimensions) goes in; a {@link
 * org.parley.bargaining.Forecast} (the settlement per dimension, the trajectory, convergence and
 * the reasons positions moved) comes out. One class per model, behind {@link
 * org.parley.bargaining.Forecaster}.
 */
package org.parley.bargaining;
