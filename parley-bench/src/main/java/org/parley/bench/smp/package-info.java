/**
 * JMH benchmarks of KTAB's spatial model of politics ({@link
 * org.parley.bargaining.smp.SpatialModelOfPolitics}) on the actor-table sizes of bargaining.md §9.
 */
package org.parley.bench.smp;
