/**
 * Reading and setting a scenario's numeric inputs by their id-form path ({@code
 * issues.denuclearisation.positions.DPRK}, list items by id), the same paths that the {@code
 * uncertainty} section and {@code Scenario.provenance()} use. A path is compiled once into an
 * {@link org.parley.model.paths.InputPath}; a Monte Carlo sample sets every uncertain input at once
 * with an {@link org.parley.model.paths.Assignment}, which rebuilds the scenario a single time.
 */
package org.parley.model.paths;
