/**
 * DEU-format data (Decision-making in the European Union; Thomson et al. 2006, Arregui &amp;
 * Perarnaud 2021) and the accuracy harness: {@link org.parley.bargaining.deu.DeuReader} reads a
 * file with located errors, {@link org.parley.bargaining.deu.DeuBacktest} scores forecasters
 * against the recorded outcomes with the capability choices of {@link
 * org.parley.bargaining.deu.Capabilities}, and {@link org.parley.bargaining.deu.CrossValidation}
 * evaluates fitted forecasters out of sample. Specification: bargaining.md §6–7.
 */
package org.parley.bargaining.deu;
