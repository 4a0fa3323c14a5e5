package org.parley.summit.compliance;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.parley.games.BehaviourProfile;
import org.parley.games.ChanceInfoset;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.Infoset;
import org.parley.games.MixedProfile;
import org.parley.games.Node;
import org.parley.games.Outcome;
import org.parley.games.Rational;
import org.parley.games.ReducedNormalForm;
import org.parley.games.normal.LemkeHowson;
import org.parley.games.seqform.SequenceForm;
import org.parley.games.seqform.SequenceFormLemke;
import org.parley.games.seqform.SequenceFormResult;
import org.parley.games.solver.Equilibrium;
import org.parley.games.solver.SolveOptions;
import org.parley.games.solver.SolverResult;

/**
 * One phase's compliance game (summit.md §2 D) as an extensive-form game, and its solution by
 * Lemke's algorithm on the sequence form (Koller, Megiddo and von Stengel 1996; {@link
 * SequenceFormLemke}).
 *
 * <p>The tree: chance draws the complier's type (opportunistic with probability {@code π}); the
 * complier, knowing its type, complies, cheats at a declared site or cheats at an undeclared site
 * (one information set per type); the inspector, seeing neither, picks a share of its effort for
 * undeclared sites from the grid (one information set); chance then draws, after compliance, a
 * false alarm or none, and after a violation, detection or none. Player 1 is the complier, player 2
 * the inspector side. Size: {@code 1 + 2(1 + 3(1 + 3G'))} nodes for {@code G'} shares; the sequence
 * form has 7 and {@code G' + 1} sequences, so one solve takes well under a millisecond.
 *
 * <p>Payoffs (complier; {@code K} added to cheating only for the sincere type): comply {@code B − C
 * − ρV}, minus {@code φB} after a false alarm; cheat undetected {@code B − K}; cheat detected
 * {@code −P − K}. Inspector side (Avenhaus, von Stengel and Zamir 2002): 0 for compliance, {@code
 * −e} for a false alarm, {@code −a} for a detected and {@code −c} for an undetected violation, each
 * minus the phase's inspection cost.
 */
public final class ComplianceGame {
  /** The complier's choices, in action order. */
  public static final List<String> CHOICES =
      List.of("comply", "cheat declared", "cheat undeclared");

  private ComplianceGame() {}

  /**
   * The sequence form, built directly from the spec (same numbering as {@link #toExtensiveForm}).
   */
  public static SequenceForm sequenceForm(ComplianceSpec spec) {
    requireNonNull(spec, "spec");
    int g = spec.shares().size();
    int[][] parent = {{0, 0}, {0}};
    int[][] actions = {{3, 3}, {g}};
    List<SequenceForm.Leaf> leaves = new ArrayList<>(2 * 3 * g * 2);
    double alarm = spec.phaseFalseAlarm();
    for (int t = 0; t < 2; t++) {
      double pt = t == 0 ? spec.belief() : 1 - spec.belief();
      if (pt == 0) {
        continue;
      }
      boolean sincere = t == 1;
      for (int choice = 0; choice < 3; choice++) {
        int seq1 = 1 + 3 * t + choice;
        for (int s = 0; s < g; s++) {
          int seq2 = 1 + s;
          if (choice == 0) {
            leaf(
                leaves,
                seq1,
                seq2,
                pt * alarm,
                spec.complyPayoff(true),
                spec.inspectorComply(true));
            leaf(
                leaves,
                seq1,
                seq2,
                pt * (1 - alarm),
                spec.complyPayoff(false),
                spec.inspectorComply(false));
          } else {
            double d = spec.phaseDetection(choice - 1, s);
            leaf(
                leaves,
                seq1,
                seq2,
                pt * d,
                spec.cheatPayoff(true, sincere),
                spec.inspectorCheat(true));
            leaf(
                leaves,
                seq1,
                seq2,
                pt * (1 - d),
                spec.cheatPayoff(false, sincere),
                spec.inspectorCheat(false));
          }
        }
      }
    }
    return new SequenceForm(parent, actions, leaves);
  }

  private static void leaf(
      List<SequenceForm.Leaf> leaves, int s1, int s2, double p, double u1, double u2) {
    if (p > 0) {
      leaves.add(new SequenceForm.Leaf(s1, s2, p, u1, u2));
    }
  }

  /**
   * Solves the game with {@link SequenceFormLemke}.
   *
   * @throws IllegalStateException when the solver does not return an equilibrium (pivot limit or
   *     ray termination from round-off)
   */
  public static PhaseEquilibrium solve(ComplianceSpec spec) {
    return solve(spec, new SequenceFormLemke());
  }

