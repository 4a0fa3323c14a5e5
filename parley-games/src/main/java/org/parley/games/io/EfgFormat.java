package org.parley.games.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.games.ChanceInfoset;
import org.parley.games.ExtensiveFormGame;
import org.parley.games.Infoset;
import org.parley.games.Node;
import org.parley.games.Outcome;
import org.parley.games.Rational;
import org.parley.games.io.Lexer.Kind;
import org.parley.games.io.Lexer.Token;

/**
 * Gambit's extensive-game format {@code .efg} (version 2, the only version that exists). Source:
 * Gambit documentation, "The extensive game (.efg) file format", and {@code docs/models/games.md}
 * §2. Nodes are listed in depth-first pre-order; action lists (and chance probabilities) are given
 * when an information set first appears and may be repeated identically; an outcome number used
 * again without payoffs refers to its earlier definition. Nodes after a complete tree are ignored
 * with a warning (Gambit ignores them silently).
 */
public final class EfgFormat {
  private EfgFormat() {}

  /** A parsed game and any warnings (e.g. trailing nodes ignored). */
  public record Parsed(ExtensiveFormGame game, List<String> warnings) {
    public Parsed {
      warnings = List.copyOf(warnings);
    }
  }

  public static ExtensiveFormGame read(Path path) throws IOException, GameFormatException {
    return read(Files.readString(path, StandardCharsets.UTF_8));
  }

  public static ExtensiveFormGame read(String text) throws GameFormatException {
    return readWithWarnings(text).game();
  }

  public static Parsed readWithWarnings(Path path) throws IOException, GameFormatException {
    return readWithWarnings(Files.readString(path, StandardCharsets.UTF_8));
  }

  public static Parsed readWithWarnings(String text) throws GameFormatException {
    return new Reader(text).parse();
  }

  private static final class MutableInfoset {
    final int player; // -1 = chance
    final int index;
    final int number;
    final String name;
    final List<String> actions;
    final List<Rational> probs;
    final List<Integer> nodes = new ArrayList<>();

    MutableInfoset(
        int player,
        int index,
        int number,
        String name,
        List<String> actions,
        List<Rational> probs) {
      this.player = player;
      this.index = index;
      this.number = number;
      this.name = name;
      this.actions = actions;
      this.probs = probs;
    }
  }

  private static final class MutableNode {
    char kind;
    String name;
    int parent;
    int player;
    int infoset;
    int outcome = -1;
    final List<Integer> children = new ArrayList<>();
  }

  private static final class Reader {
    private final Lexer lx;
    private final List<String> warnings = new ArrayList<>();
    private List<String> players;
    private final List<MutableNode> nodes = new ArrayList<>();
    private final List<Map<Integer, MutableInfoset>> infosetByNumber = new ArrayList<>();
    private final List<List<MutableInfoset>> infosets = new ArrayList<>();
    private final Map<Integer, MutableInfoset> chanceByNumber = new HashMap<>();
    private final List<MutableInfoset> chance = new ArrayList<>();
    private final Map<Integer, Integer> outcomeIndex = new HashMap<>();
    private final List<int[]> outcomeNumbers = new ArrayList<>();
    private final List<String> outcomeNames = new ArrayList<>();
    private final List<List<Rational>> outcomePayoffs = new ArrayList<>();

    Reader(String text) {
      this.lx = new Lexer(text);
    }

