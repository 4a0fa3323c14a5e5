/**
 * Parley verification: what an inspection regime detects and how much inspection deters.
 *
 * <p>Sub-packages: {@code inspection} (Dresher's sequential game, the 2×2 game with errors, the α–β
 * material-accountancy game), {@code sampling} (attribute sampling), {@code safeguards} (IAEA
 * significant quantities, timeliness and detection goals) and {@code allocation} (Parley's
 * declared/undeclared effort-allocation game). Exact models use {@link org.parley.games.Rational}.
 * Specification: {@code docs/models/verification.md}.
 */
package org.parley.verification;
