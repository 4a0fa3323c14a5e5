/**
 * Inspection games: Dresher's sequential game ({@link DresherRecursion}, {@link DresherClosedForm},
 * {@link DresherLeadership}), the 2×2 game with false alarms and detection errors ({@link
 * InspectionGame}) and the α–β material-accountancy game ({@link AccountancyGame}). Sources:
 * Dresher (1962) RAND RM-2972-ARPA; von Stengel (2016), Math. Oper. Res. 41(3):935–952; Avenhaus,
 * von Stengel, Zamir (2002), Handbook of Game Theory vol. 3 ch. 51; Avenhaus and Canty (1996),
 * Compliance Quantified.
 */
package org.parley.verification.inspection;
