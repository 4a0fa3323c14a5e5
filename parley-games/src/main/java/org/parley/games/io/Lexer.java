package org.parley.games.io;

import java.math.BigInteger;
import java.util.regex.Pattern;
import org.parley.games.Rational;

/**
 * Tokens of Gambit's game files: quoted strings with {@code \"} escapes, braces, and words
 * (numbers, keywords); whitespace and commas separate tokens.
 */
final class Lexer {
  enum Kind {
    STRING,
    LBRACE,
    RBRACE,
    WORD,
    EOF
  }

  record Token(Kind kind, String text, int line, int column, int endColumn) {
    String describe() {
      return switch (kind) {
        case STRING -> "string \"" + text + "\"";
        case LBRACE -> "'{'";
        case RBRACE -> "'}'";
        case WORD -> "'" + text + "'";
        case EOF -> "end of file";
      };
    }
  }

  // integers, decimals (-.5, 1.5E-1, 1e1); no leading '+', no '+' in exponents
  private static final Pattern DECIMAL = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE]-?\\d+)?");
  private static final Pattern FRACTION = Pattern.compile("-?\\d+/-?\\d+");
  private static final Pattern INTEGER = Pattern.compile("-?\\d+");

  private final String text;
  private int pos;
  private int line = 1;
  private int col = 1;
  private Token peeked;

  Lexer(String text) {
    this.text = text;
  }

  Token peek() throws GameFormatException {
    if (peeked == null) {
      peeked = scan();
    }
    return peeked;
  }

  Token next() throws GameFormatException {
    Token t = peek();
    peeked = null;
    return t;
  }

  private void advance() {
    char c = text.charAt(pos++);
    if (c == '\n') {
      line++;
      col = 1;
    } else {
      col++;
    }
  }

  private Token scan() throws GameFormatException {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (Character.isWhitespace(c) || c == ',') {
        advance();
      } else {
        break;
      }
    }
    int startLine = line;
    int startCol = col;
    if (pos >= text.length()) {
      return new Token(Kind.EOF, "", startLine, startCol, startCol + 1);
    }
    char c = text.charAt(pos);
    if (c == '{') {
      advance();
      return new Token(Kind.LBRACE, "{", startLine, startCol, col);
    }
    if (c == '}') {
      advance();
      return new Token(Kind.RBRACE, "}", startLine, startCol, col);
    }
    if (c == '"') {
      advance();
      StringBuilder sb = new StringBuilder();
      while (true) {
        if (pos >= text.length()) {
          throw new GameFormatException(
              startLine, startCol, "Unterminated string; expected a closing '\"'");
        }
        char d = text.charAt(pos);
        if (d == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
          advance();
          advance();
          sb.append('"');
        } else if (d == '"') {
          advance();
          break;
        } else {
          advance();
          sb.append(d);
        }
      }
      return new Token(Kind.STRING, sb.toString(), startLine, startCol, col);
    }
    StringBuilder sb = new StringBuilder();
    while (pos < text.length()) {
      char d = text.charAt(pos);
      if (Character.isWhitespace(d) || d == ',' || d == '{' || d == '}' || d == '"') {
        break;
      }
      sb.append(d);
      advance();
    }
    return new Token(Kind.WORD, sb.toString(), startLine, startCol, col);
  }

  static GameFormatException error(Token t, String problem) {
    return new GameFormatException(t.line(), t.endColumn(), problem);
  }

  String string(String what) throws GameFormatException {
    Token t = next();
    if (t.kind() != Kind.STRING) {
      throw error(t, "Expected " + what + " (a quoted string), found " + t.describe());
    }
    return t.text();
  }

  void expect(Kind kind, String what) throws GameFormatException {
    Token t = next();
    if (t.kind() != kind) {
      throw error(t, "Expected " + what + ", found " + t.describe());
    }
  }

  void word(String expected) throws GameFormatException {
    Token t = next();
    if (t.kind() != Kind.WORD || !t.text().equals(expected)) {
      throw error(t, "Expected '" + expected + "', found " + t.describe());
    }
  }

  /** A non-negative or signed integer token. */
  int integer(String what) throws GameFormatException {
    Token t = next();
    if (t.kind() != Kind.WORD || !INTEGER.matcher(t.text()).matches()) {
      throw error(t, "Expected " + what + " (an integer), found " + t.describe());
    }
    try {
      return Integer.parseInt(t.text());
    } catch (NumberFormatException e) {
      throw error(
          t, "Expected " + what + " (an integer), found " + t.describe() + " (out of range)");
    }
  }

  /** A number: integer, decimal or fraction. */
  Rational number(String what) throws GameFormatException {
    Token t = next();
    if (t.kind() != Kind.WORD) {
      throw error(t, "Expected " + what + " (a number), found " + t.describe());
    }
    return parseNumber(t, what);
  }

  static Rational parseNumber(Token t, String what) throws GameFormatException {
    String s = t.text();
    if (FRACTION.matcher(s).matches()) {
      int slash = s.indexOf('/');
      BigInteger q = new BigInteger(s.substring(slash + 1));
      if (q.signum() == 0) {
        throw error(
            t,
            "Attempted division by zero in "
                + what
                + " '"
                + s
                + "'; expected a fraction p/q with q != 0");
      }
      return Rational.parse(s);
    }
    if (DECIMAL.matcher(s).matches()) {
      return Rational.parse(s);
    }
    throw error(
        t,
        "Invalid value '"
            + s
            + "'; expected "
            + what
            + " (an integer, decimal such as -.5 or 1.5E-1, or fraction p/q; no '+' signs)");
  }

  static boolean isNumber(Token t) {
    return t.kind() == Kind.WORD
        && (DECIMAL.matcher(t.text()).matches() || FRACTION.matcher(t.text()).matches());
  }
}
