package org.parley.model;

/**
 * The inspector/guarantor side's losses in the Avenhaus–Canty scheme (Avenhaus, von Stengel and
 * Zamir 2002): 0 for compliance, {@code -a} for a detected violation, {@code -c} for an undetected
 * one, {@code -e} for a false alarm, and {@code inspectionCost} per unit of effort.
 */
public record InspectorPayoffs(double a, double c, double e, double inspectionCost) {}
