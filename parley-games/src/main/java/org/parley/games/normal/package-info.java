/**
 * Normal-form solvers, one class per algorithm: {@link
 * org.parley.games.normal.PureStrategyEnumeration} (n players), {@link
 * org.parley.games.normal.VertexEnumeration} (all extreme equilibria of bimatrix games), {@link
 * org.parley.games.normal.LemkeHowson} and {@link org.parley.games.normal.ZeroSumLp}.
 */
package org.parley.games.normal;