    Parsed parse() throws GameFormatException {
      lx.word("EFG");
      Token version = lx.next();
      if (version.kind() != Kind.WORD || !version.text().equals("2")) {
        throw Lexer.error(version, "Accepting only EFG version 2");
      }
      Token type = lx.next();
      if (type.kind() != Kind.WORD || !(type.text().equals("R") || type.text().equals("D"))) {
        throw Lexer.error(type, "Expected number type 'R' or 'D', found " + type.describe());
      }
      String title = lx.string("game title");
      lx.expect(Kind.LBRACE, "'{' opening the player list");
      players = new ArrayList<>();
      while (lx.peek().kind() == Kind.STRING) {
        players.add(lx.next().text());
      }
      lx.expect(Kind.RBRACE, "a player name or '}' closing the player list");
      if (players.isEmpty()) {
        throw Lexer.error(lx.peek(), "Expected at least one player");
      }
      for (int i = 0; i < players.size(); i++) {
        infosetByNumber.add(new HashMap<>());
        infosets.add(new ArrayList<>());
      }
      String comment = "";
      if (lx.peek().kind() == Kind.STRING) {
        comment = lx.next().text();
      }
      parseSubtree(-1);
      Token rest = lx.peek();
      if (rest.kind() != Kind.EOF) {
        warnings.add(
            "line "
                + rest.line()
                + ":"
                + rest.column()
                + ": ignoring input after the complete game tree (Gambit ignores it silently)");
      }
      return new Parsed(build(title, comment), warnings);
    }

    /** Parses one node and, recursively, its children (iteratively deep trees are rare). */
    private void parseSubtree(int parent) throws GameFormatException {
      // explicit stack to survive very deep trees
      java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>();
      int id = parseNode(parent);
      int kids = childCount(id);
      if (kids > 0) {
        stack.push(new int[] {id, kids});
      }
      while (!stack.isEmpty()) {
        int[] top = stack.peek();
        if (top[1] == 0) {
          stack.pop();
          continue;
        }
        top[1]--;
        int c = parseNode(top[0]);
        int k = childCount(c);
        if (k > 0) {
          stack.push(new int[] {c, k});
        }
      }
    }

    private int childCount(int id) {
      MutableNode n = nodes.get(id);
      if (n.kind == 't') {
        return 0;
      }
      MutableInfoset s =
          n.kind == 'c' ? chance.get(n.infoset) : infosets.get(n.player).get(n.infoset);
      return s.actions.size();
    }

    private int parseNode(int parent) throws GameFormatException {
      Token kindTok = lx.next();
      if (kindTok.kind() == Kind.EOF) {
        throw Lexer.error(
            kindTok, "Expected a node ('c', 'p' or 't'): the game tree is incomplete");
      }
      if (kindTok.kind() != Kind.WORD
          || !(kindTok.text().equals("c")
              || kindTok.text().equals("p")
              || kindTok.text().equals("t"))) {
        throw Lexer.error(
            kindTok, "Expected a node type 'c', 'p' or 't', found " + kindTok.describe());
      }
      MutableNode node = new MutableNode();
      node.kind = kindTok.text().charAt(0);
      node.parent = parent;
      node.name = lx.string("node name");
      int id = nodes.size();
      nodes.add(node);
      if (parent >= 0) {
        nodes.get(parent).children.add(id);
      }
      if (node.kind == 't') {
        parseOutcome(node);
        return id;
      }
      int player = -1;
      if (node.kind == 'p') {
        Token pt = lx.peek();
        player = lx.integer("player number");
        if (player < 1 || player > players.size()) {
          throw Lexer.error(
              pt, "Expected a player number between 1 and " + players.size() + ", found " + player);
        }
        player--;
      }
      int number = lx.integer("information set number");
      String isName = null;
      List<String> actions = null;
      List<Rational> probs = null;
      if (lx.peek().kind() == Kind.STRING) {
        isName = lx.next().text();
        if (lx.peek().kind() == Kind.LBRACE) {
          lx.next();
          actions = new ArrayList<>();
          if (node.kind == 'c') {
            probs = new ArrayList<>();
          }
          while (lx.peek().kind() == Kind.STRING) {
            actions.add(lx.next().text());
            if (node.kind == 'c') {
              probs.add(
                  lx.number(
                      "probability of chance action \"" + actions.get(actions.size() - 1) + "\""));
            }
          }
          Token close = lx.next();
          if (close.kind() != Kind.RBRACE) {
            throw Lexer.error(
                close,
                "Expected an action label or '}' closing the action list, found "
                    + close.describe());
          }
          if (actions.isEmpty()) {
            throw Lexer.error(close, "Expected at least one action");
          }
          if (probs != null) {
            Rational sum = Rational.ZERO;
            for (Rational p : probs) {
              if (p.signum() < 0) {
                throw Lexer.error(close, "Probabilities must be non-negative; found " + p);
              }
              sum = sum.add(p);
            }
            if (!sum.equals(Rational.ONE)) {
              throw Lexer.error(
                  close, "Probabilities must sum to exactly one (they sum to " + sum + ")");
            }
          }
        }
      }
      Map<Integer, MutableInfoset> byNumber =
          node.kind == 'c' ? chanceByNumber : infosetByNumber.get(player);
      MutableInfoset s = byNumber.get(number);
      boolean mismatch = false;
      if (s == null) {
        if (actions == null) {
          Token after = lx.peek();
          throw Lexer.error(
              after,
              "Referencing an undefined infoset ("
                  + (node.kind == 'c' ? "chance" : "player " + (player + 1))
                  + ", infoset "
                  + number
                  + "); expected its label and action list");
        }
        List<MutableInfoset> list = node.kind == 'c' ? chance : infosets.get(player);
        s = new MutableInfoset(player, list.size(), number, isName, actions, probs);
        list.add(s);
        byNumber.put(number, s);
      } else if (actions != null) {
        mismatch = !actions.equals(s.actions) || (probs != null && !probs.equals(s.probs));
      }
      s.nodes.add(id);
      node.player = player;
      node.infoset = s.index;
      Token outcomeTok = parseOutcome(node);
      if (mismatch) {
        throw Lexer.error(
            outcomeTok,
            (probs != null ? "Chance probabilities or action labels" : "Infoset action labels")
                + " do not match previous definition ("
                + (node.kind == 'c' ? "chance" : "player " + (player + 1))
                + ", infoset "
                + number
                + ")");
      }
      return id;
    }

