package org.parley.model;

/**
 * What is at stake for the complier in the compliance games (summit.md §2 D).
 *
 * @param regimeValue {@code V}: the value it puts on regime survival (utility points)
 * @param detectedPenalty the penalty for a detected violation (snap-back sanctions, reputation)
 * @param sincereCheatingCost the extra cost of cheating to a sincere type (large enough that it
 *     never cheats)
 */
public record Stakes(double regimeValue, double detectedPenalty, double sincereCheatingCost) {}
