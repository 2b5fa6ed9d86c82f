package io.github.xconnector.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A parsed query of X's search language, and whether a post matches it.
 *
 * <p>Supported: keywords (whole words, case-insensitive), {@code "quoted phrases"}, {@code #tag}, {@code @user},
 * {@code $cashtag}, {@code from:}, {@code to:}, {@code is:retweet|reply|quote}, {@code has:media|mentions|hashtags|
 * links|cashtags}, {@code lang:}, {@code conversation_id:}, {@code url:}, {@code -} negation, {@code OR}, and
 * parentheses. Terms next to each other must all match; {@code AND} binds tighter than {@code OR}, as on X.
 */
final class SearchQuery {

  /** What a query can ask about a post. */
  record Subject(Post post, String authorUsername, String inReplyToUsername, TextEntities entities) {}

  private interface Node {
    boolean test(Subject subject);

    /** Whether the node can match on its own merit; X refuses queries made only of negations. */
    boolean positive();
  }

  private final Node root;

  private SearchQuery(Node root) {
    this.root = root;
  }

  /**
   * Parses a query.
   *
   * @throws IllegalArgumentException with X's wording if the query is malformed
   */
  static SearchQuery parse(String query) {
    Parser parser = new Parser(SearchQueryTokens.tokenize(query));
    Node root = parser.parseOr();
    if (parser.hasMore()) {
      throw parser.error("unexpected ')'");
    }
    if (!root.positive()) {
      throw new IllegalArgumentException("There were errors processing your request: Rules must contain a"
          + " non-negation term (at position 1)");
    }
    return new SearchQuery(root);
  }

  boolean matches(Subject subject) {
    return root.test(subject);
  }

  private static final class Parser {
    private final List<SearchQueryTokens.Token> tokens;
    private int next;

    Parser(List<SearchQueryTokens.Token> tokens) {
      this.tokens = tokens;
    }

    boolean hasMore() {
      return next < tokens.size();
    }

    Node parseOr() {
      List<Node> alternatives = new ArrayList<>(List.of(parseAnd()));
      while (hasMore() && peek().kind() == SearchQueryTokens.Kind.OR) {
        next++;
        alternatives.add(parseAnd());
      }
      if (alternatives.size() == 1) {
        return alternatives.get(0);
      }
      return new Node() {
        public boolean test(Subject s) {
          return alternatives.stream().anyMatch(n -> n.test(s));
        }

        public boolean positive() {
          return alternatives.stream().allMatch(Node::positive);
        }
      };
    }

    Node parseAnd() {
      List<Node> terms = new ArrayList<>();
      while (hasMore() && peek().kind() != SearchQueryTokens.Kind.OR && peek().kind() != SearchQueryTokens.Kind.RPAREN) {
        terms.add(parseUnary());
      }
      if (terms.isEmpty()) {
        throw error(hasMore() ? "no viable alternative at '" + peek().text() + "'" : "the query ends too early");
      }
      if (terms.size() == 1) {
        return terms.get(0);
      }
      return new Node() {
        public boolean test(Subject s) {
          return terms.stream().allMatch(n -> n.test(s));
        }

        public boolean positive() {
          return terms.stream().anyMatch(Node::positive);
        }
      };
    }

    Node parseUnary() {
      SearchQueryTokens.Token token = tokens.get(next++);
      switch (token.kind()) {
        case NEGATE -> {
          if (!hasMore()) {
            throw error("nothing to exclude after '-'");
          }
          Node negated = parseUnary();
          return new Node() {
            public boolean test(Subject s) {
              return !negated.test(s);
            }

            public boolean positive() {
              return false;
            }
          };
        }
        case LPAREN -> {
          Node inner = parseOr();
          if (!hasMore() || peek().kind() != SearchQueryTokens.Kind.RPAREN) {
            throw error("missing ')'");
          }
          next++;
          return inner;
        }
        case PHRASE -> {
          return term(s -> containsWords(s.post().text(), token.text()));
        }
        case WORD -> {
          return term(SearchTerms.of(token.text()));
        }
        default -> throw error("no viable alternative at '" + token.text() + "'");
      }
    }

    SearchQueryTokens.Token peek() {
      return tokens.get(next);
    }

    IllegalArgumentException error(String reason) {
      int position = hasMore() ? peek().position() + 1 : tokens.isEmpty() ? 1 : tokens.get(tokens.size() - 1)
          .position() + 1;
      return new IllegalArgumentException("There were errors processing your request: " + reason + " (at position "
          + position + ")");
    }
  }

  private static Node term(java.util.function.Predicate<Subject> predicate) {
    return new Node() {
      public boolean test(Subject s) {
        return predicate.test(s);
      }

      public boolean positive() {
        return true;
      }
    };
  }

  /** Whether the words appear in the text as whole words, ignoring case. */
  static boolean containsWords(String text, String words) {
    String boundary = "[\\p{L}\\p{N}_]";
    Pattern pattern = Pattern.compile("(?<!" + boundary + ")" + Pattern.quote(words.toLowerCase(Locale.ROOT))
        + "(?!" + boundary + ")");
    return pattern.matcher(text.toLowerCase(Locale.ROOT)).find();
  }
}
