package org.parley.games.logit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parley.games.seqform.ReferenceData;

/**
 * The analytic agent-QRE Jacobian ({@link AgentQreSystem#jacobian}) equals central differences of
 * the residual at seeded random interior points of the reference trees.
 */
class AgentJacobianPropertyTest {
  private static final String[] TREES = {
    "doc__poker.efg",
    "openspiel__kuhn_poker.efg",
    "contrib__cent2.efg",
    "contrib__montyhal.efg",
    "own__nonterminal.efg",
    "catalog__journals__ijgt__selten1975__fig1.efg",
    "contrib__bayes1a.efg"
  };

  @Property(tries = 40, seed = "20261125")
  void analyticMatchesFiniteDifferences(
      @ForAll @IntRange(min = 0, max = 6) int tree, @ForAll long seed) {
    AgentQreSystem sys = new AgentQreSystem(ReferenceData.efg(TREES[tree]));
    int n = sys.size();
    Random rnd = new Random(seed);
    double[] z = new double[n + 1];
    for (int k = 0; k < n; k++) {
      z[k] =
          Math.log(
              0.05 + rnd.nextDouble()); // interior, not normalised: the system is defined off the
      // path too
    }
    z[n] = 20 * rnd.nextDouble();
    double[][] jac = sys.jacobian(z);
    for (int c = 0; c <= n; c++) {
      double h = 1e-6;
      double[] zp = z.clone();
      double[] zm = z.clone();
      zp[c] += h;
      zm[c] -= h;
      double[] fp = sys.residual(zp);
      double[] fm = sys.residual(zm);
      for (int r = 0; r < n; r++) {
        double fd = (fp[r] - fm[r]) / (2 * h);
        assertThat(Math.abs(jac[r][c] - fd))
            .as("row %d column %d", r, c)
            .isLessThan(1e-5 * (1 + Math.abs(fd)));
      }
    }
  }
}
