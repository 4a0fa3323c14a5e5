/**
 * KTAB's spatial model of politics (SMP) built on probabilistic Condorcet elections (PCE),
 * specified in bargaining.md §2 (KAPSARC Toolkit for Behavioral Analysis, MIT licence). {@link
 * org.parley.bargaining.smp.SpatialModelOfPolitics} is the forecaster, configured by {@link
 * org.parley.bargaining.smp.SmpParameters} (KTAB's options under KTAB's names and indices); its
 * {@link org.parley.bargaining.smp.SmpRun} keeps every state, challenge and choice, and converts to
 * a {@link org.parley.bargaining.Forecast}. {@link
 * org.parley.bargaining.smp.ProbabilisticCondorcetElection} is the election on its own.
 */
package org.parley.bargaining.smp;
