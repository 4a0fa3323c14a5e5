package org.parley.verification.allocation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.games.MixedProfile;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;
import org.parley.games.solver.BimatrixSolver;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;
import org.parley.verification.Requires;

/**
 * The declared/undeclared allocation game (Parley's model, verification.md §5; payoff scheme of
 * Avenhaus, von Stengel and Zamir 2002; the site-coverage idea of security games).
 *
 * <p><b>Players and moves.</b> The inspector sends a share {@code s} of its {@code E} inspections
 * per period to suspected undeclared sites and the rest to declared ones, {@code s} on the grid
 * {@code 0, 1/G, …, 1} — only {@code s = 0} without undeclared access. The inspectee complies,
 * cheats at one declared site or cheats at one undeclared site, not knowing the allocation.
 *
 * <p><b>Detection.</b> Inspections of a kind are spread evenly over its {@code S} sites, so the
 * cheating site is visited with probability {@code min(1, x/S)} where {@code x} is the number of
 * inspections of that kind; a visit finds the violation with the per-inspection detection
 * probability {@code p} of the kind; national technical means detect any violation independently
 * with the baseline {@code q0}: {@code P(s) = 1 - (1 - q0)(1 - p·min(1, x/S))}.
 *
 * <p><b>Payoffs</b> (inspector, inspectee), relative to undisturbed compliance. Compliance: a false
 * alarm with probability {@code α} per period when any inspection takes place, {@code (-eα, -hα)}.
 * Cheating at a site detected with probability {@code P}: {@code (-aP - c(1 - P), -bP + d(1 - P))}.
 * The inspector also pays {@code k} per inspection (the same in every row, so it changes its payoff
 * but not the equilibrium).
 *
 * <p>Cost: {@code (G + 1) × 3} bimatrix game, solved by the given {@link BimatrixSolver}; the
 * inspector-preferred equilibrium is reported.
 */
public final class AllocationGame {
  /** The inspectee's options, in column order. */
  public enum Choice {
    COMPLY,
    CHEAT_DECLARED,
    CHEAT_UNDECLARED
  }

