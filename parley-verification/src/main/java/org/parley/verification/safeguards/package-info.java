/**
 * Safeguards arithmetic from the IAEA Safeguards Glossary (2001 edition, Table II and §3.13–3.21):
 * significant quantities, timeliness goals and detection-probability levels.
 */
package org.parley.verification.safeguards;
