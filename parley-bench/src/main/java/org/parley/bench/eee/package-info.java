/**
 * Timings of exact enumeration of all extreme equilibria ({@code ExtremeEquilibriumEnumeration},
 * after Audet, Hansen, Jaumard and Savard 2001) beside {@code VertexEnumeration}; figures in
 * docs/performance/eee.md.
 */
package org.parley.bench.eee;
