/**
 * Bueno de Mesquita's expected-utility (challenge) model as reconstructed by Scholz, Calbert &amp;
 * Smith (2011): {@link org.parley.bargaining.eum.ExpectedUtilityModel} with its options {@link
 * org.parley.bargaining.eum.EumOptions} and the per-round record {@link
 * org.parley.bargaining.eum.EumTrajectory}. Specification: bargaining.md §3.
 */
package org.parley.bargaining.eum;
