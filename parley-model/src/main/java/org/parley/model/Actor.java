package org.parley.model;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * A party to the negotiation.
 *
 * @param id short unique id used everywhere else in the scenario ({@code US}, {@code DPRK})
 * @param name display name
 * @param roles what the actor does; never empty
 * @param capability relative capability {@code c_i > 0} (bargaining weight)
 */
public record Actor(String id, String name, Set<Role> roles, double capability) {
  public Actor {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    roles = Set.copyOf(roles);
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("actor '" + id + "' needs at least one role");
    }
    if (!(capability > 0) || !Double.isFinite(capability)) {
      throw new IllegalArgumentException(
          "capability of actor '" + id + "' is " + capability + "; it must be > 0");
    }
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
