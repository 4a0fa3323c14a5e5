/**
 * Simplicial subdivision for n-player normal-form games: {@link
 * org.parley.games.simpdiv.SimplicialSubdivision} (van der Laan, Talman and van der Heyden 1987;
 * the path, start and stopping rules of Gambit's {@code gambit-simpdiv}), a restart algorithm on
 * ever finer grids of the product of simplices, in exact arithmetic. Package-private helpers:
 * {@code PathFollowing} (one round's path) and {@code GridLabeller} (exact labels of grid points,
 * with a floating-point filter).
 */
package org.parley.games.simpdiv;
