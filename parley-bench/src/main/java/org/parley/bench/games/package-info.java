/** JMH benchmarks of parley-games' normal-form solvers against Gambit's recorded timings. */
package org.parley.bench.games;
