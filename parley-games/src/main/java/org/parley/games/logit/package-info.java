/**
 * Path following for n-player normal-form games: {@link org.parley.games.logit.LogitTracing}
 * traces the logit quantal-response equilibrium branch (McKelvey and Palfrey 1995; Turocy 2005) to
 * an approximate Nash equilibrium, as Gambit's {@code gambit-logit}.
 */
package org.parley.games.logit;