  /**
   * Solves the game with the given solver; should Lemke's method fail on the sequence form (pivot
   * limit, or ray termination from round-off), falls back to Lemke–Howson on the reduced normal
   * form of the tree ({@link ReducedNormalForm}, {@link LemkeHowson}), and names the method used.
   */
  public static PhaseEquilibrium solve(ComplianceSpec spec, SequenceFormLemke solver) {
    SequenceForm sf = sequenceForm(spec);
    SequenceFormResult r = solver.solve(sf);
    if (r instanceof SequenceFormResult.Equilibrium eq) {
      return equilibrium(
          spec,
          eq.behaviour1(),
          eq.behaviour2()[0],
          eq.payoffs(),
          eq.maxRegret(),
          eq.pivots(),
          "lcp");
    }
    return fallback(spec, r);
  }

  private static PhaseEquilibrium fallback(ComplianceSpec spec, SequenceFormResult failure) {
    ExtensiveFormGame tree = toExtensiveForm(spec);
    ReducedNormalForm rnf = ReducedNormalForm.of(tree);
    SolverResult<MixedProfile> result =
        new LemkeHowson().solve(rnf.game(), SolveOptions.defaults());
    if (result.equilibria().isEmpty()) {
      throw new IllegalStateException(
          "the compliance game of phase '"
              + spec.phaseId()
              + "' was not solved by the sequence form ("
              + failure
              + ") nor by Lemke–Howson");
    }
    Equilibrium<MixedProfile> eq = result.equilibria().get(0);
    BehaviourProfile b = rnf.toBehaviour(eq.profile());
    double[][] b1 = new double[2][3];
    for (int t = 0; t < 2; t++) {
      for (int a = 0; a < 3; a++) {
        b1[t][a] = b.probability(0, t, a);
      }
    }
    int g = spec.shares().size();
    double[] b2 = new double[g];
    for (int s = 0; s < g; s++) {
      b2[s] = b.probability(1, 0, s);
    }
    double[] pay = tree.expectedPayoffs(b);
    double[] regrets = tree.regrets(b);
    return equilibrium(
        spec,
        b1,
        b2,
        pay,
        Math.max(regrets[0], regrets[1]),
        0,
        "lemke-howson (reduced normal form)");
  }

  private static PhaseEquilibrium equilibrium(
      ComplianceSpec spec,
      double[][] behaviour1,
      double[] behaviour2,
      double[] payoffs,
      double regret,
      int pivots,
      String method) {
    int g = spec.shares().size();
    double[] y = new double[g];
    List<Double> allocation = new ArrayList<>(g);
    double total = 0;
    for (int s = 0; s < g; s++) {
      y[s] = Math.max(0, behaviour2[s]);
      total += y[s];
    }
    for (int s = 0; s < g; s++) {
      y[s] /= total;
      allocation.add(y[s]);
    }
    double pd = 0;
    double pu = 0;
    for (int s = 0; s < g; s++) {
      pd += y[s] * spec.phaseDetection(0, s);
      pu += y[s] * spec.phaseDetection(1, s);
    }
    double alarm = spec.phaseFalseAlarm();
    TypeStrategy[] types = new TypeStrategy[2];
    for (int t = 0; t < 2; t++) {
      double pt = t == 0 ? spec.belief() : 1 - spec.belief();
      if (pt == 0) {
        types[t] = bestResponse(spec, t == 1, pd, pu, alarm);
      } else {
        double[] b = behaviour1[t];
        double sum = Math.max(0, b[0]) + Math.max(0, b[1]) + Math.max(0, b[2]);
        types[t] =
            new TypeStrategy(
                Math.max(0, b[0]) / sum, Math.max(0, b[1]) / sum, Math.max(0, b[2]) / sum);
      }
    }
    double pi = spec.belief();
    double cheat = pi * types[0].cheat() + (1 - pi) * types[1].cheat();
    double detected =
        pi * (types[0].cheatDeclared() * pd + types[0].cheatUndeclared() * pu)
            + (1 - pi) * (types[1].cheatDeclared() * pd + types[1].cheatUndeclared() * pu);
    return new PhaseEquilibrium(
        spec,
        types[0],
        types[1],
        allocation,
        pd,
        pu,
        alarm,
        cheat,
        detected,
        cheat - detected,
        payoffs[0],
        payoffs[1],
        regret,
        pivots,
        method);
  }

  /** The pure best response of a type of probability zero (ties go to compliance). */
  private static TypeStrategy bestResponse(
      ComplianceSpec spec, boolean sincere, double pd, double pu, double alarm) {
    double comply = alarm * spec.complyPayoff(true) + (1 - alarm) * spec.complyPayoff(false);
    double dec = pd * spec.cheatPayoff(true, sincere) + (1 - pd) * spec.cheatPayoff(false, sincere);
    double und = pu * spec.cheatPayoff(true, sincere) + (1 - pu) * spec.cheatPayoff(false, sincere);
    if (comply >= dec && comply >= und) {
      return new TypeStrategy(1, 0, 0);
    }
    return dec >= und ? new TypeStrategy(0, 1, 0) : new TypeStrategy(0, 0, 1);
  }