  /**
   * The inputs of the allocation game.
   *
   * @param declaredSites number of declared sites {@code S_D >= 1}
   * @param undeclaredSites number of suspected undeclared sites {@code S_U >= 1}
   * @param inspectionsPerPeriod inspection effort {@code E >= 0} per period
   * @param detectionDeclared detection probability of one inspection at the cheating declared site
   * @param detectionUndeclared detection probability of one inspection at the cheating undeclared
   *     site
   * @param baselineDetection detection by national technical means, {@code q0}
   * @param falseAlarm false-alarm probability {@code α} per period with inspections
   * @param a inspector's loss for a detected violation ({@code 0 <= a < c})
   * @param c inspector's loss for an undetected violation
   * @param e inspector's loss for a false alarm ({@code >= 0})
   * @param k inspector's cost per inspection ({@code >= 0})
   * @param b inspectee's loss when caught ({@code >= 0})
   * @param d inspectee's gain from an undetected violation ({@code >= 0})
   * @param h inspectee's loss from a false alarm ({@code >= 0})
   * @param undeclaredAccess whether undeclared sites may be inspected
   * @param gridSteps {@code G >= 1}: allocation shares {@code 0, 1/G, …, 1}
   */
  public record Spec(
      int declaredSites,
      int undeclaredSites,
      double inspectionsPerPeriod,
      double detectionDeclared,
      double detectionUndeclared,
      double baselineDetection,
      double falseAlarm,
      double a,
      double c,
      double e,
      double k,
      double b,
      double d,
      double h,
      boolean undeclaredAccess,
      int gridSteps) {
    public Spec {
      Requires.atLeast("declared sites", declaredSites, 1);
      Requires.atLeast("undeclared sites", undeclaredSites, 1);
      Requires.nonNegative("inspections per period", inspectionsPerPeriod);
      Requires.probability("detection at declared sites", detectionDeclared);
      Requires.probability("detection at undeclared sites", detectionUndeclared);
      Requires.probability("baseline detection", baselineDetection);
      Requires.probability("false-alarm probability", falseAlarm);
      Requires.nonNegative("a", a);
      Requires.positive("c", c);
      if (!(a < c)) {
        throw new IllegalArgumentException(
            "a is " + a + " and c is " + c + "; it must hold that 0 <= a < c");
      }
      Requires.nonNegative("e", e);
      Requires.nonNegative("k", k);
      Requires.nonNegative("b", b);
      Requires.nonNegative("d", d);
      Requires.nonNegative("h", h);
      Requires.atLeast("grid steps", gridSteps, 1);
    }

    /** A copy with undeclared access granted or withdrawn. */
    public Spec withUndeclaredAccess(boolean access) {
      return new Spec(
          declaredSites,
          undeclaredSites,
          inspectionsPerPeriod,
          detectionDeclared,
          detectionUndeclared,
          baselineDetection,
          falseAlarm,
          a,
          c,
          e,
          k,
          b,
          d,
          h,
          access,
          gridSteps);
    }

    /** A copy with another inspection effort. */
    public Spec withInspectionsPerPeriod(double effort) {
      return new Spec(
          declaredSites,
          undeclaredSites,
          effort,
          detectionDeclared,
          detectionUndeclared,
          baselineDetection,
          falseAlarm,
          a,
          c,
          e,
          k,
          b,
          d,
          h,
          undeclaredAccess,
          gridSteps);
    }

    /**
     * A builder starting from neutral defaults: 1 site of each kind, no effort, no detection, no
     * false alarms, inspector losses {@code a = 1, c = 10, e = 1, k = 0}, inspectee payoffs {@code
     * b = 1, d = 1, h = 0}, no undeclared access, grid 10. Set what the case needs.
     */
    public static Builder builder() {
      return new Builder();
    }

    /** Builder for {@link Spec}; {@link #build()} validates. */
    public static final class Builder {
      private int declaredSites = 1;
      private int undeclaredSites = 1;
      private double inspectionsPerPeriod;
      private double detectionDeclared;
      private double detectionUndeclared;
      private double baselineDetection;
      private double falseAlarm;
      private double a = 1;
      private double c = 10;
      private double e = 1;
      private double k;
      private double b = 1;
      private double d = 1;
      private double h;
      private boolean undeclaredAccess;
      private int gridSteps = 10;

      private Builder() {}

      /** Declared and suspected undeclared site counts. */
      public Builder sites(int declared, int undeclared) {
        declaredSites = declared;
        undeclaredSites = undeclared;
        return this;
      }

      /** Inspections per period. */
      public Builder effort(double inspections) {
        inspectionsPerPeriod = inspections;
        return this;
      }

      /** Detection probability of one inspection at each kind of site. */
      public Builder detection(double declared, double undeclared) {
        detectionDeclared = declared;
        detectionUndeclared = undeclared;
        return this;
      }

      /** Detection by national technical means. */
      public Builder baseline(double q0) {
        baselineDetection = q0;
        return this;
      }

      /** False-alarm probability per period with inspections. */
      public Builder falseAlarm(double alpha) {
        falseAlarm = alpha;
        return this;
      }

      /** The inspector's losses: detected, undetected, false alarm, cost per inspection. */
      public Builder inspector(
          double detected, double undetected, double alarm, double costPerInspection) {
        a = detected;
        c = undetected;
        e = alarm;
        k = costPerInspection;
        return this;
      }

      /**
       * The inspectee's payoffs relative to complying: caught loss, undetected gain, false-alarm
       * loss.
       */
      public Builder inspectee(double caught, double gain, double alarm) {
        b = caught;
        d = gain;
        h = alarm;
        return this;
      }

      /** Whether undeclared sites may be inspected. */
      public Builder undeclaredAccess(boolean access) {
        undeclaredAccess = access;
        return this;
      }

      /** Allocation grid steps. */
      public Builder grid(int steps) {
        gridSteps = steps;
        return this;
      }

      /** The spec; throws {@link IllegalArgumentException} naming the first bad value. */
      public Spec build() {
        return new Spec(
            declaredSites,
            undeclaredSites,
            inspectionsPerPeriod,
            detectionDeclared,
            detectionUndeclared,
            baselineDetection,
            falseAlarm,
            a,
            c,
            e,
            k,
            b,
            d,
            h,
            undeclaredAccess,
            gridSteps);
      }
    }
  }

  private final Spec spec;

  public AllocationGame(Spec spec) {
    this.spec = requireNonNull(spec, "spec");
  }

  public Spec spec() {
    return spec;
  }

  /**
   * The inspector's allocation shares to undeclared sites (rows): {@code 0, 1/G, …, 1}, or {@code
   * 0}.
   */
  public double[] shares() {
    if (!spec.undeclaredAccess()) {
      return new double[] {0};
    }
    double[] s = new double[spec.gridSteps() + 1];
    for (int i = 0; i <= spec.gridSteps(); i++) {
      s[i] = (double) i / spec.gridSteps();
    }
    return s;
  }

