package org.parley.games.simpdiv;

import java.math.BigInteger;

/**
 * One round of {@link SimplicialSubdivision}: the variable-dimension path of van der Laan, Talman
 * and van der Heyden (1987) from grid point {@code v} on the grid of mesh {@code 1/d}, in exact
 * integer arithmetic (coordinates are numerators over {@code d}).
 *
 * <p>The state is the one of the algorithm's description: the set {@code T} of directions in use
 * ({@code q(j,h) = e(j,h) − e(j,h−1)}, cyclic in {@code h}), the set {@code U} of strategies held
 * at zero (or beyond the leash), the base point's cone coordinates {@code ab}, the order {@code π_1
 * … π_t} of the directions in the current simplex, the labels of its {@code t + 1} vertices and the
 * index {@code ibar} of the vertex just labelled. The steps — label a vertex; add a direction;
 * replace a vertex (Freudenthal pivot); drop a direction at the region's boundary; shift the base —
 * follow the same case analysis, pivot rules, tie-breaking and leash test as Gambit 16.7's {@code
 * src/solvers/simpdiv/simpdiv.cc} ({@code Simplex}, {@code update}, {@code getY}, {@code getnexty},
 * {@code get_b}, {@code get_c}), so the path, the grid points visited and therefore the point
 * returned are Gambit's. Indices of {@code π} and of the labels are 1-based as in the description;
 * strategies are flat indices (player by player).
 *
 * <p>The round keeps the visited grid point with the smallest largest regret (the first one on
 * ties) and returns it when the labels of one player are complete.
 */
final class PathFollowing {
  /** How a round ended. */
  enum Status {
    DONE,
    STEP_LIMIT,
    TIMEOUT
  }

  private final GridLabeller labeller;
  private final long d;
  private final boolean useLong;
  private final boolean useDouble;
  private final long leash;
  private final int[] owner; // flat -> player
  private final int[] offset;
  private final long[] v;

  private final long[] y;
  private final boolean[] inT;
  private final boolean[] inU;
  private final long[] ab;
  private final int[] pi;
  private final int[] labels;
  private int t;
  private int ibar;

  private long[] best;
  private BigInteger
      bestRegret; // exact (scaled by L·d^n); null until needed when found in floating point
  private double bestApprox; // within the labeller's tolerance of the best regret
  private boolean haveBest;
  long steps;

  PathFollowing(GridLabeller labeller, long[] v, long d, long leash, boolean allowDouble) {
    this.labeller = labeller;
    this.d = d;
    this.useLong = labeller.fitsLong(d);
    this.useDouble = allowDouble && !useLong && d <= (1L << 53);
    this.leash = leash;
    this.offset = labeller.offsets();
    int total = v.length;
    this.owner = new int[total];
    for (int j = 0; j + 1 < offset.length; j++) {
      for (int f = offset[j]; f < offset[j + 1]; f++) {
        owner[f] = j;
      }
    }
    this.v = v.clone();
    this.y = v.clone();
    this.inT = new boolean[total];
    this.inU = new boolean[total];
    this.ab = new long[total];
    this.pi = new int[total + 3];
    this.labels = new int[total + 3];
    java.util.Arrays.fill(pi, -1); // unused rows hold no strategy
    java.util.Arrays.fill(labels, -1);
  }

  /** The best grid point seen (numerators over {@code d}). */
  long[] best() {
    return best.clone();
  }

  /** Its largest regret, scaled by {@code L·d^n} (see {@link GridLabeller}). */
  BigInteger bestRegret() {
    return exactBestRegret();
  }

  private BigInteger exactBestRegret() {
    if (bestRegret == null) {
      labeller.label(best, d, useLong);
      bestRegret = labeller.regret;
    }
    return bestRegret;
  }

  private enum Step {
    LABEL,
    ADD,
    REPLACE,
    DROP,
    SHIFT
  }

