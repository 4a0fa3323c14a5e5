/** JMH benchmarks of the verification engine (run on demand; see docs/performance/verif.md). */
package org.parley.bench.verification;
