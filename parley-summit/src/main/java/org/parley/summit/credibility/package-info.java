/**
 * Stage C of the summit model (summit.md §2 C): the hazard the complier fears after disarming, from
 * precedent reference classes; the credibility {@code κ} of the assurances; the regime risk {@code
 * ρ_j} per phase; the complier-type belief from its track record and pre-summit signals; and the
 * guarantors' reneging probability.
 */
package org.parley.summit.credibility;
