/**
 * Benchmarks of the summit Monte Carlo (stage F) and sensitivity (stage G): JMH benchmarks of one
 * trial, of input sampling, and of a whole run on 1 and 2 threads; and {@link
 * org.parley.bench.summit.AnalyzeRun}, a whole-process run for {@code run-analyze-bench.sh}.
 */
package org.parley.bench.summit;
