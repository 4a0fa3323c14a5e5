package org.parley.model;

/**
 * The verification regime of an agreement (summit.md §1, verification.md §5).
 *
 * @param declaredSites number of declared sites
 * @param undeclaredSites number of suspected undeclared sites
 * @param inspectionsPerPeriod inspection effort per period (inspections)
 * @param periodMonths the length of one inspection period in months
 * @param detectionDeclared probability one inspection of a declared site detects a violation there
 * @param detectionUndeclared probability one inspection of an undeclared site detects a violation
 *     there (when access is granted)
 * @param baselineDetection per-period detection by national technical means, without access
 * @param falseAlarm false-alarm probability {@code α} per inspection period
 * @param falseAlarmCollapse probability that a false alarm collapses the deal
 * @param payoffs the inspector side's payoffs
 */
public record VerificationRegime(
    int declaredSites,
    int undeclaredSites,
    double inspectionsPerPeriod,
    double periodMonths,
    double detectionDeclared,
    double detectionUndeclared,
    double baselineDetection,
    double falseAlarm,
    double falseAlarmCollapse,
    InspectorPayoffs payoffs) {}
