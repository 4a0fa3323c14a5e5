package org.parley.games.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.games.NormalFormGame;
import org.parley.games.Rational;
import org.parley.games.io.Lexer.Kind;
import org.parley.games.io.Lexer.Token;

/**
 * Gambit's strategic-game format {@code .nfg} (version 1), payoff and outcome forms. Source: Gambit
 * documentation, "The strategic game (.nfg) file format", and the spec in {@code
 * docs/models/games.md} §1. Numbers may be integers, decimals or fractions; a leading {@code +} is
 * rejected as Gambit does.
 */
public final class NfgFormat {
  private NfgFormat() {}

  /** Reads a file (UTF-8). */
  public static NormalFormGame read(Path path) throws IOException, GameFormatException {
    return read(Files.readString(path, StandardCharsets.UTF_8));
  }

  /** Parses the text of an {@code .nfg} file. */
  public static NormalFormGame read(String text) throws GameFormatException {
    Lexer lx = new Lexer(text);
    lx.word("NFG");
    Token version = lx.next();
    if (version.kind() != Kind.WORD || !version.text().equals("1")) {
      throw Lexer.error(version, "Accepting only NFG version 1");
    }
    Token type = lx.next();
    if (type.kind() != Kind.WORD || !(type.text().equals("R") || type.text().equals("D"))) {
      throw Lexer.error(type, "Expected number type 'R' or 'D', found " + type.describe());
    }
    String title = lx.string("game title");
    lx.expect(Kind.LBRACE, "'{' opening the player list");
    List<String> players = new ArrayList<>();
    while (lx.peek().kind() == Kind.STRING) {
      players.add(lx.next().text());
    }
    lx.expect(Kind.RBRACE, "a player name or '}' closing the player list");
    if (players.isEmpty()) {
      throw Lexer.error(lx.peek(), "Expected at least one player");
    }
    lx.expect(Kind.LBRACE, "'{' opening the strategy list");
    List<List<String>> strategies = new ArrayList<>();
    if (lx.peek().kind() == Kind.LBRACE) {
      while (lx.peek().kind() == Kind.LBRACE) {
        lx.next();
        List<String> l = new ArrayList<>();
        while (lx.peek().kind() == Kind.STRING) {
          l.add(lx.next().text());
        }
        Token close = lx.next();
        if (close.kind() != Kind.RBRACE) {
          throw Lexer.error(close, "Expected a strategy label or '}', found " + close.describe());
        }
        if (l.isEmpty()) {
          throw Lexer.error(
              close, "Expected at least one strategy for player " + (strategies.size() + 1));
        }
        strategies.add(l);
      }
      lx.expect(Kind.RBRACE, "'{' or '}' closing the strategy lists");
    } else {
      while (lx.peek().kind() == Kind.WORD) {
        Token t = lx.peek();
        int k = lx.integer("number of strategies");
        if (k < 1) {
          throw Lexer.error(t, "Expected a positive number of strategies, found " + k);
        }
        List<String> l = new ArrayList<>();
        for (int s = 1; s <= k; s++) {
          l.add(Integer.toString(s));
        }
        strategies.add(l);
      }
      lx.expect(Kind.RBRACE, "a strategy count or '}'");
    }
    if (strategies.size() != players.size()) {
      throw Lexer.error(
          lx.peek(),
          "Expected strategies for " + players.size() + " players, found " + strategies.size());
    }
    String comment = "";
    if (lx.peek().kind() == Kind.STRING) {
      comment = lx.next().text();
    }
    int n = players.size();
    long count = 1;
    for (List<String> l : strategies) {
      count *= l.size();
      if (count * n > 200_000_000L) {
        throw Lexer.error(lx.peek(), "Game too large: more than 200000000 payoffs");
      }
    }
    int profiles = (int) count;
    Rational[][] pay = new Rational[profiles][];
    NormalFormGame.OutcomeTable table = null;
    if (lx.peek().kind() == Kind.LBRACE) {
      lx.next();
      List<NormalFormGame.Outcome> outcomes = new ArrayList<>();
      while (lx.peek().kind() == Kind.LBRACE) {
        lx.next();
        String name = lx.string("outcome name");
        List<Rational> u = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          u.add(lx.number("payoff of player " + (i + 1)));
        }
        Token close = lx.next();
        if (close.kind() != Kind.RBRACE) {
          throw Lexer.error(
              close,
              "Expected '}' after "
                  + n
                  + " payoffs of outcome \""
                  + name
                  + "\", found "
                  + close.describe());
        }
        outcomes.add(new NormalFormGame.Outcome(name, u));
      }
      lx.expect(Kind.RBRACE, "'{' opening an outcome or '}' closing the outcome list");
      List<Integer> index = new ArrayList<>(profiles);
      for (int p = 0; p < profiles; p++) {
        Token t = lx.next();
        if (t.kind() != Kind.WORD || !t.text().matches("\\d+")) {
          throw Lexer.error(
              t,
              "Expected outcome index (profile "
                  + (p + 1)
                  + " of "
                  + profiles
                  + "), found "
                  + t.describe());
        }
        int k;
        try {
          k = Integer.parseInt(t.text());
        } catch (NumberFormatException e) {
          k = Integer.MAX_VALUE;
        }
        if (k > outcomes.size()) {
          throw Lexer.error(
              t, "Expected outcome index between 0 and " + outcomes.size() + ", found " + t.text());
        }
        index.add(k);
        Rational[] row = new Rational[n];
        for (int i = 0; i < n; i++) {
          row[i] = k == 0 ? Rational.ZERO : outcomes.get(k - 1).payoffs().get(i);
        }
        pay[p] = row;
      }
      table = new NormalFormGame.OutcomeTable(outcomes, index);
    } else {
      for (int p = 0; p < profiles; p++) {
        Rational[] row = new Rational[n];
        for (int i = 0; i < n; i++) {
          row[i] =
              lx.number(
                  "payoff of player " + (i + 1) + " in profile " + (p + 1) + " of " + profiles);
        }
        pay[p] = row;
      }
    }
    Token end = lx.next();
    if (end.kind() != Kind.EOF) {
      throw Lexer.error(
          end, "Expected end-of-file, found " + end.describe() + " (too many numbers?)");
    }
    return NormalFormGame.of(title, comment, players, strategies, pay, table);
  }

  /**
   * Writes the game as an {@code .nfg} file: outcome form when it has an outcome table, else payoff
   * form.
   */
  public static String write(NormalFormGame g) {
    StringBuilder sb = new StringBuilder("NFG 1 R ");
    sb.append(quote(g.title())).append(" {");
    for (String p : g.players()) {
      sb.append(' ').append(quote(p));
    }
    sb.append(" }\n\n{");
    for (List<String> l : g.strategies()) {
      sb.append(" {");
      for (String s : l) {
        sb.append(' ').append(quote(s));
      }
      sb.append(" }\n");
    }
    sb.append("}\n").append(quote(g.comment())).append("\n\n");
    int n = g.numPlayers();
    if (g.outcomes().isPresent()) {
      NormalFormGame.OutcomeTable t = g.outcomes().get();
      sb.append("{\n");
      for (NormalFormGame.Outcome o : t.outcomes()) {
        sb.append("{ ").append(quote(o.name()));
        for (int i = 0; i < o.payoffs().size(); i++) {
          sb.append(i == 0 ? " " : ", ").append(o.payoffs().get(i));
        }
        sb.append(" }\n");
      }
      sb.append("}\n");
      for (int p = 0; p < t.profileOutcome().size(); p++) {
        sb.append(p == 0 ? "" : " ").append(t.profileOutcome().get(p));
      }
      sb.append('\n');
    } else {
      for (int p = 0; p < g.profileCount(); p++) {
        for (int i = 0; i < n; i++) {
          sb.append(p == 0 && i == 0 ? "" : " ").append(g.payoff(p, i));
        }
        if ((p + 1) % 16 == 0) {
          sb.append('\n');
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static String quote(String s) {
    return '"' + s.replace("\"", "\\\"") + '"';
  }
}
