package org.parley.verification.allocation;

import static java.util.Objects.requireNonNull;

/**
 * What access to undeclared sites is worth (verification.md §5): the allocation game solved with
 * and without it at the same effort.
 *
 * @param withAccess the equilibrium when undeclared sites may be inspected
 * @param withoutAccess the equilibrium when only declared sites may be inspected
 */
public record AccessValue(AllocationResult withAccess, AllocationResult withoutAccess) {
  public AccessValue {
    requireNonNull(withAccess, "withAccess");
    requireNonNull(withoutAccess, "withoutAccess");
  }

  /** The inspector's payoff gain from access (with minus without). */
  public double inspectorPayoffGain() {
    return withAccess.inspectorPayoff() - withoutAccess.inspectorPayoff();
  }

  /** How much access lowers the probability of undetected cheating (without minus with). */
  public double undetectedCheatingReduction() {
    return withoutAccess.undetectedCheating() - withAccess.undetectedCheating();
  }
}
