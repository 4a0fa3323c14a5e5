/**
 * The analysis report: text for the terminal, JSON with a published schema, and a self-contained
 * HTML page with SVG charts (settlement trajectories, outcome probabilities with intervals,
 * tornado) that opens offline.
 */
package org.parley.summit.report;
