package io.github.xconnector.sandbox;

import java.util.ArrayList;
import java.util.List;

/** Splits a search query into words, quoted phrases, parentheses, {@code OR} and negation signs. */
final class SearchQueryTokens {

  enum Kind {
    WORD, PHRASE, LPAREN, RPAREN, OR, NEGATE
  }

  /** One token and where it starts (0-based), for error messages. */
  record Token(Kind kind, String text, int position) {}

  private SearchQueryTokens() {}

  static List<Token> tokenize(String query) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < query.length()) {
      char c = query.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        tokens.add(new Token(c == '(' ? Kind.LPAREN : Kind.RPAREN, String.valueOf(c), i));
        i++;
      } else if (c == '"') {
        int end = query.indexOf('"', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("There were errors processing your request: missing closing quote"
              + " (at position " + (i + 1) + ")");
        }
        tokens.add(new Token(Kind.PHRASE, query.substring(i + 1, end), i));
        i = end + 1;
      } else if (c == '-' && i + 1 < query.length() && !Character.isWhitespace(query.charAt(i + 1))) {
        tokens.add(new Token(Kind.NEGATE, "-", i));
        i++;
      } else {
        int start = i;
        while (i < query.length() && !Character.isWhitespace(query.charAt(i)) && "()\"".indexOf(query.charAt(i)) < 0) {
          i++;
        }
        String word = query.substring(start, i);
        tokens.add(new Token(word.equals("OR") ? Kind.OR : Kind.WORD, word, start));
      }
    }
    return tokens;
  }
}
