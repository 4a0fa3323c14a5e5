/**
 * Logit QRE path following, as Gambit's {@code gambit-logit}: {@link
 * org.parley.games.logit.LogitTracing} traces the principal branch of the logit quantal-response
 * equilibrium correspondence (McKelvey and Palfrey 1995; Turocy 2005) of an n-player normal-form
 * game, or of the agent QRE of a perfect-recall tree (McKelvey and Palfrey 1998), with Gambit
 * 16.7's predictor–corrector rules ({@code PathTracer}) and stopping rule, and returns both the
 * point Gambit prints and its certified, renormalised profile.
 */
package org.parley.games.logit;
