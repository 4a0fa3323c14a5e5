package org.parley.games.method;

import java.time.Duration;
import java.util.Objects;
import org.parley.games.solver.SolveOptions;

/**
 * What a user asks of one solve, as {@code parley solve}'s options give it; made with {@link
 * #builder()}.
 *
 * @param exact exact rational arithmetic asked for (methods that are exact by default use it unless
 *     {@code decimals} is given)
 * @param decimals decimals to print (and floating-point arithmetic), or -1 for the method's default
 *     (exact fractions for exact methods; 6 decimals otherwise; for logit, significant digits)
 * @param strategic solve an extensive game's reduced strategic form (Gambit's {@code -S})
 * @param components also list the maximal convex sets of equilibria ({@code enummixed} only,
 *     Gambit's {@code -c})
 * @param maxStrategies refuse games where a player has more pure strategies than this, or more than
 *     100 times as many pure profiles
 * @param timeout wall-clock limit; past it the equilibria found so far are returned
 * @param maxEquilibria stop after this many equilibria (0 = all)
 * @param iterations iteration limit of an iterative method ({@code cfr})
 * @param targetExploitability stop an iterative method once its exploitability is at most this
 */
public record MethodSettings(
    boolean exact,
    int decimals,
    boolean strategic,
    boolean components,
    long maxStrategies,
    Duration timeout,
    int maxEquilibria,
    int iterations,
    double targetExploitability) {
  public MethodSettings {
    if (decimals < -1) {
      throw new IllegalArgumentException("decimals " + decimals + " must be >= 0 (or -1)");
    }
    if (maxStrategies < 1) {
      throw new IllegalArgumentException("maxStrategies " + maxStrategies + " must be positive");
    }
    Objects.requireNonNull(timeout, "timeout");
    if (maxEquilibria < 0) {
      throw new IllegalArgumentException("maxEquilibria " + maxEquilibria + " must be >= 0");
    }
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations " + iterations + " must be positive");
    }
    if (!(targetExploitability >= 0)) {
      throw new IllegalArgumentException(
          "targetExploitability " + targetExploitability + " must be >= 0");
    }
  }

  /**
   * No precision asked, reduced form only where the method needs it, 100 000 strategies, ten
   * minutes, all equilibria; {@code cfr} runs up to a million iterations (Kuhn poker reaches the
   * target exploitability of 1e-6 after about 240 000, in about a second).
   */
  public static MethodSettings defaults() {
    return builder().build();
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MethodSettings}; every knob starts at its default. */
  public static final class Builder {
    private boolean exact;
    private int decimals = -1;
    private boolean strategic;
    private boolean components;
    private long maxStrategies = 100_000;
    private Duration timeout = Duration.ofMinutes(10);
    private int maxEquilibria;
    private int iterations = 1_000_000;
    private double targetExploitability = 1e-6;

    private Builder() {}

    public Builder exact(boolean e) {
      exact = e;
      return this;
    }

    public Builder decimals(int d) {
      decimals = d;
      return this;
    }

    public Builder strategic(boolean s) {
      strategic = s;
      return this;
    }

    public Builder components(boolean c) {
      components = c;
      return this;
    }

    public Builder maxStrategies(long n) {
      maxStrategies = n;
      return this;
    }

    public Builder timeout(Duration t) {
      timeout = t;
      return this;
    }

    public Builder maxEquilibria(int k) {
      maxEquilibria = k;
      return this;
    }

    public Builder iterations(int n) {
      iterations = n;
      return this;
    }

    public Builder targetExploitability(double eps) {
      targetExploitability = eps;
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the first knob out of range
     */
    public MethodSettings build() {
      return new MethodSettings(
          exact,
          decimals,
          strategic,
          components,
          maxStrategies,
          timeout,
          maxEquilibria,
          iterations,
          targetExploitability);
    }
  }

  /** The solver options: exact when asked, or when the method is exact by default and no -d. */
  SolveOptions options(boolean exactByDefault) {
    return SolveOptions.defaults()
        .withExact(exact || (exactByDefault && decimals < 0))
        .withTimeout(timeout)
        .withMaxEquilibria(maxEquilibria);
  }

  /** Print precision for a profile: -1 (fractions) for an exact one unless -d was given, else 6. */
  int printDecimals(boolean exactProfile) {
    if (decimals >= 0) {
      return decimals;
    }
    return exactProfile ? -1 : 6;
  }
}
