/**
 * Stage F of the summit model (summit.md §2 F): Monte Carlo over the scenario's uncertain inputs.
 * Each input is sampled by inverse CDF from one uniform draw ({@link
 * org.parley.summit.simulation.InverseCdf}); sample {@code i} draws from generators derived from
 * the seed and {@code i} alone ({@link org.parley.summit.simulation.SeedStreams}), so a run is
 * identical on any number of threads; outcomes are accumulated as integer counts, so memory does
 * not grow with the sample count. {@link org.parley.summit.simulation.MonteCarlo} is the engine.
 */
package org.parley.summit.simulation;
