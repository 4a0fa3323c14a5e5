package org.parley.games.simpdiv;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.games.BehaviourProfile;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;
import org.parley.games.ReducedNormalForm;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.ExtensiveFormSolver;
import org.parley.games.solver.NormalFormSolver;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;
import org.parley.games.solver.SolverStatistics;

/**
 * Simplicial subdivision with restarts (Gambit's {@code gambit-simpdiv}): the variable-dimension
 * algorithm of van der Laan, Talman and van der Heyden on the product of the players' strategy
 * simplices, in exact rational arithmetic, for n-player normal-form games.
 *
 * <p>Sources: G. van der Laan, A. J. J. Talman, L. van der Heyden, "Simplicial variable dimension
 * algorithms for solving the nonlinear complementarity problem on a product of unit simplices using
 * a general labelling", Mathematics of Operations Research 12 (1987) 377–397. The path rules
 * (labelling, pivots, tie-breaks, leash, restarts, best point per round) are the same as Gambit's
 * {@code src/solvers/simpdiv/simpdiv.cc} (read at the 2024 and 2026 versions of the file; the path
 * code is unchanged between them). Two settings of the command-line tool are not in those sources
 * and were fixed from Gambit's recorded outputs ({@code reference/games/out/*__simpdiv__*.txt}):
 * Gambit 16.7.0 starts at every player's <em>last</em> strategy, 17.0.0a2 at the first, and both
 * stop when the largest regret is at most {@code 10⁻⁷} × payoff range. With these, every recorded
 * output of both versions is reproduced digit for digit.
 *
 * <p>Method. Start from a profile of rationals ({@link StartingPoint}, or one passed in, as
 * Gambit's {@code -s}) with common denominator {@code D₀}. Round {@code r} uses the grid of mesh
 * {@code 1/(D₀·g^r)} ({@code g} = {@link #gridResize()}, default 2) and follows one
 * variable-dimension path ({@link PathFollowing}) from the previous round's point; a grid point is
 * labelled by the first player with the largest regret and her first best reply; the path stops
 * when one player's labels are complete, and the round answers the visited point of smallest
 * largest regret. Moves that would take a strategy {@link #leash()} or more grid steps below its
 * value at the round's start are blocked (Gambit's leash, 32000). Rounds repeat until the answer's
 * largest regret is at most {@link #maxRegret()} × (largest − smallest payoff of the game). Every
 * grid point is a vector of rationals with denominator {@code D₀·g^r}; the labelling is done in
 * exact integer arithmetic ({@link GridLabeller}), so ties are broken exactly as Gambit's rational
 * arithmetic breaks them and the profile is printed as exact fractions.
 *
 * <p>Guarantee: a {@link SolverResult.Complete} answer's largest regret (exact) is at most {@code
 * maxRegret × payoff range}. Cost: each label costs one pass over the pure profiles, in {@code
 * long} arithmetic while the scaled integers fit, else in floating point with an exact {@code
 * BigInteger} recomputation whenever a decision is within the rounding bound of a tie (so the path
 * is the exact one); a round's path length grows with the grid's fineness near the equilibrium and
 * can reach millions of labels on some random 4-player games (unbounded in theory, hence the step,
 * round and time limits). Extensive games are solved on their reduced strategic form, as {@code
 * gambit-simpdiv} does with {@code .efg} files ({@link #solveStrategic}).
 */
public final class SimplicialSubdivision implements NormalFormSolver, ExtensiveFormSolver {
  /**
   * Gambit's acceptance: largest regret at most {@code 10⁻⁷} × payoff range (what Gambit 16.7.0 and
   * 17.0.0a2 do with no {@code -m}: the value reproduces every recorded output of both).
   */
  public static final Rational DEFAULT_MAX_REGRET = Rational.of(1, 10_000_000);

  /** Gambit's leash length when none is given (grid steps). */
  public static final int DEFAULT_LEASH = 32000;

  /** Where the first round starts when no start profile is given. */
  public enum StartingPoint {
    /** every player's last strategy with probability one: Gambit 16.7.0's {@code gambit-simpdiv} */
    LAST_STRATEGIES,
    /**
     * every player's first strategy with probability one: Gambit 17.0.0a2 (and the 2024 sources)
     */
    FIRST_STRATEGIES
  }

  private final StartingPoint startingPoint;
  private final int gridResize;
  private final int leash;
  private final Rational maxRegret;
  private final int maxRounds;
  private final long maxStepsPerRound;

  /**
   * Gambit 16.7.0's defaults: start at the last strategies, grid refinement 2, leash 32000, maximum
   * regret 10⁻⁷ × payoff range; at most 60 rounds of at most 10⁸ labels.
   */
  public SimplicialSubdivision() {
    this(StartingPoint.LAST_STRATEGIES, 2, DEFAULT_LEASH, DEFAULT_MAX_REGRET, 60, 100_000_000L);
  }

