/**
 * JMH benchmarks of the expected-utility model on EU issues ({@link
 * org.parley.bench.eum.EumBenchmark}).
 */
package org.parley.bench.eum;
