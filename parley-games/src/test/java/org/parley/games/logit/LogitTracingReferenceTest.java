package org.parley.games.logit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.seqform.ReferenceData;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/**
 * Reference tests against {@code gambit-logit -q -e -d 10} on the n-player normal-form games of
 * the reference index (Gambit 16.7.0 and 17.0.0a2 outputs in {@code out/}).
 */
class LogitTracingReferenceTest {
  static Stream<ReferenceData.Row> rows() {
    return ReferenceData.rows("logit-e").stream().filter(r -> r.file().endsWith(".nfg"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void endsAtGambitsPoint(ReferenceData.Row row) {
    NormalFormGame g = ReferenceData.nfg(row.file());
    SolverResult<MixedProfile> r = new LogitTracing().solve(g, SolveOptions.defaults());
    assertThat(r).isInstanceOf(SolverResult.Complete.class);
    Equilibrium<MixedProfile> eq = r.equilibria().get(0);
    // at λ = 10⁶ the logit profile is within O(1/λ) of a Nash equilibrium (McKelvey–Palfrey 1995)
    assertThat(eq.certificate().maxRegret()).isLessThan(1e-4);
    // and it is (to O(1/λ)) one of the equilibria Gambit reports for the game (enumpoly, simpdiv)
    assertThat(ReferenceData.nearAGambitEquilibrium(row.file(), eq.profile().flatten(), 1e-5)).isTrue();
    List<double[]> gambit = ReferenceData.equilibria(row.output());
    double[][] their = ReferenceData.mixed(g, gambit.get(0));
    for (double[] row1 : their) { // Gambit's 10-digit output need not sum to 1 (0.49999995 twice)
      double sum = java.util.Arrays.stream(row1).sum();
      for (int k = 0; k < row1.length; k++) {
        row1[k] /= sum;
      }
    }
    MixedProfile theirs = MixedProfile.ofDoubles(their);
    double theirRegret = java.util.Arrays.stream(g.regrets(theirs)).max().orElse(0);
    if (theirRegret > 1e-3) {
      // Gambit's end point is no equilibrium (contrib__2x2x2: regret 0.21 for player 3, who should
      // play strategy 1 against (1/2, 1/2)); our end point is the isolated equilibrium
      // (1/2,1/2; 1/2,1/2; 1,0) listed by gambit-enumpoly (out/contrib__2x2x2__enumpoly__16.7.0.txt).
      assertThat(row.file()).isEqualTo("contrib__2x2x2.nfg");
      assertThat(eq.profile().flatten()).containsExactly(new double[] {0.5, 0.5, 0.5, 0.5, 1, 0}, within(1e-5));
      return;
    }
    // both tools follow the same branch to λ = 10⁶; the end points agree to O(1/λ) (Gambit stops on
    // its own step grid near λ_max, so the last digits differ)
    assertThat(eq.profile().flatten()).containsExactly(gambit.get(0), within(1e-5));
  }
}
