/**
 * Parley's declared/undeclared allocation game (verification.md §5): the inspector splits its
 * effort between declared sites and suspected undeclared ones; the inspectee complies or cheats at
 * one kind of site. Solved as a bimatrix game with {@code parley-games}' solvers; reports the
 * equilibrium cheating and detection probabilities and what undeclared-site access is worth.
 */
package org.parley.verification.allocation;
