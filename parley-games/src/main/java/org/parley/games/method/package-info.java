/**
 * Solution methods by the names Gambit's command-line tools use ({@code enumpure}, {@code
 * enummixed}, {@code lcp}, {@code lp}, {@code logit}, {@code simpdiv}) plus {@code cfr}: a registry
 * ({@link org.parley.games.method.SolutionMethods}) that maps a name to the solver class and
 * answers with Gambit's {@code NE,} lines beside the certified equilibria. The one service the
 * command line (and any other front end) calls; it holds no algorithm of its own.
 */
package org.parley.games.method;