  /**
   * Detection probability of cheating at a declared site when a share {@code s} goes to undeclared
   * sites.
   */
  public double detectionDeclared(double share) {
    double x = (1 - share) * spec.inspectionsPerPeriod();
    return detection(spec.detectionDeclared(), x, spec.declaredSites());
  }

  /** Detection probability of cheating at an undeclared site when a share {@code s} goes there. */
  public double detectionUndeclared(double share) {
    double x = spec.undeclaredAccess() ? share * spec.inspectionsPerPeriod() : 0;
    return detection(spec.detectionUndeclared(), x, spec.undeclaredSites());
  }

  private double detection(double perInspection, double inspections, int sites) {
    double coverage = Math.min(1, inspections / sites);
    return 1 - (1 - spec.baselineDetection()) * (1 - perInspection * coverage);
  }

  /** Probability of a false alarm in a period of compliance. */
  public double falseAlarmProbability() {
    return spec.inspectionsPerPeriod() > 0 ? spec.falseAlarm() : 0;
  }

  /** The inspector's payoff for (share, choice). */
  public double inspectorPayoff(double share, Choice choice) {
    double cost = spec.k() * spec.inspectionsPerPeriod();
    return switch (choice) {
      case COMPLY -> -spec.e() * falseAlarmProbability() - cost;
      case CHEAT_DECLARED -> violation(detectionDeclared(share), true) - cost;
      case CHEAT_UNDECLARED -> violation(detectionUndeclared(share), true) - cost;
    };
  }

  /** The inspectee's payoff for (share, choice). */
  public double inspecteePayoff(double share, Choice choice) {
    return switch (choice) {
      case COMPLY -> -spec.h() * falseAlarmProbability();
      case CHEAT_DECLARED -> violation(detectionDeclared(share), false);
      case CHEAT_UNDECLARED -> violation(detectionUndeclared(share), false);
    };
  }

  private double violation(double detect, boolean inspector) {
    return inspector
        ? -spec.a() * detect - spec.c() * (1 - detect)
        : -spec.b() * detect + spec.d() * (1 - detect);
  }

  /** The game as a bimatrix game: inspector rows (allocations), inspectee columns (choices). */
  public NormalFormGame toNormalForm() {
    double[] shares = shares();
    Choice[] choices = Choice.values();
    List<String> rows = new ArrayList<>();
    for (double s : shares) {
      rows.add(String.format(Locale.ROOT, "undeclared share %.4f", s));
    }
    List<String> cols = new ArrayList<>();
    for (Choice c : choices) {
      cols.add(c.name().toLowerCase(Locale.ROOT));
    }
    Rational[][] payoffs = new Rational[shares.length * choices.length][];
    for (int j = 0; j < choices.length; j++) {
      for (int i = 0; i < shares.length; i++) {
        payoffs[i + shares.length * j] =
            new Rational[] {
              Rational.ofDouble(inspectorPayoff(shares[i], choices[j])),
              Rational.ofDouble(inspecteePayoff(shares[i], choices[j])),
            };
      }
    }
    return NormalFormGame.of(
        "Declared/undeclared allocation game",
        List.of("inspector", "inspectee"),
        List.of(rows, cols),
        payoffs);
  }

  /**
   * Solves the game with {@code solver} and reports the inspector-preferred equilibrium (ties: the
   * first found).
   *
   * @throws IllegalStateException when the solver returns no equilibrium
   */
  public AllocationResult solve(BimatrixSolver solver) {
    requireNonNull(solver, "solver");
    NormalFormGame game = toNormalForm();
    SolverResult<MixedProfile> result = solver.solve(game, SolveOptions.defaults());
    List<Equilibrium<MixedProfile>> eqs = result.equilibria();
    if (eqs.isEmpty()) {
      throw new IllegalStateException(
          solver.name() + " found no equilibrium of the allocation game");
    }
    Equilibrium<MixedProfile> best = eqs.get(0);
    for (Equilibrium<MixedProfile> eq : eqs) {
      if (eq.payoffs().get(0) > best.payoffs().get(0) + 1e-12) {
        best = eq;
      }
    }
    return AllocationResult.of(
        this,
        best.profile().strategy(0),
        best.profile().strategy(1),
        best.certificate().maxRegret(),
        eqs.size(),
        solver.name());
  }

  /**
   * What undeclared-site access is worth: the game solved with and without it, at the same effort.
   */
  public static AccessValue valueOfAccess(Spec spec, BimatrixSolver solver) {
    AllocationResult with = new AllocationGame(spec.withUndeclaredAccess(true)).solve(solver);
    AllocationResult without = new AllocationGame(spec.withUndeclaredAccess(false)).solve(solver);
    return new AccessValue(with, without);
  }
}
