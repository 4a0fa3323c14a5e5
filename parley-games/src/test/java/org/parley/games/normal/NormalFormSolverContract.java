package org.parley.games.normal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.NormalFormSolver;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/** The contract every two-player normal-form solver must meet; each solver's test extends it. */
abstract class NormalFormSolverContract {
  abstract NormalFormSolver solver();

  /** Whether the solver is restricted to constant-sum games. */
  boolean zeroSumOnly() {
    return false;
  }

  @Test
  void matchingPenniesHasTheUniqueMixedEquilibrium() {
    // closed form: the unique equilibrium of matching pennies is (1/2, 1/2) for both players
    NormalFormGame g =
        NormalFormGame.bimatrix(
            "mp", new long[][] {{1, -1}, {-1, 1}}, new long[][] {{-1, 1}, {1, -1}});
    List<Equilibrium<MixedProfile>> eqs =
        solver().solve(g, SolveOptions.defaults().withExact(true)).equilibria();
    if (solver() instanceof PureStrategyEnumeration) {
      assertThat(eqs).isEmpty();
      return;
    }
    assertThat(eqs)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.profile().exactStrategy(0).orElseThrow())
                  .containsExactly(Rational.of(1, 2), Rational.of(1, 2));
              assertThat(e.profile().exactStrategy(1).orElseThrow())
                  .containsExactly(Rational.of(1, 2), Rational.of(1, 2));
              assertThat(e.certificate().exactRegrets().orElseThrow())
                  .allSatisfy(r -> assertThat(r.signum()).isZero());
              assertThat(e.payoffs()).containsExactly(0.0, 0.0);
            });
  }

  @Test
  void everyEquilibriumCarriesAValidCertificate() {
    // Rock-paper-scissors with a 2-point win bonus (zero-sum): unique equilibrium (1/3,1/3,1/3)
    NormalFormGame g =
        NormalFormGame.bimatrix(
            "rps",
            new long[][] {{0, -2, 2}, {2, 0, -2}, {-2, 2, 0}},
            new long[][] {{0, 2, -2}, {-2, 0, 2}, {2, -2, 0}});
    SolverResult<MixedProfile> r = solver().solve(g, SolveOptions.defaults().withExact(true));
    assertThat(r).isInstanceOf(SolverResult.Complete.class);
    for (Equilibrium<MixedProfile> e : r.equilibria()) {
      assertThat(e.certificate().holds(0)).isTrue();
      for (int i = 0; i < 2; i++) {
        Rational sum = Rational.ZERO;
        for (Rational p : e.profile().exactStrategy(i).orElseThrow()) {
          assertThat(p.signum()).isNotNegative();
          sum = sum.add(p);
        }
        assertThat(sum).isEqualTo(Rational.ONE);
      }
    }
  }

  @Test
  void floatingPointModeAlsoCertifies() {
    NormalFormGame g = RandomGames.bimatrix(new java.util.Random(7), 6, 5, 9, zeroSumOnly());
    SolverResult<MixedProfile> r = solver().solve(g, SolveOptions.defaults());
    for (Equilibrium<MixedProfile> e : r.equilibria()) {
      assertThat(e.certificate().maxRegret()).isLessThan(1e-8);
    }
  }
}
