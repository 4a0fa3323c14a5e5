/**
 * Normal-form solvers, one class per algorithm: {@link
 * org.parley.games.normal.PureStrategyEnumeration} (n players), {@link
 * org.parley.games.normal.VertexEnumeration} (all extreme equilibria of bimatrix games), {@link
 * org.parley.games.normal.LemkeHowson} and {@link org.parley.games.normal.ZeroSumLp}. {@link
 * org.parley.games.normal.BipartiteCliqueEnumeration} lists the maximal bicliques of a bipartite
 * graph, which {@link org.parley.games.normal.GambitOrderEnumeration#solveWithComponents} uses for
 * the maximal Nash subsets of a bimatrix game.
 */
package org.parley.games.normal;