  /**
   * The game as an {@link ExtensiveFormGame} (exact chance probabilities and payoffs of the
   * doubles).
   */
  public static ExtensiveFormGame toExtensiveForm(ComplianceSpec spec) {
    requireNonNull(spec, "spec");
    int g = spec.shares().size();
    List<String> shareLabels = new ArrayList<>(g);
    for (double s : spec.shares()) {
      shareLabels.add(String.format(java.util.Locale.ROOT, "undeclared share %.4f", s));
    }
    int total = 1 + 2 * (1 + 3 * (1 + 3 * g));
    Node[] nodes = new Node[total];
    List<Integer> complierNodes = new ArrayList<>();
    List<Integer> inspectorNodes = new ArrayList<>();
    List<ChanceInfoset> chance = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>();
    String[] typeNames = {"opportunistic", "sincere"};
    int[] next = {1};
    // outcomes: per type, comply ok, comply alarm, cheat detected, cheat undetected
    int[][] outcome = new int[2][4];
    for (int t = 0; t < 2; t++) {
      boolean sincere = t == 1;
      double[][] pay = {
        {spec.complyPayoff(false), spec.inspectorComply(false)},
        {spec.complyPayoff(true), spec.inspectorComply(true)},
        {spec.cheatPayoff(true, sincere), spec.inspectorCheat(true)},
        {spec.cheatPayoff(false, sincere), spec.inspectorCheat(false)},
      };
      String[] names = {
        "complied", "complied, false alarm", "violation detected", "violation undetected"
      };
      for (int o = 0; o < 4; o++) {
        outcome[t][o] = outcomes.size();
        outcomes.add(
            new Outcome(
                outcomes.size() + 1,
                typeNames[t] + ": " + names[o],
                List.of(Rational.ofDouble(pay[o][0]), Rational.ofDouble(pay[o][1]))));
      }
    }
    Rational pi = Rational.ofDouble(spec.belief());
    Rational alarm = Rational.ofDouble(spec.phaseFalseAlarm());
    chance.add(null); // root's chance set, filled below
    List<Integer> rootChildren = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      int cNode = next[0]++;
      rootChildren.add(cNode);
      complierNodes.add(cNode);
      List<Integer> cChildren = new ArrayList<>();
      for (int choice = 0; choice < 3; choice++) {
        int iNode = next[0]++;
        cChildren.add(iNode);
        inspectorNodes.add(iNode);
        List<Integer> iChildren = new ArrayList<>();
        for (int s = 0; s < g; s++) {
          int chNode = next[0]++;
          iChildren.add(chNode);
          int hit = next[0]++;
          int miss = next[0]++;
          Rational p = choice == 0 ? alarm : Rational.ofDouble(spec.phaseDetection(choice - 1, s));
          int chanceIndex = chance.size();
          chance.add(
              new ChanceInfoset(
                  chanceIndex,
                  chanceIndex + 1,
                  choice == 0 ? "false alarm?" : "detected?",
                  choice == 0
                      ? List.of("false alarm", "no alarm")
                      : List.of("detected", "not detected"),
                  List.of(p, Rational.ONE.subtract(p)),
                  List.of(chNode)));
          nodes[chNode] = new Node.Chance(chNode, "", iNode, chanceIndex, List.of(hit, miss), -1);
          int oHit = choice == 0 ? outcome[t][1] : outcome[t][2];
          int oMiss = choice == 0 ? outcome[t][0] : outcome[t][3];
          nodes[hit] = new Node.Terminal(hit, "", chNode, oHit);
          nodes[miss] = new Node.Terminal(miss, "", chNode, oMiss);
        }
        nodes[iNode] = new Node.Personal(iNode, "", cNode, 1, 0, iChildren, -1);
      }
      nodes[cNode] = new Node.Personal(cNode, typeNames[t], 0, 0, t, cChildren, -1);
    }
    chance.set(
        0,
        new ChanceInfoset(
            0,
            1,
            "type",
            List.of(typeNames[0], typeNames[1]),
            List.of(pi, Rational.ONE.subtract(pi)),
            List.of(0)));
    nodes[0] = new Node.Chance(0, "", -1, 0, rootChildren, -1);
    List<List<Infoset>> infosets =
        List.of(
            List.of(
                new Infoset(0, 0, 1, typeNames[0], CHOICES, List.of(complierNodes.get(0))),
                new Infoset(0, 1, 2, typeNames[1], CHOICES, List.of(complierNodes.get(1)))),
            List.of(new Infoset(1, 0, 1, "allocation", shareLabels, inspectorNodes)));
    String title = "Compliance game, phase " + spec.index() + " (" + spec.phaseId() + ")";
    String comment =
        "Parley summit model, stage D (docs/models/summit.md): chance draws the complier's type,"
            + " the complier complies or cheats at a declared or undeclared site, the inspector allocates effort"
            + " without seeing either, chance draws detection or a false alarm. Belief opportunistic = "
            + spec.belief()
            + "; access "
            + spec.access()
            + "; "
            + spec.periods()
            + " inspection periods.";
    return ExtensiveFormGame.of(
        title,
        comment,
        List.of("complier", "inspector"),
        List.of(nodes),
        infosets,
        chance,
        outcomes);
  }
}
