/**
 * JMH benchmarks of the extensive-form and n-player solvers (sequence form, CFR+, logit tracing,
 * simplicial subdivision) on the reference games; figures in {@code docs/performance/gext.md}.
 */
package org.parley.bench.gext;
