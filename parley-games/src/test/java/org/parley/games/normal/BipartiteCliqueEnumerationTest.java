package org.parley.games.normal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.parley.games.normal.BipartiteCliqueEnumeration.Biclique;
import org.parley.games.normal.BipartiteCliqueEnumeration.Edge;

/**
 * {@link BipartiteCliqueEnumeration} on hand-made graphs (expected bicliques read off the drawing;
 * the orders traced by hand through the rules of Gambit's {@code clique.cc}) and against a brute
 * force over all left subsets on seeded random bipartite graphs.
 */
class BipartiteCliqueEnumerationTest {
  private static List<Biclique> cliques(int[]... edges) {
    List<Edge> list = new ArrayList<>();
    for (int[] e : edges) {
      list.add(new Edge(e[0], e[1]));
    }
    return BipartiteCliqueEnumeration.maximalBicliques(list);
  }

  private static Biclique biclique(List<Integer> left, List<Integer> right) {
    return new Biclique(left, right);
  }

  @Test
  void completeBipartiteGraphIsOneBiclique() {
    // K_{2,3}: the whole graph. Traced by hand: local numbers follow the edge list newest first,
    // left 2, 1 and right 3, 2, 1; after right 3 leaves CAND2 by swapping with the last candidate
    // (right 1), right 1 comes before right 2
    assertThat(cliques(new int[][] {{1, 1}, {1, 2}, {1, 3}, {2, 1}, {2, 2}, {2, 3}}))
        .containsExactly(biclique(List.of(2, 1), List.of(3, 1, 2)));
  }

  @Test
  void pathInTheSearchOrder() {
    // edges (1,1), (1,2), (2,2); traced by hand: the edge list of the component is (2,2), (1,2),
    // (1,1), so left 2 and right 2 get local number 0; the fixpoint is left 1 (no non-neighbour),
    // then right 2, which gives {1, 2} × {2} first and {1} × {2, 1} second
    assertThat(cliques(new int[][] {{1, 1}, {1, 2}, {2, 2}}))
        .containsExactly(biclique(List.of(1, 2), List.of(2)), biclique(List.of(1), List.of(2, 1)));
  }

  @Test
  void removalSwapsWithTheLastCandidate() {
    // star (1,2), (3,2), (4,2), traced by hand: local left numbers 0, 1, 2 for nodes 4, 3, 1 (edge
    // list of the component is newest first); node 4 is the first fixpoint and leaves CAND1 by
    // swapping with the last candidate, node 1, which therefore comes next: {4, 1, 3} × {2}
    // (an order-keeping removal would give {4, 3, 1})
    assertThat(cliques(new int[][] {{1, 2}, {3, 2}, {4, 2}}))
        .containsExactly(biclique(List.of(4, 1, 3), List.of(2)));
  }

  @Test
  void componentsInOrderOfTheirNumbers() {
    // two components: {1,2} × {1} (number 1) and {3} × {2,3} (number 2)
    assertThat(cliques(new int[][] {{1, 1}, {3, 2}, {2, 1}, {3, 3}}))
        .containsExactly(biclique(List.of(2, 1), List.of(1)), biclique(List.of(3), List.of(3, 2)));
  }

  @Test
  void mergedComponentKeepsTheSmallerNumber() {
    // (1,1) opens component 1, (2,2) component 2, (3,3) component 3; (2,3) merges 2 and 3 into 2,
    // and number 3 is freed; (4,4) then reuses 3; finally (1,2) merges 1 and 2 into 1. Component 1
    // is listed first, then 3 = {4} × {4}.
    List<Edge> edges =
        List.of(
            new Edge(1, 1),
            new Edge(2, 2),
            new Edge(3, 3),
            new Edge(2, 3),
            new Edge(4, 4),
            new Edge(1, 2));
    List<Biclique> c = BipartiteCliqueEnumeration.maximalBicliques(edges);
    assertThat(c).last().isEqualTo(biclique(List.of(4), List.of(4)));
    assertThat(asSets(c)).hasSize(c.size()).isEqualTo(bruteForce(edges));
  }

  @Test
  void emptyGraphHasNoBiclique() {
    assertThat(BipartiteCliqueEnumeration.maximalBicliques(List.of())).isEmpty();
  }

  @Test
  void repeatedEdgesAreHarmless() {
    assertThat(cliques(new int[][] {{5, 7}, {5, 7}}))
        .containsExactly(biclique(List.of(5), List.of(7)));
  }

  @Property(tries = 300)
  void findsExactlyTheMaximalBicliques(
      @ForAll @IntRange(min = 1, max = 6) int m,
      @ForAll @IntRange(min = 1, max = 6) int n,
      @ForAll @IntRange(min = 1, max = 9) int density,
      @ForAll long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        if (rng.nextInt(10) < density) {
          edges.add(new Edge(i, j));
        }
      }
    }
    // the search must not depend on the edge order for its result set
    java.util.Collections.shuffle(edges, new java.util.Random(seed));
    List<Biclique> found = BipartiteCliqueEnumeration.maximalBicliques(edges);
    for (Biclique b : found) {
      assertThat(b.left()).doesNotHaveDuplicates();
      assertThat(b.right()).doesNotHaveDuplicates();
    }
    assertThat(found).doesNotHaveDuplicates();
    assertThat(asSets(found)).hasSameSizeAs(found).isEqualTo(bruteForce(edges));
  }

  private static Set<List<Set<Integer>>> asSets(List<Biclique> cs) {
    Set<List<Set<Integer>>> out = new HashSet<>();
    for (Biclique b : cs) {
      out.add(List.of(Set.copyOf(b.left()), Set.copyOf(b.right())));
    }
    return out;
  }

  /**
   * Every maximal biclique is {@code U × N(U)} for a non-empty left set U that equals the common
   * neighbourhood of {@code N(U)} (a closed set), with {@code N(U)} non-empty.
   */
  private static Set<List<Set<Integer>>> bruteForce(List<Edge> edges) {
    Set<Edge> has = new HashSet<>(edges);
    List<Integer> lefts = edges.stream().map(Edge::left).distinct().sorted().toList();
    List<Integer> rights = edges.stream().map(Edge::right).distinct().sorted().toList();
    Set<List<Set<Integer>>> out = new HashSet<>();
    for (int mask = 1; mask < 1 << lefts.size(); mask++) {
      Set<Integer> u = new HashSet<>();
      for (int k = 0; k < lefts.size(); k++) {
        if ((mask >> k & 1) != 0) {
          u.add(lefts.get(k));
        }
      }
      Set<Integer> v = new HashSet<>();
      for (int j : rights) {
        if (u.stream().allMatch(i -> has.contains(new Edge(i, j)))) {
          v.add(j);
        }
      }
      if (v.isEmpty()) {
        continue;
      }
      Set<Integer> closure = new HashSet<>();
      for (int i : lefts) {
        if (v.stream().allMatch(j -> has.contains(new Edge(i, j)))) {
          closure.add(i);
        }
      }
      if (closure.equals(u)) {
        out.add(List.of(Set.copyOf(u), Set.copyOf(v)));
      }
    }
    return out;
  }
}
