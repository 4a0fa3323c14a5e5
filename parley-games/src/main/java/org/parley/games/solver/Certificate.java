package org.parley.games.solver;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;

/**
 * Evidence that a profile is a Nash equilibrium: each player's regret (best-response gain, {@code
 * max_s u_i(s, σ_-i) − u_i(σ)}), exactly when the profile is exact, and the fact that the
 * probabilities form distributions (checked when the profile was built, so always true here).
 */
public record Certificate(List<Double> regrets, Optional<List<Rational>> exactRegrets) {
  public Certificate {
    regrets = List.copyOf(regrets);
    Objects.requireNonNull(exactRegrets, "exactRegrets");
    exactRegrets = exactRegrets.map(List::copyOf);
  }

  /** Largest regret over players (NashConv divided by nothing: the max, not the sum). */
  public double maxRegret() {
    double m = 0;
    for (double r : regrets) {
      m = Math.max(m, r);
    }
    return m;
  }

  /** Sum of regrets over players (NashConv; for two-player zero-sum games, 2× exploitability). */
  public double nashConv() {
    double s = 0;
    for (double r : regrets) {
      s += r;
    }
    return s;
  }

  /** True when every regret is at most {@code epsilon} (exactly zero for exact certificates). */
  public boolean holds(double epsilon) {
    if (exactRegrets.isPresent()) {
      return exactRegrets.get().stream().allMatch(r -> r.signum() <= 0);
    }
    return maxRegret() <= epsilon;
  }

  /** Certificate of a mixed profile; exact when the profile is exact. */
  public static Certificate of(NormalFormGame game, MixedProfile profile) {
    if (profile.isExact()) {
      Rational[] r = game.exactRegrets(profile);
      return new Certificate(
          java.util.Arrays.stream(r).map(Rational::doubleValue).toList(), Optional.of(List.of(r)));
    }
    return new Certificate(
        java.util.Arrays.stream(game.regrets(profile)).boxed().toList(), Optional.empty());
  }

  /**
   * Certificate of a behaviour profile (perfect recall required); exact when the profile is exact.
   */
  public static Certificate of(ExtensiveFormGame game, BehaviourProfile profile) {
    if (profile.isExact()) {
      Rational[] r = game.exactRegrets(profile);
      return new Certificate(
          java.util.Arrays.stream(r).map(Rational::doubleValue).toList(), Optional.of(List.of(r)));
    }
    return new Certificate(
        java.util.Arrays.stream(game.regrets(profile)).boxed().toList(), Optional.empty());
  }
}
