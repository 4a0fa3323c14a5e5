/**
 * Stage D of the summit model (summit.md §2 D): one compliance game per agreed phase, built as an
 * extensive-form game (chance draws the complier's type; the complier complies or cheats at a
 * declared or an undeclared site; the inspector allocates effort without seeing either; chance
 * draws detection and false alarms) and solved with the sequence-form Lemke algorithm of {@code
 * parley-games}.
 */
package org.parley.summit.compliance;
