/**
 * Simplicial subdivision for n-player normal-form games:
 * {@link org.parley.games.simpdiv.SimplicialSubdivision} (van der Laan and Talman 1982, as
 * Gambit's {@code simpdiv}), a restart algorithm on ever finer grids of the product of simplices.
 */
package org.parley.games.simpdiv;