  /** Follows the path until one player's labels are complete, or a limit is reached. */
  Status follow(long maxSteps, long deadlineNanos) {
    for (int f = 0; f < v.length; f++) {
      inU[f] = v[f] == 0;
    }
    t = 0;
    ibar = 1;
    best = v.clone();
    bestRegret = null;
    haveBest = false;
    Step step = Step.LABEL;
    int i = 0; // position in π / among the labels the current step works on
    int cur = 0; // the (player, strategy) the current step works on
    int kk = 0; // SHIFT: the strategy whose U-mark is cleared
    while (true) {
      switch (step) {
        case LABEL -> {
          if (steps >= maxSteps) {
            return Status.STEP_LIMIT;
          }
          if ((steps & 1023) == 0 && System.nanoTime() - deadlineNanos > 0) {
            return Status.TIMEOUT;
          }
          steps++;
          cur = label(y);
          labels[ibar] = cur;
          if (!inT[cur] && !inU[cur]) {
            int j = owner[cur];
            if (countTU(j) == size(j) - 1) {
              return Status.DONE; // player j's labels are complete
            }
            i = t + 1;
            step = Step.ADD;
          } else if (inT[cur]) {
            i = 1;
            while (labels[i] != cur || i == ibar) {
              i++;
            }
            step = Step.REPLACE;
          } else {
            int k = cur;
            while (inU[k]) {
              k = next(k);
            }
            if (!inT[k]) {
              i = t + 1;
            } else {
              i = 1;
              while (pi[i] != k && i <= t) {
                i++;
              }
            }
            step = Step.ADD;
          }
        }
        case ADD -> {
          vertex(y, i);
          rotateDown(pi, i, t + 1);
          pi[i] = cur;
          rotateDown(labels, i + 1, t + 2);
          ibar = i + 1;
          t++;
          advance(y, i);
          inT[cur] = true;
          inU[cur] = false;
          step = Step.LABEL;
        }
        case REPLACE -> {
          int f = pi[i == t + 1 ? t : i];
          int j = owner[f];
          int k = i < t + 1 ? before(f) : f;
          kk = after(f);
          vertex(y, i == 1 ? t + 1 : (i == t + 1 ? 1 : i - 1));
          if (i == 1 && blocked(k)) {
            if (countTU(j) == size(j) - 1) {
              inU[k] = true;
              return Status.DONE;
            }
            update(j, i);
            inU[k] = true;
            advance(y, t);
            step = Step.LABEL;
          } else if (i >= 2 && i <= t && blocked(k)) {
            step = Step.DROP;
          } else if (i == t + 1 && ab[kk] == 0) {
            cur = f;
            if (blocked(f)) {
              step = Step.DROP;
            } else {
              boolean passed = false;
              while (ab[kk] == 0 && !passed) {
                passed = kk == f;
                kk = next(kk);
              }
              kk = prev(kk);
              step = kk == f ? Step.DROP : Step.SHIFT;
            }
          } else {
            if (i <= t) {
              advance(y, i);
            } else {
              int g = pi[t];
              y[g] -= 1;
              y[before(g)] += 1;
            }
            update(j, i);
            step = Step.LABEL;
          }
        }
        case DROP -> {
          vertex(y, 1);
          int f = pi[i - 1];
          inT[f] = false;
          if (blocked(f)) {
            inU[f] = true;
          }
          rotateUp(labels, i, t + 1);
          rotateUp(pi, i - 1, t);
          t--;
          int ii = 1;
          while (labels[ii] != f) {
            ii++;
          }
          i = ii;
          step = Step.REPLACE;
        }
        case SHIFT -> {
          int f = cur;
          rotateDown(labels, 1, t + 1);
          ibar = 1;
          rotateDown(pi, 1, t);
          inU[kk] = false;
          int g = pi[1];
          y[g] -= 1;
          y[before(g)] += 1;
          addAround(f, -1);
          step = Step.LABEL;
        }
        default -> throw new IllegalStateException("unknown step " + step);
      }
    }
  }

  /**
   * Labels {@code x} and keeps it when its largest regret is strictly below the best so far. In
   * floating point when no decision is within rounding distance of a tie, exactly otherwise; the
   * answers are those of exact arithmetic either way.
   */
  private int label(long[] x) {
    if (useDouble && labeller.labelDouble(x, d)) {
      int l = labeller.labelFlat;
      double r = labeller.regretDouble;
      double margin = 2 * labeller.tolerance;
      if (!haveBest || r < bestApprox - margin) {
        keep(x, null, r);
      } else if (r <= bestApprox + margin) {
        labeller.label(x, d, useLong); // too close to call: decide exactly
        BigInteger exact = labeller.regret;
        if (exact.compareTo(exactBestRegret()) < 0) {
          keep(x, exact, r);
        }
      }
      return l;
    }
    labeller.label(x, d, useLong);
    BigInteger exact = labeller.regret;
    int l = labeller.labelFlat;
    if (!haveBest || exact.compareTo(exactBestRegret()) < 0) {
      keep(x, exact, labeller.unscaled(exact, d));
    }
    return l;
  }

