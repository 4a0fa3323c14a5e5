/**
 * Solver problem interfaces ({@link org.parley.games.solver.NormalFormSolver}, {@link
 * org.parley.games.solver.BimatrixSolver}, {@link org.parley.games.solver.ExtensiveFormSolver}) and
 * the values they return: {@link org.parley.games.solver.SolverResult} with equilibria, each
 * carrying a {@link org.parley.games.solver.Certificate} (per-player regret), and statistics.
 */
package org.parley.games.solver;