    /** Parses {@code outcome# ["name" { payoffs }]}; returns the outcome-number token. */
    private Token parseOutcome(MutableNode node) throws GameFormatException {
      Token t = lx.peek();
      int number = lx.integer("outcome number");
      if (number < 0) {
        throw Lexer.error(t, "Expected a non-negative outcome number, found " + number);
      }
      Token last = t;
      if (lx.peek().kind() == Kind.STRING) {
        String name = lx.next().text();
        lx.expect(Kind.LBRACE, "'{' opening the payoffs of outcome \"" + name + "\"");
        List<Rational> u = new ArrayList<>();
        for (int i = 0; i < players.size(); i++) {
          u.add(lx.number("payoff of player " + (i + 1)));
        }
        Token close = lx.next();
        if (close.kind() != Kind.RBRACE) {
          throw Lexer.error(
              close,
              "Expected '}' after " + players.size() + " payoffs, found " + close.describe());
        }
        last = close;
        if (number > 0) {
          Integer k = outcomeIndex.get(number);
          if (k == null) {
            outcomeIndex.put(number, outcomeNames.size());
            outcomeNumbers.add(new int[] {number});
            outcomeNames.add(name);
            outcomePayoffs.add(u);
          } else if (!outcomePayoffs.get(k).equals(u) || !outcomeNames.get(k).equals(name)) {
            warnings.add(
                "line "
                    + t.line()
                    + ":"
                    + t.column()
                    + ": outcome "
                    + number
                    + " redefined; the later definition applies to every node using it (as in Gambit)");
            outcomeNames.set(k, name);
            outcomePayoffs.set(k, u);
          }
        }
      }
      if (number > 0) {
        Integer k = outcomeIndex.get(number);
        if (k == null) {
          throw Lexer.error(
              t, "Referencing an undefined outcome " + number + "; expected its name and payoffs");
        }
        node.outcome = k;
      }
      return t;
    }

