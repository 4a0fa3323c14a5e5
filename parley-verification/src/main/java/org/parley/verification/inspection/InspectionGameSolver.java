package org.parley.verification.inspection;

import static java.util.Objects.requireNonNull;

import org.parley.games.Rational;

/**
 * Solves the 2×2 {@link InspectionGame} exactly by its closed form (Avenhaus, von Stengel, Zamir
 * 2002 §3–4): classifies the regime (interior mixed; pure corner without inspection; pure corner
 * with undeterred violation), computes the equilibrium and its regret, the deterrence threshold and
 * the inspector's leadership announcement. On a boundary between regimes (an equality in the
 * conditions) the game has a continuum of equilibria and the pure corner is reported. Constant
 * time.
 */
public final class InspectionGameSolver {
  /** Solves {@code game}. */
  public InspectionGameSolution solve(InspectionGame game) {
    requireNonNull(game, "game");
    Rational one = Rational.ONE;
    Rational detect = game.detection();
    Rational ea = game.e().multiply(game.alpha());
    Rational ha = game.h().multiply(game.alpha());
    // gain from inspecting against a violation
    Rational g = game.c().subtract(game.a()).multiply(detect).subtract(game.k());
    // (b + d)(1 - β) - hα: p* = d / deterDen; deterrable iff deterDen >= d
    Rational deterDen = game.b().add(game.d()).multiply(detect).subtract(ha);
    boolean deterrable = deterDen.compareTo(game.d()) >= 0;
    Rational pStar = deterrable ? game.d().divide(deterDen) : null;

    InspectionEquilibrium eq;
    if (g.signum() <= 0) {
      eq = new InspectionEquilibrium.NoInspection(game.c().negate(), game.d());
    } else if (deterDen.compareTo(game.d()) <= 0) {
      eq =
          new InspectionEquilibrium.UndeterredInspection(
              game.inspectorPayoff(true, true), game.inspecteePayoff(true, true));
    } else {
      Rational t = ea.add(game.k()).divide(game.c().subtract(game.a()).multiply(detect).add(ea));
      eq =
          new InspectionEquilibrium.Mixed(
              pStar, t, game.c().negate().multiply(t), ha.negate().multiply(pStar));
    }

    // leadership: best of deterring at p* and the best announcement that lets the inspectee violate
    InspectorLeadership.Tolerance tolerate;
    if (g.signum() <= 0) {
      tolerate = new InspectorLeadership.Tolerance(Rational.ZERO, game.c().negate(), true);
    } else if (deterrable) {
      tolerate =
          new InspectorLeadership.Tolerance(pStar, game.c().negate().add(pStar.multiply(g)), false);
    } else {
      tolerate = new InspectorLeadership.Tolerance(one, game.c().negate().add(g), true);
    }
    InspectorLeadership leadership = tolerate;
    if (deterrable) {
      Rational deterPayoff = pStar.multiply(ea.add(game.k())).negate();
      if (deterPayoff.compareTo(tolerate.inspectorPayoff()) >= 0) {
        leadership = new InspectorLeadership.Deterrence(pStar, deterPayoff);
      }
    }
    return new InspectionGameSolution(
        game, eq, leadership, game.deterrenceThreshold(), regret(game, eq));
  }

  /** The largest gain either player gets from a pure deviation from {@code eq}. */
  static Rational regret(InspectionGame game, InspectionEquilibrium eq) {
    Rational p = eq.inspection();
    Rational t = eq.violation();
    Rational u1 = game.inspectorPayoff(p, t);
    Rational u2 = game.inspecteePayoff(p, t);
    Rational best1 =
        game.inspectorPayoff(Rational.ONE, t).max(game.inspectorPayoff(Rational.ZERO, t));
    Rational best2 =
        game.inspecteePayoff(p, Rational.ONE).max(game.inspecteePayoff(p, Rational.ZERO));
    return best1.subtract(u1).max(best2.subtract(u2)).max(Rational.ZERO);
  }
}