  /**
   * @param startingPoint the default start (a start profile passed to {@link #run} overrides it)
   * @param gridResize factor by which the mesh shrinks each round (Gambit's {@code -g}), at least 2
   * @param leash how many grid steps a strategy may fall below its round-start value, at least 1
   * @param maxRegret acceptance: largest regret at most this × payoff range, positive
   * @param maxRounds limit on rounds (the grid denominator must also stay below 2⁶²)
   * @param maxStepsPerRound limit on grid points labelled in one round
   */
  public SimplicialSubdivision(
      StartingPoint startingPoint,
      int gridResize,
      int leash,
      Rational maxRegret,
      int maxRounds,
      long maxStepsPerRound) {
    this.startingPoint = Objects.requireNonNull(startingPoint, "startingPoint");
    if (gridResize < 2) {
      throw new IllegalArgumentException("gridResize is " + gridResize + "; it must be >= 2");
    }
    if (leash < 1) {
      throw new IllegalArgumentException("leash is " + leash + "; it must be >= 1");
    }
    Objects.requireNonNull(maxRegret, "maxRegret");
    if (maxRegret.signum() <= 0) {
      throw new IllegalArgumentException("maxRegret is " + maxRegret + "; it must be > 0");
    }
    if (maxRounds < 1) {
      throw new IllegalArgumentException("maxRounds is " + maxRounds + "; it must be >= 1");
    }
    if (maxStepsPerRound < 1) {
      throw new IllegalArgumentException(
          "maxStepsPerRound is " + maxStepsPerRound + "; it must be >= 1");
    }
    this.gridResize = gridResize;
    this.leash = leash;
    this.maxRegret = maxRegret;
    this.maxRounds = maxRounds;
    this.maxStepsPerRound = maxStepsPerRound;
  }

  public StartingPoint startingPoint() {
    return startingPoint;
  }

  public SimplicialSubdivision withStartingPoint(StartingPoint p) {
    return new SimplicialSubdivision(p, gridResize, leash, maxRegret, maxRounds, maxStepsPerRound);
  }

  public int gridResize() {
    return gridResize;
  }

  public int leash() {
    return leash;
  }

  public Rational maxRegret() {
    return maxRegret;
  }

  public SimplicialSubdivision withGridResize(int g) {
    return new SimplicialSubdivision(
        startingPoint, g, leash, maxRegret, maxRounds, maxStepsPerRound);
  }

  public SimplicialSubdivision withLeash(int l) {
    return new SimplicialSubdivision(
        startingPoint, gridResize, l, maxRegret, maxRounds, maxStepsPerRound);
  }

  public SimplicialSubdivision withMaxRegret(Rational r) {
    return new SimplicialSubdivision(
        startingPoint, gridResize, leash, r, maxRounds, maxStepsPerRound);
  }

  public SimplicialSubdivision withLimits(int rounds, long stepsPerRound) {
    return new SimplicialSubdivision(
        startingPoint, gridResize, leash, maxRegret, rounds, stepsPerRound);
  }

  @Override
  public String name() {
    return "simpdiv";
  }

  /** How a run ended. */
  public enum Ending {
    /** the largest regret met the acceptance test */
    CONVERGED,
    /** the round limit or the largest representable grid was reached */
    ROUND_LIMIT,
    /** a round labelled more grid points than allowed */
    STEP_LIMIT,
    /** the deadline passed */
    TIMEOUT
  }

  /**
   * The end of a run: the profile (the last completed round's point, or the start), its exact
   * largest regret, the grid denominator of that round, the rounds completed and grid points
   * labelled.
   */
  public record Run(
      Rational[][] profile,
      Rational maxRegret,
      long gridDenominator,
      int rounds,
      long steps,
      Ending ending) {
    public Run {
      Objects.requireNonNull(profile, "profile");
      Objects.requireNonNull(maxRegret, "maxRegret");
      Objects.requireNonNull(ending, "ending");
    }
  }

  /** The pure profile {@link #startingPoint()} names, for {@code game}. */
  public Rational[][] startProfile(NormalFormGame game) {
    Rational[][] s = new Rational[game.numPlayers()][];
    for (int i = 0; i < s.length; i++) {
      s[i] = new Rational[game.numStrategies(i)];
      java.util.Arrays.fill(s[i], Rational.ZERO);
      s[i][startingPoint == StartingPoint.FIRST_STRATEGIES ? 0 : s[i].length - 1] = Rational.ONE;
    }
    return s;
  }

