/**
 * Counterfactual regret minimisation for two-player zero-sum extensive games: {@link
 * org.parley.games.cfr.CfrPlus} (Tammelin 2014), reporting exploitability.
 */
package org.parley.games.cfr;
