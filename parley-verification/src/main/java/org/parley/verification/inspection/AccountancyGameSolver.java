package org.parley.verification.inspection;

import static java.util.Objects.requireNonNull;

import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * Solves the {@link AccountancyGame} (Avenhaus and Canty 1996 ch. 3; Avenhaus, von Stengel, Zamir
 * 2002 §5). The inspectee's indifference {@code h α* = b - (b + d) β(α*)} is solved for {@code α*}
 * by Brent's method in {@code u = ln α} on {@code [-700, 0]} (the left side minus the right is
 * convex in {@code α}, positive at 0 and equal to {@code h - b < 0} at 1, so the root is unique);
 * the inspector's first-order condition then gives {@code t* = e / (e - (c - a) β'(α*))}.
 * Hipparchus' {@link BrentSolver} with relative accuracy {@code 1e-15}.
 */
public final class AccountancyGameSolver {
  private static final int MAX_EVALUATIONS = 500;

  /** Solves {@code game}. */
  public AccountancySolution solve(AccountancyGame game) {
    requireNonNull(game, "game");
    double b = game.b();
    double d = game.d();
    double h = game.h();
    BrentSolver brent = new BrentSolver(1e-15, 1e-15, 1e-300);
    double u = brent.solve(MAX_EVALUATIONS, x -> indifference(game, Math.exp(x)), -700, 0);
    double alpha = Math.exp(u);
    double beta = game.beta(alpha);
    double t = game.e() / (game.e() - (game.c() - game.a()) * game.betaDerivative(alpha));
    double violating = -game.a() * (1 - beta) - game.c() * beta;
    double simultaneous = (1 - t) * (-game.e() * alpha) + t * violating;
    double residual = Math.abs(h * alpha - b + (b + d) * beta);
    return new AccountancySolution(
        game,
        alpha,
        1 - beta,
        t,
        simultaneous,
        -game.e() * alpha,
        -h * alpha,
        brent.getEvaluations(),
        residual);
  }

  private static double indifference(AccountancyGame game, double alpha) {
    return game.h() * alpha - game.b() + (game.b() + game.d()) * game.beta(alpha);
  }
}
