package org.parley.games.solver;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;

/**
 * An equilibrium found by a solver: the profile ({@link MixedProfile} or {@link BehaviourProfile}),
 * each player's expected payoff, and its {@link Certificate}.
 *
 * @param <P> the profile type
 */
public record Equilibrium<P>(P profile, List<Double> payoffs, Certificate certificate) {
  public Equilibrium {
    Objects.requireNonNull(profile, "profile");
    payoffs = List.copyOf(payoffs);
    Objects.requireNonNull(certificate, "certificate");
  }

  /** Builds the equilibrium record of a mixed profile, computing payoffs and certificate. */
  public static Equilibrium<MixedProfile> of(NormalFormGame game, MixedProfile profile) {
    return new Equilibrium<>(
        profile,
        Arrays.stream(game.expectedPayoffs(profile)).boxed().toList(),
        Certificate.of(game, profile));
  }

  /** Builds the equilibrium record of a behaviour profile, computing payoffs and certificate. */
  public static Equilibrium<BehaviourProfile> of(ExtensiveFormGame game, BehaviourProfile profile) {
    return new Equilibrium<>(
        profile,
        Arrays.stream(game.expectedPayoffs(profile)).boxed().toList(),
        Certificate.of(game, profile));
  }
}
