/**
 * Stage E of the summit model (summit.md §2 E): the agreed phases run in order with reneging,
 * compliance per equilibrium, detection, false alarms, the complier's stopping rule and Bayesian
 * belief updates; one sampled run ({@link org.parley.summit.dynamics.Dynamics#sample}) or the exact
 * outcome distribution ({@link org.parley.summit.dynamics.Dynamics#distribution}).
 */
package org.parley.summit.dynamics;
