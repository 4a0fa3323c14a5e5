package org.parley.bargaining.smp;

/**
 * The bargain one actor adopted in one turn (bargaining.md §2.8 steps 4-7).
 *
 * @param turn the turn, from 1
 * @param actor the choosing actor {@code k}
 * @param initiator the initiator of the chosen bargain, or {@code k} itself for the status quo
 * @param target the target of the chosen bargain, or {@code k} itself for the status quo
 * @param probability the chosen bargain's PCE probability among {@code k}'s candidates
 * @param candidates how many candidates {@code k} had (the status quo included)
 */
public record Choice(
    int turn, int actor, int initiator, int target, double probability, int candidates) {
  /** Whether {@code k} kept its position (chose the status quo). */
  public boolean statusQuo() {
    return initiator == actor && target == actor;
  }
}
