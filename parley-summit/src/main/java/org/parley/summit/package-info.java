/**
 * The summit pipeline (summit.md stages A–G): settlement, agreed phases, credibility, one
 * compliance game per phase, phase dynamics, Monte Carlo over uncertain inputs, sensitivity.
 */
package org.parley.summit;
