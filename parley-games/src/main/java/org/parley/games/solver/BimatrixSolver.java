package org.parley.games.solver;

/**
 * A {@link NormalFormSolver} for two-player games only; it rejects other games with {@link
 * IllegalArgumentException}.
 */
public interface BimatrixSolver extends NormalFormSolver {}
