package org.parley.games.normal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * All maximal bicliques (maximal product sets {@code U × V} of left and right nodes every pair of
 * which is an edge) of a bipartite graph: von Stengel's (1998) bipartite variant of version 2 of
 * Bron and Kerbosch's clique search (C. Bron, J. Kerbosch 1973, "Finding all cliques of an
 * undirected graph", Comm. ACM 16(9):575–577), as used for the maximal Nash subsets of a bimatrix
 * game (Avis, Rosenberg, Savani and von Stengel 2010, "Enumeration of Nash equilibria for
 * two-player games", Economic Theory 42:9–37, section 6).
 *
 * <p>Why this algorithm: it is the one Gambit 16.7's {@code gambit-enummixed -c} runs, and the
 * order in which it lists the bicliques (and the nodes within each) is part of Gambit's output;
 * this class reproduces that order. Rules read in gambitproject/gambit at commit 7ff0e81 ({@code
 * src/solvers/enummixed/clique.cc}); the code is our own.
 *
 * <p>Method. The graph is split into connected components by merging edge lists (a new edge joins
 * the lists of its endpoints' components; when it links two components, its own list — the edge,
 * then the larger-numbered component's edges — is put in front of the smaller-numbered one's, which
 * keeps its number). Each component, in number order, gets local node numbers in order of first
 * appearance along its edge list. The search keeps, for each side, a set CAND of nodes that may
 * still extend the current biclique and a set NOT of nodes already tried; both live in intervals of
 * one integer stack. A step picks a <em>fixpoint</em>: among the nodes of NOT ∪ CAND of side 1,
 * then of side 2, the first with strictly fewest non-neighbours among the other side's candidates.
 * If the fixpoint is a candidate it is tried first (added to the biclique, the other side's NOT and
 * CAND cut to its neighbours, then moved to NOT); then each of its non-neighbours is tried the same
 * way. Removing a candidate swaps it with the last one of CAND, which is why the order of later
 * candidates depends on earlier steps. A biclique is reported when both CAND and NOT are empty and
 * both sides of it are non-empty. Unlike Gambit's fixed 700 × 700 arrays, the stack grows as
 * needed, so there is no size limit.
 *
 * <p>Cost: output-sensitive backtracking, exponential in the worst case (a graph can have
 * exponentially many maximal bicliques); each step scans the current CAND and NOT sets, and the
 * component pass may re-label an edge list once per merge ({@code O(E²)} in the worst case).
 * Isolated nodes do not exist here (a node is known only through its edges).
 *
 * <pre>{@code
 * var cliques = BipartiteCliqueEnumeration.maximalBicliques(List.of(
 *     new Edge(1, 1), new Edge(1, 2), new Edge(2, 2)));
 * // [Biclique[left=[1, 2], right=[2]], Biclique[left=[1], right=[2, 1]]]
 * }</pre>
 */
public final class BipartiteCliqueEnumeration {
  private BipartiteCliqueEnumeration() {}

  /** An edge between left node {@code left} and right node {@code right} (any int names). */
  public record Edge(int left, int right) {}

  /**
   * A maximal biclique: every left node is adjacent to every right node, and no node can be added
   * on either side; both lists are non-empty, without repeats, in the order the search added them.
   */
  public record Biclique(List<Integer> left, List<Integer> right) {
    public Biclique {
      left = List.copyOf(left);
      right = List.copyOf(right);
      if (left.isEmpty() || right.isEmpty()) {
        throw new IllegalArgumentException(
            "a biclique needs nodes on both sides, got left " + left + " and right " + right);
      }
    }
  }

  /**
   * The maximal bicliques of the graph with these edges (repeated edges are harmless), component by
   * component in the order described in the class comment.
   */
  public static List<Biclique> maximalBicliques(List<Edge> edges) {
    Objects.requireNonNull(edges, "edges");
    int count = edges.size();
    int[] left = new int[count];
    int[] right = new int[count];
    for (int e = 0; e < count; e++) {
      Edge edge = Objects.requireNonNull(edges.get(e), "edge " + e);
      left[e] = edge.left();
      right[e] = edge.right();
    }
    // connected components as linked edge lists: first[co] (co = 1..numco) and next[e], −1 ends
    int[] next = new int[count];
    int[] first = new int[count + 2];
    Arrays.fill(first, -1);
    Map<Integer, Integer> co1 = new HashMap<>();
    Map<Integer, Integer> co2 = new HashMap<>();
    int numco = 0;
    for (int e = 0; e < count; e++) {
      int ico = co1.getOrDefault(left[e], 0);
      int jco = co2.getOrDefault(right[e], 0);
      if (ico == 0 && jco == 0) {
        numco++;
        co1.put(left[e], numco);
        co2.put(right[e], numco);
        first[numco] = e;
        next[e] = -1;
      } else if (ico == 0 || jco == 0 || ico == jco) {
        int co = ico == 0 ? jco : ico;
        co1.put(left[e], co);
        co2.put(right[e], co);
        next[e] = first[co];
        first[co] = e;
      } else {
        int keep = Math.min(ico, jco);
        int gone = Math.max(ico, jco);
        next[e] = first[gone];
        int last = e;
        while (true) {
          co1.put(left[last], keep);
          co2.put(right[last], keep);
          if (next[last] < 0) {
            break;
          }
          last = next[last];
        }
        next[last] = first[keep];
        first[keep] = e;
        if (gone == numco) {
          numco--;
        }
        first[gone] = -1;
      }
    }
    List<Biclique> out = new ArrayList<>();
    for (int co = 1; co <= numco; co++) {
      if (first[co] >= 0) {
        new Component(first[co], next, left, right, out).search();
      }
    }
    return List.copyOf(out);
  }

  /** The search on one connected component, with local node numbers 0..m−1 and 0..n−1. */
  private static final class Component {
    private final int[] orig1;
    private final int[] orig2;
    private final BitSet[] adjacent; // adjacent[i].get(j): local left i, local right j
    private final int[] clique1;
    private final int[] clique2;
    private final List<Biclique> out;
    private int[] stk;

    Component(int firstEdge, int[] next, int[] left, int[] right, List<Biclique> out) {
      Map<Integer, Integer> local1 = new HashMap<>();
      Map<Integer, Integer> local2 = new HashMap<>();
      List<Integer> names1 = new ArrayList<>();
      List<Integer> names2 = new ArrayList<>();
      List<BitSet> rows = new ArrayList<>();
      for (int e = firstEdge; e >= 0; e = next[e]) {
        Integer i = local1.get(left[e]);
        if (i == null) {
          i = names1.size();
          local1.put(left[e], i);
          names1.add(left[e]);
          rows.add(new BitSet());
        }
        Integer j = local2.get(right[e]);
        if (j == null) {
          j = names2.size();
          local2.put(right[e], j);
          names2.add(right[e]);
        }
        rows.get(i).set(j);
      }
      orig1 = names1.stream().mapToInt(Integer::intValue).toArray();
      orig2 = names2.stream().mapToInt(Integer::intValue).toArray();
      adjacent = rows.toArray(new BitSet[0]);
      clique1 = new int[orig1.length];
      clique2 = new int[orig2.length];
      this.out = out;
      stk = new int[2 * (orig1.length + orig2.length) + 16];
    }

    void search() {
      int m = orig1.length;
      int n = orig2.length;
      int tos = 0;
      for (int i = 0; i < m; i++) {
        stk[tos++] = i; // CAND1: every left node
      }
      for (int j = 0; j < n; j++) {
        stk[tos++] = j; // CAND2: every right node
      }
      extend(0, 0, 0, 0, m, m, m, m + n, tos);
    }

    private void ensure(int size) {
      if (size > stk.length) {
        stk = Arrays.copyOf(stk, Math.max(size, 2 * stk.length));
      }
    }

    /** Where the fixpoint search of one {@link #extend} call stands. */
    private static final class Fixpoint {
      int node;
      int position;
      int fewest;
      int saved; // stack position of the fixpoint's non-neighbours
      int scratch; // stack position of the list being built
    }

    /**
     * Reports the current biclique when nothing can extend it, otherwise extends it. The current
     * biclique is {@code clique1[0, size1) × clique2[0, size2)}; on side k, NOT is {@code stk[snk,
     * sck)} and CAND is {@code stk[sck, eck)}; the stack is free from {@code tos}.
     */
    private void extend(
        int size1, int size2, int sn1, int sc1, int ec1, int sn2, int sc2, int ec2, int tos) {
      if (sc1 == ec1 && sc2 == ec2) {
        if (sn1 == sc1 && sn2 == sc2 && size1 > 0 && size2 > 0) {
          report(size1, size2);
        }
        return;
      }
      int cmax = Math.max(ec1 - sc1, ec2 - sc2);
      ensure(tos + 2 * cmax);
      Fixpoint fix = new Fixpoint();
      fix.fewest = cmax + 1;
      fix.scratch = tos;
      fix.saved = tos + cmax;
      boolean fixIn1 = findFixpoint(fix, sn1, ec1, sc2, ec2, true);
      boolean fixIsCandidate = fixIn1 && fix.position >= sc1;
      if (findFixpoint(fix, sn2, ec2, sc1, ec1, false)) {
        fixIn1 = false;
        fixIsCandidate = fix.position >= sc2;
      }
      // keep the fixpoint's non-neighbours at the bottom of the reserved space
      if (fix.saved != tos) {
        System.arraycopy(stk, fix.saved, stk, tos, fix.fewest);
      }
      int saved = tos;
      int top = saved + fix.fewest;
      if (fixIn1) {
        if (fixIsCandidate) {
          tryLeft(fix.node, size1, size2, sn1, sc1, ec1, sn2, sc2, ec2, top);
          sc1++;
        }
        for (int k = 0; k < fix.fewest; k++) {
          tryRight(stk[saved + k], size1, size2, sn1, sc1, ec1, sn2, sc2, ec2, top);
          sc2++;
        }
      } else {
        if (fixIsCandidate) {
          tryRight(fix.node, size1, size2, sn1, sc1, ec1, sn2, sc2, ec2, top);
          sc2++;
        }
        for (int k = 0; k < fix.fewest; k++) {
          tryLeft(stk[saved + k], size1, size2, sn1, sc1, ec1, sn2, sc2, ec2, top);
          sc1++;
        }
      }
    }

    /**
     * Looks among {@code stk[from, to)} (side 1 when {@code inspect1}) for a node with fewer
     * non-neighbours in the other side's CAND {@code stk[scOther, ecOther)} than found so far; the
     * first such node wins, and its non-neighbours are left at {@code fix.saved}. Returns whether
     * one was found.
     */
    private boolean findFixpoint(
        Fixpoint fix, int from, int to, int scOther, int ecOther, boolean inspect1) {
      boolean found = false;
      for (int i = from; i < to; i++) {
        int p = stk[i];
        int count = 0;
        for (int j = scOther; j < ecOther && count < fix.fewest; j++) {
          int q = stk[j];
          if (!(inspect1 ? adjacent[p].get(q) : adjacent[q].get(p))) {
            stk[fix.scratch + count++] = q;
          }
        }
        if (count < fix.fewest) {
          fix.node = p;
          fix.position = i;
          fix.fewest = count;
          int t = fix.saved;
          fix.saved = fix.scratch;
          fix.scratch = t;
          found = true;
        }
      }
      return found;
    }

    /**
     * Adds candidate {@code cand} of side 1 to the biclique, extends it with side 2's NOT and CAND
     * cut to {@code cand}'s neighbours, then moves {@code cand} to the front of CAND1 (the caller
     * then counts it in NOT1 by advancing {@code sc1}).
     */
    private void tryLeft(
        int cand,
        int size1,
        int size2,
        int sn1,
        int sc1,
        int ec1,
        int sn2,
        int sc2,
        int ec2,
        int tos) {
      clique1[size1] = cand;
      ec1 = removeCandidate(cand, sc1, ec1);
      ensure(tos + ec2 - sn2);
      int snNew = tos;
      for (int j = sn2; j < sc2; j++) {
        if (adjacent[cand].get(stk[j])) {
          stk[tos++] = stk[j];
        }
      }
      int scNew = tos;
      for (int j = sc2; j < ec2; j++) {
        if (adjacent[cand].get(stk[j])) {
          stk[tos++] = stk[j];
        }
      }
      extend(size1 + 1, size2, sn1, sc1, ec1, snNew, scNew, tos, tos);
      stk[ec1] = stk[sc1];
      stk[sc1] = cand;
    }

    /** As {@link #tryLeft}, sides exchanged. */
    private void tryRight(
        int cand,
        int size1,
        int size2,
        int sn1,
        int sc1,
        int ec1,
        int sn2,
        int sc2,
        int ec2,
        int tos) {
      clique2[size2] = cand;
      ec2 = removeCandidate(cand, sc2, ec2);
      ensure(tos + ec1 - sn1);
      int snNew = tos;
      for (int i = sn1; i < sc1; i++) {
        if (adjacent[stk[i]].get(cand)) {
          stk[tos++] = stk[i];
        }
      }
      int scNew = tos;
      for (int i = sc1; i < ec1; i++) {
        if (adjacent[stk[i]].get(cand)) {
          stk[tos++] = stk[i];
        }
      }
      extend(size1, size2 + 1, snNew, scNew, tos, sn2, sc2, ec2, tos);
      stk[ec2] = stk[sc2];
      stk[sc2] = cand;
    }

    /**
     * Takes {@code cand} out of CAND {@code stk[sc, ec)} by overwriting it with the last candidate;
     * returns the new end.
     */
    private int removeCandidate(int cand, int sc, int ec) {
      for (int i = sc; i < ec; i++) {
        if (stk[i] == cand) {
          stk[i] = stk[ec - 1];
          return ec - 1;
        }
      }
      throw new IllegalStateException("node " + cand + " is not a candidate");
    }

    private void report(int size1, int size2) {
      List<Integer> u = new ArrayList<>(size1);
      for (int k = 0; k < size1; k++) {
        u.add(orig1[clique1[k]]);
      }
      List<Integer> v = new ArrayList<>(size2);
      for (int k = 0; k < size2; k++) {
        v.add(orig2[clique2[k]]);
      }
      out.add(new Biclique(u, v));
    }
  }
}