  /** The payoff range Gambit scales the acceptance test by: over the outcomes of the game. */
  public static Rational payoffRange(NormalFormGame game) {
    Objects.requireNonNull(game, "game");
    return game.maxPayoff().subtract(game.minPayoff());
  }

  /**
   * The payoff range of a tree: over its outcomes (Gambit's {@code GetMaxPayoff − GetMinPayoff}).
   */
  public static Rational payoffRange(ExtensiveFormGame game) {
    Objects.requireNonNull(game, "game");
    return game.maxPayoff().subtract(game.minPayoff());
  }

  /**
   * Runs the restart algorithm from {@code start} (one row of rationals per player, each a
   * probability distribution) until the acceptance test, a limit or {@code deadlineNanos} ({@link
   * System#nanoTime()} scale).
   */
  public Run run(
      NormalFormGame game, Rational payoffRange, Rational[][] start, long deadlineNanos) {
    return run(game, payoffRange, start, deadlineNanos, true);
  }

  /**
   * As {@link #run(NormalFormGame, Rational, Rational[][], long)}; {@code floatingFilter = false}
   * labels exactly always.
   */
  Run run(
      NormalFormGame game,
      Rational payoffRange,
      Rational[][] start,
      long deadlineNanos,
      boolean floatingFilter) {
    Objects.requireNonNull(game, "game");
    Objects.requireNonNull(payoffRange, "payoffRange");
    checkStart(game, start);
    GridLabeller labeller = new GridLabeller(game);
    int n = game.numPlayers();
    int total = 0;
    BigInteger lcd = BigInteger.ONE;
    for (Rational[] row : start) {
      total += row.length;
      for (Rational x : row) {
        BigInteger den = x.denominator();
        lcd = lcd.divide(lcd.gcd(den)).multiply(den);
      }
    }
    if (lcd.bitLength() > 62) {
      throw new IllegalArgumentException(
          "start profile: common denominator " + lcd + " is too large (at most 2^62)");
    }
    long d = lcd.longValueExact();
    long[] y = new long[total];
    int f = 0;
    for (Rational[] row : start) {
      for (Rational x : row) {
        y[f++] =
            x.numerator().multiply(BigInteger.valueOf(d).divide(x.denominator())).longValueExact();
      }
    }
    // acceptance: regret·(L·d^n)⁻¹ <= maxRegret·range
    Rational threshold = maxRegret.multiply(payoffRange);
    BigInteger l = labeller.payoffDenominator();
    Rational regret = null;
    int rounds = 0;
    long steps = 0;
    Ending ending = Ending.ROUND_LIMIT;
    while (rounds < maxRounds) {
      long finer;
      try {
        finer = Math.multiplyExact(d, (long) gridResize);
      } catch (ArithmeticException e) {
        break;
      }
      if (finer > (1L << 62)) {
        break;
      }
      long[] v = new long[total];
      for (int k = 0; k < total; k++) {
        v[k] = y[k] * gridResize;
      }
      PathFollowing round = new PathFollowing(labeller, v, finer, leash, floatingFilter);
      PathFollowing.Status status = round.follow(maxStepsPerRound, deadlineNanos);
      steps += round.steps;
      if (status != PathFollowing.Status.DONE) {
        ending = status == PathFollowing.Status.TIMEOUT ? Ending.TIMEOUT : Ending.STEP_LIMIT;
        break;
      }
      d = finer;
      y = round.best();
      rounds++;
      regret = Rational.of(round.bestRegret(), l.multiply(BigInteger.valueOf(d).pow(n)));
      if (regret.compareTo(threshold) <= 0) {
        ending = Ending.CONVERGED;
        break;
      }
    }
    Rational[][] profile = toProfile(game, y, d);
    if (regret == null) {
      regret = maxOf(game.exactRegrets(MixedProfile.ofRationals(profile)));
    }
    return new Run(profile, regret, d, rounds, steps, ending);
  }

  @Override
  public SolverResult<MixedProfile> solve(NormalFormGame game, SolveOptions options) {
    Objects.requireNonNull(game, "game");
    return solve(game, payoffRange(game), startProfile(game), options);
  }

