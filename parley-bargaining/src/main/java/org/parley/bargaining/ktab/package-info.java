/**
 * Import of KTAB's actor tables (the CSV format of KTAB's {@code smpc}, bargaining.md §2.1) with
 * KTAB's validation rules and located errors: {@link org.parley.bargaining.ktab.KtabCsvReader}.
 */
package org.parley.bargaining.ktab;
