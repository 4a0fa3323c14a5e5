/** Parley games. */
package org.parley.games;