  /**
   * Solves from a given start (Gambit's {@code -s}), scaling the acceptance test by {@code
   * payoffRange}. The answer is always exact (grid points are rationals), whatever {@link
   * SolveOptions#exact()} says.
   */
  public SolverResult<MixedProfile> solve(
      NormalFormGame game, Rational payoffRange, Rational[][] start, SolveOptions options) {
    Objects.requireNonNull(options, "options");
    long t0 = System.nanoTime();
    Run run = run(game, payoffRange, start, options.deadline(t0));
    MixedProfile m = MixedProfile.ofRationals(run.profile());
    SolverStatistics stats =
        new SolverStatistics(
            name(),
            run.steps(),
            "labels",
            Duration.ofNanos(System.nanoTime() - t0),
            Map.of("rounds", (long) run.rounds(), "gridDenominator", run.gridDenominator()));
    List<Equilibrium<MixedProfile>> eq = List.of(Equilibrium.of(game, m));
    return switch (run.ending()) {
      case CONVERGED -> new SolverResult.Complete<>(eq, stats);
      case TIMEOUT -> new SolverResult.Stopped<>(eq, stats, SolverResult.StopReason.TIMEOUT);
      case ROUND_LIMIT, STEP_LIMIT ->
          new SolverResult.Stopped<>(eq, stats, SolverResult.StopReason.ITERATION_LIMIT);
    };
  }

  /**
   * What {@code gambit-simpdiv} does with an {@code .efg} file: the mixed profile of the reduced
   * strategic form (strategies in Gambit's order), with the acceptance test scaled by the tree's
   * payoff range.
   */
  public SolverResult<MixedProfile> solveStrategic(ExtensiveFormGame game, SolveOptions options) {
    return solveStrategic(ReducedNormalForm.of(requirePerfectRecall(game)), options);
  }

  /**
   * As {@link #solveStrategic(ExtensiveFormGame, SolveOptions)}, on a reduced form already built.
   */
  public SolverResult<MixedProfile> solveStrategic(ReducedNormalForm rnf, SolveOptions options) {
    Objects.requireNonNull(rnf, "rnf");
    requirePerfectRecall(rnf.tree());
    return solve(rnf.game(), payoffRange(rnf.tree()), startProfile(rnf.game()), options);
  }

  /**
   * Solves an extensive game on its reduced strategic form ({@link #solveStrategic}) and answers
   * with the realisation-equivalent behaviour profile (Kuhn's theorem; {@link
   * ReducedNormalForm#toBehaviour}). Gambit prints the mixed profile instead.
   */
  @Override
  public SolverResult<BehaviourProfile> solve(ExtensiveFormGame game, SolveOptions options) {
    ReducedNormalForm rnf = ReducedNormalForm.of(requirePerfectRecall(game));
    SolverResult<MixedProfile> r = solveStrategic(rnf, options);
    List<Equilibrium<BehaviourProfile>> eq =
        r.equilibria().stream()
            .map(e -> Equilibrium.of(game, rnf.toBehaviour(e.profile())))
            .toList();
    if (r instanceof SolverResult.Stopped<MixedProfile> s) {
      return new SolverResult.Stopped<>(eq, s.statistics(), s.reason());
    }
    return new SolverResult.Complete<>(eq, r.statistics());
  }

  private static ExtensiveFormGame requirePerfectRecall(ExtensiveFormGame game) {
    Objects.requireNonNull(game, "game");
    if (!game.hasPerfectRecall()) {
      throw new IllegalArgumentException("simpdiv: games with imperfect recall are not supported");
    }
    return game;
  }

  private static void checkStart(NormalFormGame game, Rational[][] start) {
    Objects.requireNonNull(start, "start");
    if (start.length != game.numPlayers()) {
      throw new IllegalArgumentException(
          "start profile has " + start.length + " players; the game has " + game.numPlayers());
    }
    for (int i = 0; i < start.length; i++) {
      Objects.requireNonNull(start[i], "start[" + i + "]");
      if (start[i].length != game.numStrategies(i)) {
        throw new IllegalArgumentException(
            "start profile: player "
                + (i + 1)
                + " has "
                + start[i].length
                + " probabilities; expected "
                + game.numStrategies(i));
      }
      Rational sum = Rational.ZERO;
      for (Rational x : start[i]) {
        Objects.requireNonNull(x, "start probability");
        if (x.signum() < 0) {
          throw new IllegalArgumentException(
              "start profile: player " + (i + 1) + " has probability " + x + " < 0");
        }
        sum = sum.add(x);
      }
      if (!sum.equals(Rational.ONE)) {
        throw new IllegalArgumentException(
            "start profile: player " + (i + 1) + "'s probabilities sum to " + sum + "; expected 1");
      }
    }
  }

  private static Rational[][] toProfile(NormalFormGame game, long[] y, long d) {
    Rational[][] p = new Rational[game.numPlayers()][];
    int f = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = new Rational[game.numStrategies(i)];
      for (int s = 0; s < p[i].length; s++) {
        p[i][s] = Rational.of(y[f++], d);
      }
    }
    return p;
  }

  private static Rational maxOf(Rational[] r) {
    Rational m = Rational.ZERO;
    for (Rational x : r) {
      m = m.max(x);
    }
    return m;
  }
}
