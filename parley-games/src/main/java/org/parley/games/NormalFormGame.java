package org.parley.games;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An n-player game in strategic (normal) form with exact rational payoffs (and a cached {@code
 * double} copy for fast solvers). Pure profiles are indexed Gambit-style: player 1's strategy
 * varies fastest, so profile {@code (s_0, …, s_{n-1})} has index {@code s_0 + m_0 (s_1 + m_1 (s_2 +
 * …))}. Players and strategies are 0-based in this API.
 *
 * <p>Immutable. When the game was read from a Gambit outcome-form file, the outcome table is kept
 * ({@link #outcomes()}) so that it can be written back in the same form. Source of the format:
 * Gambit documentation, "The strategic game (.nfg) file format".
 */
public final class NormalFormGame {
  private final String title;
  private final String comment;
  private final List<String> players;
  private final List<List<String>> strategies;
  private final int[] counts;
  private final int[] strides;
  private final int profileCount;
  private final Rational[] payoffs; // [profile * n + player]
  private final double[] payoffsDouble;
  private final OutcomeTable outcomes; // may be null
  private final Rational minPayoff;
  private final Rational maxPayoff;
  private volatile java.math.BigInteger[][]
      integerPayoffs; // lazily: [player][profile] scaled by integerScale
  private volatile java.math.BigInteger[] integerScale;

  /** Outcome-form data: named payoff vectors and the outcome of each pure profile (0 = none). */
  public record Outcome(String name, List<Rational> payoffs) {
    public Outcome {
      Objects.requireNonNull(name, "name");
      payoffs = List.copyOf(payoffs);
    }
  }

  /**
   * The outcome table of an outcome-form file: {@code outcomes.get(k-1)} is outcome {@code k};
   * {@code profileOutcome[p]} is the outcome number of profile {@code p} (0 = zero payoffs).
   */
  public record OutcomeTable(List<Outcome> outcomes, List<Integer> profileOutcome) {
    public OutcomeTable {
      outcomes = List.copyOf(outcomes);
      profileOutcome = List.copyOf(profileOutcome);
    }
  }

  private NormalFormGame(
      String title,
      String comment,
      List<String> players,
      List<List<String>> strategies,
      Rational[] payoffs,
      OutcomeTable outcomes) {
    this.title = Objects.requireNonNull(title, "title");
    this.comment = Objects.requireNonNull(comment, "comment");
    this.players = List.copyOf(players);
    List<List<String>> s = new ArrayList<>();
    for (List<String> l : strategies) {
      s.add(List.copyOf(l));
    }
    this.strategies = List.copyOf(s);
    int n = this.players.size();
    if (n < 1) {
      throw new IllegalArgumentException("a game needs at least one player");
    }
    if (this.strategies.size() != n) {
      throw new IllegalArgumentException(
          "strategy lists for " + this.strategies.size() + " players given; the game has " + n);
    }
    counts = new int[n];
    strides = new int[n];
    long total = 1;
    for (int i = 0; i < n; i++) {
      counts[i] = this.strategies.get(i).size();
      if (counts[i] < 1) {
        throw new IllegalArgumentException("player " + (i + 1) + " has no strategies");
      }
      strides[i] = (int) total;
      total *= counts[i];
      if (total > Integer.MAX_VALUE / Math.max(1, n)) {
        throw new IllegalArgumentException(
            "game too large: more than " + Integer.MAX_VALUE + " payoffs");
      }
    }
    profileCount = (int) total;
    if (payoffs.length != profileCount * n) {
      throw new IllegalArgumentException(
          "expected " + profileCount * n + " payoffs, got " + payoffs.length);
    }
    this.payoffs = payoffs;
    this.payoffsDouble = new double[payoffs.length];
    for (int k = 0; k < payoffs.length; k++) {
      this.payoffsDouble[k] = Objects.requireNonNull(payoffs[k], "payoff").doubleValue();
    }
    this.outcomes = outcomes;
    Rational lo = null;
    Rational hi = null;
    if (outcomes != null) {
      for (Outcome o : outcomes.outcomes()) {
        for (Rational x : o.payoffs()) {
          lo = lo == null ? x : lo.min(x);
          hi = hi == null ? x : hi.max(x);
        }
      }
    } else {
      for (Rational x : payoffs) {
        lo = lo == null ? x : lo.min(x);
        hi = hi == null ? x : hi.max(x);
      }
    }
    this.minPayoff = lo == null ? Rational.ZERO : lo;
    this.maxPayoff = hi == null ? Rational.ZERO : hi;
  }

  private NormalFormGame(NormalFormGame g, Rational minPayoff, Rational maxPayoff) {
    this.title = g.title;
    this.comment = g.comment;
    this.players = g.players;
    this.strategies = g.strategies;
    this.counts = g.counts;
    this.strides = g.strides;
    this.profileCount = g.profileCount;
    this.payoffs = g.payoffs;
    this.payoffsDouble = g.payoffsDouble;
    this.outcomes = g.outcomes;
    this.minPayoff = minPayoff;
    this.maxPayoff = maxPayoff;
  }

  /**
   * The least payoff of any player, as Gambit's {@code GetMinPayoff}: over the outcomes of an
   * outcome-form game, else over every profile's payoffs; for the strategic form of a tree, the
   * tree's (see {@link #withPayoffRange}). Gambit's solvers shift and scale payoffs by this range,
   * which decides their pivoting and so which equilibria they print, and in what order.
   */
  public Rational minPayoff() {
    return minPayoff;
  }

  /**
   * The greatest payoff of any player, as Gambit's {@code GetMaxPayoff} (see {@link #minPayoff}).
   */
  public Rational maxPayoff() {
    return maxPayoff;
  }

  /**
   * This game with another payoff range: the outcome range of the tree it is the strategic form of.
   * (That range need not contain every payoff here: outcomes met along a path add up.)
   */
  public NormalFormGame withPayoffRange(Rational min, Rational max) {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException("payoff range [" + min + ", " + max + "] is empty");
    }
    return new NormalFormGame(this, min, max);
  }

  /**
   * A game from labels and payoffs {@code payoffs[profileIndex][player]} (profile index as in the
   * class comment).
   */
  public static NormalFormGame of(
      String title, List<String> players, List<List<String>> strategies, Rational[][] payoffs) {
    int n = players.size();
    Rational[] flat = new Rational[payoffs.length * n];
    for (int p = 0; p < payoffs.length; p++) {
      if (payoffs[p].length != n) {
        throw new IllegalArgumentException(
            "profile " + p + " has " + payoffs[p].length + " payoffs; expected " + n);
      }
      System.arraycopy(payoffs[p], 0, flat, p * n, n);
    }
    return new NormalFormGame(title, "", players, strategies, flat, null);
  }

  /** Full constructor used by readers; {@code outcomes} may be null (payoff form). */
  public static NormalFormGame of(
      String title,
      String comment,
      List<String> players,
      List<List<String>> strategies,
      Rational[][] payoffs,
      OutcomeTable outcomes) {
    NormalFormGame g = of(title, players, strategies, payoffs);
    return new NormalFormGame(title, comment, g.players, g.strategies, g.payoffs, outcomes);
  }

  /** A bimatrix game {@code (A, B)}: row player 1 with payoffs A, column player 2 with B. */
  public static NormalFormGame bimatrix(String title, Rational[][] a, Rational[][] b) {
    int m = a.length;
    int n = a[0].length;
    List<String> rows = new ArrayList<>();
    List<String> cols = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      rows.add(Integer.toString(i + 1));
    }
    for (int j = 0; j < n; j++) {
      cols.add(Integer.toString(j + 1));
    }
    Rational[][] pay = new Rational[m * n][];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        pay[i + m * j] = new Rational[] {a[i][j], b[i][j]};
      }
    }
    return of(title, List.of("1", "2"), List.of(rows, cols), pay);
  }

  /** A bimatrix game from integer matrices. */
  public static NormalFormGame bimatrix(String title, long[][] a, long[][] b) {
    Rational[][] ra = new Rational[a.length][];
    Rational[][] rb = new Rational[b.length][];
    for (int i = 0; i < a.length; i++) {
      ra[i] = new Rational[a[i].length];
      rb[i] = new Rational[b[i].length];
      for (int j = 0; j < a[i].length; j++) {
        ra[i][j] = Rational.of(a[i][j]);
        rb[i][j] = Rational.of(b[i][j]);
      }
    }
    return bimatrix(title, ra, rb);
  }

  public String title() {
    return title;
  }

  public String comment() {
    return comment;
  }

  public List<String> players() {
    return players;
  }

  public int numPlayers() {
    return players.size();
  }

  /** Strategy labels of each player, in file order. */
  public List<List<String>> strategies() {
    return strategies;
  }

  public int numStrategies(int player) {
    return counts[player];
  }

  /** Number of strategies of each player (a copy). */
  public int[] strategyCounts() {
    return counts.clone();
  }

  /** Number of pure strategy profiles. */
  public int profileCount() {
    return profileCount;
  }

  /** Index of a pure profile (player 1 fastest). */
  public int profileIndex(int... profile) {
    if (profile.length != counts.length) {
      throw new IllegalArgumentException(
          "profile has " + profile.length + " entries; expected " + counts.length);
    }
    int idx = 0;
    for (int i = 0; i < counts.length; i++) {
      if (profile[i] < 0 || profile[i] >= counts[i]) {
        throw new IndexOutOfBoundsException("strategy " + profile[i] + " of player " + i);
      }
      idx += profile[i] * strides[i];
    }
    return idx;
  }

  /** The pure profile with the given index. */
  public int[] profile(int index) {
    int[] p = new int[counts.length];
    for (int i = 0; i < counts.length; i++) {
      p[i] = index % counts[i];
      index /= counts[i];
    }
    return p;
  }

  /** Stride of player {@code i} in the profile index (product of earlier players' counts). */
  public int stride(int player) {
    return strides[player];
  }

  /** Exact payoff of {@code player} at profile index {@code profile}. */
  public Rational payoff(int profile, int player) {
    return payoffs[profile * counts.length + player];
  }

  /** Payoff of {@code player} at profile index {@code profile} as a double. */
  public double payoffDouble(int profile, int player) {
    return payoffsDouble[profile * counts.length + player];
  }

  /** Two-player only: the exact payoff matrix of {@code player}, rows = player 1's strategies. */
  public Rational[][] matrix(int player) {
    requireTwoPlayers();
    Rational[][] m = new Rational[counts[0]][counts[1]];
    for (int i = 0; i < counts[0]; i++) {
      for (int j = 0; j < counts[1]; j++) {
        m[i][j] = payoffs[(i + counts[0] * j) * 2 + player];
      }
    }
    return m;
  }

  /**
   * Two-player only: the payoff matrix of {@code player} as doubles, rows = player 1's strategies.
   */
  public double[][] matrixDouble(int player) {
    requireTwoPlayers();
    double[][] m = new double[counts[0]][counts[1]];
    for (int i = 0; i < counts[0]; i++) {
      for (int j = 0; j < counts[1]; j++) {
        m[i][j] = payoffsDouble[(i + counts[0] * j) * 2 + player];
      }
    }
    return m;
  }

  private void requireTwoPlayers() {
    if (counts.length != 2) {
      throw new IllegalArgumentException(
          "a two-player game is required; this one has " + counts.length + " players");
    }
  }

  /** True when the payoffs of every profile sum to the same constant (constant-sum game). */
  public boolean isConstantSum() {
    Rational c = null;
    int n = counts.length;
    for (int p = 0; p < profileCount; p++) {
      Rational s = Rational.ZERO;
      for (int i = 0; i < n; i++) {
        s = s.add(payoffs[p * n + i]);
      }
      if (c == null) {
        c = s;
      } else if (!c.equals(s)) {
        return false;
      }
    }
    return true;
  }

  /** Player i's payoffs times a common positive integer (cached): [profile]. */
  java.math.BigInteger[] integerPayoffs(int player) {
    if (integerPayoffs == null) {
      int n = counts.length;
      java.math.BigInteger[][] ip = new java.math.BigInteger[n][profileCount];
      java.math.BigInteger[] sc = new java.math.BigInteger[n];
      for (int i = 0; i < n; i++) {
        java.math.BigInteger l = java.math.BigInteger.ONE;
        for (int p = 0; p < profileCount; p++) {
          java.math.BigInteger d = payoffs[p * n + i].denominator();
          if (!d.equals(java.math.BigInteger.ONE)) {
            l = l.divide(l.gcd(d)).multiply(d);
          }
        }
        for (int p = 0; p < profileCount; p++) {
          Rational v = payoffs[p * n + i];
          ip[i][p] = v.numerator().multiply(l.divide(v.denominator()));
        }
        sc[i] = l;
      }
      integerScale = sc;
      integerPayoffs = ip;
    }
    return integerPayoffs[player];
  }

  /** The factor {@link #integerPayoffs(int)} carries. */
  java.math.BigInteger integerScale(int player) {
    integerPayoffs(player);
    return integerScale[player];
  }

  /** The outcome table when the game came from an outcome-form file. */
  public Optional<OutcomeTable> outcomes() {
    return Optional.ofNullable(outcomes);
  }

  /** Expected payoff of every player under a mixed profile (double arithmetic). */
  public double[] expectedPayoffs(MixedProfile sigma) {
    return Payoffs.expected(this, sigma);
  }

  /** Regret (best-response gain) of every player under a mixed profile, in doubles. */
  public double[] regrets(MixedProfile sigma) {
    return Payoffs.regrets(this, sigma);
  }

  /** Exact regret of every player; requires {@code sigma.isExact()}. */
  public Rational[] exactRegrets(MixedProfile sigma) {
    return Payoffs.exactRegrets(this, sigma);
  }

  /** Same labels and payoffs (title, comment and outcome table ignored). */
  public boolean sameGameAs(NormalFormGame o) {
    return players.equals(o.players)
        && strategies.equals(o.strategies)
        && Arrays.equals(payoffs, o.payoffs);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("NormalFormGame[\"").append(title).append("\" ");
    for (int i = 0; i < counts.length; i++) {
      sb.append(i == 0 ? "" : "x").append(counts[i]);
    }
    return sb.append(']').toString();
  }
}