    private ExtensiveFormGame build(String title, String comment) {
      List<Node> out = new ArrayList<>(nodes.size());
      for (int k = 0; k < nodes.size(); k++) {
        MutableNode m = nodes.get(k);
        out.add(
            switch (m.kind) {
              case 'c' -> new Node.Chance(k, m.name, m.parent, m.infoset, m.children, m.outcome);
              case 'p' ->
                  new Node.Personal(
                      k, m.name, m.parent, m.player, m.infoset, m.children, m.outcome);
              default -> new Node.Terminal(k, m.name, m.parent, m.outcome);
            });
      }
      List<List<Infoset>> is = new ArrayList<>();
      for (int i = 0; i < players.size(); i++) {
        List<Infoset> l = new ArrayList<>();
        for (MutableInfoset s : infosets.get(i)) {
          l.add(new Infoset(i, s.index, s.number, s.name, s.actions, s.nodes));
        }
        is.add(l);
      }
      List<ChanceInfoset> cs = new ArrayList<>();
      for (MutableInfoset s : chance) {
        cs.add(new ChanceInfoset(s.index, s.number, s.name, s.actions, s.probs, s.nodes));
      }
      List<Outcome> os = new ArrayList<>();
      for (int k = 0; k < outcomeNames.size(); k++) {
        os.add(new Outcome(outcomeNumbers.get(k)[0], outcomeNames.get(k), outcomePayoffs.get(k)));
      }
      return ExtensiveFormGame.of(title, comment, players, out, is, cs, os);
    }
  }

  /** Writes the game in {@code .efg} version 2 format (pre-order, one node per line). */
  public static String write(ExtensiveFormGame g) {
    StringBuilder sb = new StringBuilder("EFG 2 R ");
    sb.append(NfgFormat.quote(g.title())).append(" {");
    for (String p : g.players()) {
      sb.append(' ').append(NfgFormat.quote(p));
    }
    sb.append(" }\n").append(NfgFormat.quote(g.comment())).append("\n\n");
    boolean[][] seen = new boolean[g.numPlayers()][];
    for (int i = 0; i < g.numPlayers(); i++) {
      seen[i] = new boolean[g.infosets(i).size()];
    }
    boolean[] seenChance = new boolean[g.chanceInfosets().size()];
    boolean[] seenOutcome = new boolean[g.outcomes().size()];
    for (Node x : g.nodes()) {
      if (x instanceof Node.Chance c) {
        ChanceInfoset s = g.chanceInfosets().get(c.infoset());
        sb.append("c ").append(NfgFormat.quote(c.name())).append(' ').append(s.number());
        if (!seenChance[c.infoset()]) {
          seenChance[c.infoset()] = true;
          sb.append(' ').append(NfgFormat.quote(s.name())).append(" {");
          for (int a = 0; a < s.numActions(); a++) {
            sb.append(' ')
                .append(NfgFormat.quote(s.actions().get(a)))
                .append(' ')
                .append(s.probabilities().get(a));
          }
          sb.append(" }");
        }
      } else if (x instanceof Node.Personal p) {
        Infoset s = g.infoset(p);
        sb.append("p ")
            .append(NfgFormat.quote(p.name()))
            .append(' ')
            .append(p.player() + 1)
            .append(' ')
            .append(s.number());
        if (!seen[p.player()][p.infoset()]) {
          seen[p.player()][p.infoset()] = true;
          sb.append(' ').append(NfgFormat.quote(s.name())).append(" {");
          for (String a : s.actions()) {
            sb.append(' ').append(NfgFormat.quote(a));
          }
          sb.append(" }");
        }
      } else {
        sb.append("t ").append(NfgFormat.quote(x.name()));
      }
      if (x.outcome() < 0) {
        sb.append(" 0");
      } else {
        Outcome o = g.outcomes().get(x.outcome());
        sb.append(' ').append(o.number());
        if (!seenOutcome[x.outcome()]) {
          seenOutcome[x.outcome()] = true;
          sb.append(' ').append(NfgFormat.quote(o.name())).append(" {");
          for (int i = 0; i < o.payoffs().size(); i++) {
            sb.append(i == 0 ? " " : ", ").append(o.payoffs().get(i));
          }
          sb.append(" }");
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
