/**
 * Gambit file formats: {@link org.parley.games.io.NfgFormat} ({@code .nfg}), {@link
 * org.parley.games.io.EfgFormat} ({@code .efg}, version 2) with located {@link
 * org.parley.games.io.GameFormatException}s, and {@link org.parley.games.io.NashOutput} for
 * Gambit's {@code NE,} lines.
 */
package org.parley.games.io;
