package org.parley.games.method;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.games.cfr.CfrPlus;
import org.parley.games.extensive.PureBehaviourEnumeration;
import org.parley.games.normal.LemkeHowson;
import org.parley.games.normal.PureStrategyEnumeration;
import org.parley.games.normal.ZeroSumLp;
import org.parley.games.seqform.SequenceFormLemke;
import org.parley.games.seqform.SequenceFormLp;
import org.parley.games.simpdiv.SimplicialSubdivision;

/**
 * The registry of solution methods by name, in the order help texts list them. Each entry names its
 * solver classes; nothing here chooses an algorithm by flags.
 *
 * <p>How each runs on a tree follows Gambit 16.7: {@code enummixed} and {@code simpdiv} on the
 * reduced strategic form, the others in behaviour strategies (sequence form for {@code lcp} and
 * {@code lp}); {@link MethodSettings#strategic()} sends any method with a strategic version to the
 * reduced form.
 */
public final class SolutionMethods {
  private static final Map<String, SolutionMethod> METHODS = new LinkedHashMap<>();

  static {
    add(
        new SolverMethod(
            "enumpure",
            "pure-strategy equilibria (n players)",
            true,
            s -> new PureStrategyEnumeration(),
            s -> new PureBehaviourEnumeration(100 * s.maxStrategies()),
            (tree, p, s) ->
                s.decimals() < 0
                    ? PureBehaviourEnumeration.gambitLine(tree, p)
                    : SolverMethod.TreeLine.PLAIN.line(tree, p, s)));
    add(new EnumMixedMethod());
    add(
        new SolverMethod(
            "lcp",
            "Lemke-Howson (strategic form) or Lemke on the sequence form (trees); 2 players",
            true,
            s -> new LemkeHowson(),
            s -> new SequenceFormLemke(),
            SolverMethod.TreeLine.PLAIN));
    add(
        new SolverMethod(
            "lp",
            "linear programming, 2-player zero-sum games (sequence form on trees)",
            true,
            s -> new ZeroSumLp(),
            s -> new SequenceFormLp(),
            SolverMethod.TreeLine.PLAIN));
    add(new LogitMethod());
    add(
        new SolverMethod(
            "simpdiv",
            "simplicial subdivision (n players)",
            true,
            s -> new SimplicialSubdivision(),
            null,
            SolverMethod.TreeLine.PLAIN));
    add(
        new SolverMethod(
            "cfr",
            "CFR+ on 2-player zero-sum trees, to a target exploitability",
            false,
            null,
            s -> new CfrPlus(s.iterations(), s.targetExploitability(), 10, 0),
            SolverMethod.TreeLine.PLAIN));
  }

  private SolutionMethods() {}

  private static void add(SolutionMethod m) {
    METHODS.put(m.name(), m);
  }

  /** The method called {@code name}, if there is one. */
  public static Optional<SolutionMethod> named(String name) {
    return Optional.ofNullable(METHODS.get(name));
  }

  /** Every method, in the order help texts list them. */
  public static List<SolutionMethod> all() {
    return List.copyOf(METHODS.values());
  }

  /** Every method's name, in order. */
  public static List<String> names() {
    return List.copyOf(METHODS.keySet());
  }

  /** The method used when none is named: {@code lcp} for two players, {@code logit} otherwise. */
  public static SolutionMethod defaultFor(int players) {
    return METHODS.get(players == 2 ? "lcp" : "logit");
  }
}
