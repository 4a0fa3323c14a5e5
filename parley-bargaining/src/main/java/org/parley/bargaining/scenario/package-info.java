/**
 * From a scenario to the forecasters and back: builds bargaining problems from a scenario's issues
 * and reads a settlement against the scenario's agreement ladder (summit.md stages A and B).
 */
package org.parley.bargaining.scenario;
