/**
 * Two-player extensive games in sequence form (Koller, Megiddo and von Stengel 1996): {@link
 * org.parley.games.seqform.SequenceForm} (realisation-plan constraints and payoff matrices), {@link
 * org.parley.games.seqform.SequenceFormLemke} (Lemke's algorithm on the sequence-form LCP,
 * general-sum) and {@link org.parley.games.seqform.SequenceFormLp} (linear programming, zero-sum).
 * Both answer in behaviour strategies with a regret certificate.
 */
package org.parley.games.seqform;