  private void keep(long[] x, BigInteger exact, double approx) {
    best = x.clone();
    bestRegret = exact;
    bestApprox = approx;
    haveBest = true;
  }

  /**
   * Strategy {@code f} cannot move further: at zero, or the leash (distance from {@code v}) is used
   * up.
   */
  private boolean blocked(int f) {
    return y[f] <= 0 || v[f] - y[f] >= leash;
  }

  /** After a pivot at position {@code i}: reorders π and the labels and moves the base. */
  private void update(int j, int i) {
    if (i >= 2 && i <= t) {
      int tmp = pi[i];
      pi[i] = pi[i - 1];
      pi[i - 1] = tmp;
      ibar = i;
    } else if (i == 1) {
      rotateUp(labels, 1, t + 1);
      ibar = t + 1;
      int g = pi[1];
      if (owner[g] == j) {
        addAround(g, +1);
        rotateUp(pi, 1, t);
      }
    } else if (i == t + 1) {
      rotateDown(labels, 1, t + 1);
      ibar = 1;
      int g = pi[t];
      if (owner[g] == j) {
        addAround(g, -1);
        rotateDown(pi, 1, t);
      }
    }
  }

  /**
   * Adds {@code delta} to {@code ab} from {@code after(g)} cyclically up to and including {@code
   * g}.
   */
  private void addAround(int g, long delta) {
    int k = after(g);
    while (true) {
      ab[k] += delta;
      if (k == g) {
        return;
      }
      k = next(k);
    }
  }

  /**
   * Vertex {@code k} of the current simplex into {@code x}: the base point, then {@code k − 1}
   * steps.
   */
  private void vertex(long[] x, int k) {
    System.arraycopy(v, 0, x, 0, v.length);
    for (int f = 0; f < x.length; f++) {
      if ((inT[f] || inU[f]) && ab[f] != 0) {
        x[f] += ab[f];
        x[prev(f)] -= ab[f];
      }
    }
    for (int s = 2; s <= k; s++) {
      advance(x, s - 1);
    }
  }

  /** One step along direction {@code π_i}: {@code +1} on it, {@code −1} on its free predecessor. */
  private void advance(long[] x, int i) {
    int f = pi[i];
    x[f] += 1;
    x[before(f)] -= 1;
  }

  /** The cyclic predecessor of {@code f} within its player that is not in {@code U}. */
  private int before(int f) {
    int k = prev(f);
    while (inU[k]) {
      k = prev(k);
    }
    return k;
  }

  /** The cyclic successor of {@link #before(int)}. */
  private int after(int f) {
    return next(before(f));
  }

  private int next(int f) {
    int j = owner[f];
    return f + 1 == offset[j + 1] ? offset[j] : f + 1;
  }

  private int prev(int f) {
    int j = owner[f];
    return f == offset[j] ? offset[j + 1] - 1 : f - 1;
  }

  private int size(int j) {
    return offset[j + 1] - offset[j];
  }

  private int countTU(int j) {
    int c = 0;
    for (int f = offset[j]; f < offset[j + 1]; f++) {
      if (inT[f] || inU[f]) {
        c++;
      }
    }
    return c;
  }

  /** Row {@code hi} moves to {@code lo}; rows {@code lo … hi−1} move down by one. */
  private static void rotateDown(int[] a, int lo, int hi) {
    if (hi < lo || hi >= a.length) {
      throw new IllegalStateException("simpdiv: rotation of rows " + lo + ".." + hi);
    }
    int tmp = a[hi];
    System.arraycopy(a, lo, a, lo + 1, hi - lo);
    a[lo] = tmp;
  }

  /** Row {@code lo} moves to {@code hi}; rows {@code lo+1 … hi} move up by one. */
  private static void rotateUp(int[] a, int lo, int hi) {
    if (hi < lo || hi >= a.length) {
      throw new IllegalStateException("simpdiv: rotation of rows " + lo + ".." + hi);
    }
    int tmp = a[lo];
    System.arraycopy(a, lo + 1, a, lo, hi - lo);
    a[hi] = tmp;
  }
}
