package org.parley.games.simpdiv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.seqform.ReferenceData;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/** Reference tests against {@code gambit-simpdiv -q} (index.tsv rows {@code simpdiv}, .nfg files). */
class SimplicialSubdivisionReferenceTest {
  static Stream<ReferenceData.Row> rows() {
    return ReferenceData.rows("simpdiv").stream().filter(r -> r.file().endsWith(".nfg") && r.version().equals("16.7.0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void findsACertifiedEquilibrium(ReferenceData.Row row) {
    NormalFormGame g = ReferenceData.nfg(row.file());
    SolverResult<MixedProfile> r = new SimplicialSubdivision().solve(g, SolveOptions.defaults());
    assertThat(r).isInstanceOf(SolverResult.Complete.class);
    Equilibrium<MixedProfile> eq = r.equilibria().get(0);
    assertThat(eq.certificate().maxRegret()).isLessThan(1e-6);
    // the point is one of the equilibria Gambit reports (enumpoly, logit, simpdiv; 6 decimals or
    // a grid of mesh 2^-18 at worst, hence 1e-5)
    assertThat(ReferenceData.nearAGambitEquilibrium(row.file(), eq.profile().flatten(), 1e-5)).isTrue();
    if (row.file().equals("catalog__journals__ijgt__nau2004__sec4.nfg")) {
      // unique equilibrium (enumpoly lists 1): Gambit's simpdiv point, out/..__simpdiv__16.7.0.txt,
      // is on a grid of mesh 2^-22, so the two agree to that order
      double[] gambit = ReferenceData.equilibria(row.output()).get(0);
      assertThat(eq.profile().flatten()).containsExactly(gambit, org.assertj.core.api.Assertions.within(1e-6));
    }
  }

  @org.junit.jupiter.api.Test
  void solvesSeltensHorseOnItsReducedNormalForm() {
    // Gambit, out/catalog__journals__ijgt__selten1975__fig1__simpdiv__*.txt: 16.7.0 prints
    // NE,1,0,1,0,3/16,13/16 and 17.0.0a2 NE,1,0,1,0,0,1 — two points of the equilibrium component
    // where players 1 and 2 play R; ours must be certified and on that component
    org.parley.games.ExtensiveFormGame g = ReferenceData.efg("catalog__journals__ijgt__selten1975__fig1.efg");
    var r = new SimplicialSubdivision().solve(g, SolveOptions.defaults());
    assertThat(r).isInstanceOf(SolverResult.Complete.class);
    assertThat(r.equilibria().get(0).certificate().maxRegret()).isLessThan(1e-9);
    double[] ours = r.equilibria().get(0).profile().flatten();
    assertThat(java.util.Arrays.copyOf(ours, 4)).containsExactly(new double[] {1, 0, 1, 0}, org.assertj.core.api.Assertions.within(1e-9));
  }

  @org.junit.jupiter.api.Test
  void exactModePrintsDyadicGridPoints() {
    // contrib__5x4x3: Gambit 16.7.0 prints grid points such as 805901/2097152 (simpdiv output)
    NormalFormGame g = ReferenceData.nfg("contrib__5x4x3.nfg");
    MixedProfile p = new SimplicialSubdivision().solve(g, SolveOptions.defaults().withExact(true)).equilibria().get(0)
        .profile();
    assertThat(p.isExact()).isTrue();
    for (int i = 0; i < p.numPlayers(); i++) {
      for (int s = 0; s < p.numStrategies(i); s++) {
        java.math.BigInteger den = p.exactProbability(i, s).orElseThrow().denominator();
        assertThat(den.bitCount()).as("denominator is a power of two").isEqualTo(1);
      }
    }
  }
}
