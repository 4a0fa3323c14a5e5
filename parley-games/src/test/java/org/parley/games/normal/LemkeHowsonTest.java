package org.parley.games.normal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.TestData;
import org.parley.games.io.NashOutput;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

class LemkeHowsonTest {
  private static final SolveOptions EXACT = SolveOptions.defaults().withExact(true);

  @Test
  void everyStartingLabelFindsASubsetOfTheAccessibleEquilibria() {
    // contrib__coord4: gambit-lcp (depth-first over labels) prints 15 equilibria
    NormalFormGame g = TestData.nfg("contrib__coord4.nfg");
    List<String> all = lines(new LemkeHowson().solve(g, EXACT));
    List<String> starts = lines(LemkeHowson.everyStartingLabel().solve(g, EXACT));
    assertThat(all).hasSize(15);
    assertThat(all).containsAll(starts);
    assertThat(starts).isNotEmpty().doesNotHaveDuplicates();
  }

  @Test
  void singleLabelPathsEndAtCertifiedEquilibria() {
    NormalFormGame g = TestData.nfg("contrib__8x8.nfg");
    for (int label = 0; label < 16; label++) {
      SolverResult<MixedProfile> r = LemkeHowson.fromLabel(label).solve(g, EXACT);
      assertThat(r.equilibria())
          .singleElement()
          .satisfies(e -> assertThat(e.certificate().holds(0)).isTrue());
    }
  }

  @Test
  void timeoutReturnsStoppedWithWhatWasFound() {
    // gen__rand2p_50x50_s50: Gambit's lcp search over all labels ran past 180 s (index.tsv)
    NormalFormGame g = TestData.nfg("gen__rand2p_50x50_s50.nfg");
    SolverResult<MixedProfile> r =
        new LemkeHowson().solve(g, EXACT.withTimeout(java.time.Duration.ofMillis(300)));
    assertThat(r)
        .isInstanceOfSatisfying(
            SolverResult.Stopped.class,
            s -> assertThat(s.reason()).isEqualTo(SolverResult.StopReason.TIMEOUT));
    assertThat(r.equilibria()).allSatisfy(e -> assertThat(e.certificate().holds(0)).isTrue());
  }

  private static List<String> lines(SolverResult<MixedProfile> r) {
    return r.equilibria().stream().map(e -> NashOutput.line(e.profile(), -1)).toList();
  }
}
