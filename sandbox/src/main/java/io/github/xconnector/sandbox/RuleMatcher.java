package io.github.xconnector.sandbox;

import java.util.Optional;

/**
 * Decides whether a post matches one filtered-stream rule.
 *
 * <p>A rule is written in the same language as a search query, and the sandbox reads it with the same parser
 * ({@link SearchQuery}): keywords (whole words, case-insensitive), {@code "quoted phrases"}, {@code #hashtag},
 * {@code @mention}, {@code $cashtag}, {@code from:} and {@code to:} (a username, with or without {@code @}, or a user
 * id), {@code lang:} (every sandbox post is English, so only {@code lang:en} matches), {@code is:reply},
 * {@code is:retweet}, {@code is:quote}, {@code has:media}, {@code has:mentions}, {@code has:hashtags},
 * {@code has:links}, {@code has:cashtags}, {@code conversation_id:}, {@code url:}, negation with {@code -}, {@code OR}
 * and grouping with parentheses. Terms next to each other must all match; AND binds tighter than {@code OR}.
 *
 * <p>A rule X would refuse is refused here with X's reason: an unknown operator or value, an unbalanced parenthesis
 * or quote, and a rule made only of negations.
 */
final class RuleMatcher {

  private static final String REQUEST_PREFIX = "There were errors processing your request: ";

  private final SearchQuery query;

  private RuleMatcher(SearchQuery query) {
    this.query = query;
  }

  /**
   * Reads a rule.
   *
   * @throws InvalidRule with X's reason when the rule is not valid
   */
  static RuleMatcher parse(String rule) {
    try {
      return new RuleMatcher(SearchQuery.parse(rule));
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      throw new InvalidRule(message.startsWith(REQUEST_PREFIX) ? message.substring(REQUEST_PREFIX.length())
          : message);
    }
  }

  /** Returns X's reason why the rule is not valid, or empty when it is. */
  static Optional<String> problem(String rule) {
    try {
      parse(rule);
      return Optional.empty();
    } catch (InvalidRule e) {
      return Optional.of(e.getMessage());
    }
  }

  boolean matches(SandboxState state, Post post) {
    String author = state.user(post.authorId()).map(SandboxUser::username).orElse("");
    String repliedTo = post.inReplyToUserId() == null ? null
        : state.user(post.inReplyToUserId()).map(SandboxUser::username).orElse(null);
    return query.matches(new SearchQuery.Subject(post, author, repliedTo, TextEntities.of(post.text())));
  }

  /** A rule X would refuse; the message is X's reason, as it appears in a rule error's {@code details}. */
  static final class InvalidRule extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InvalidRule(String reason) {
      super(reason, null, false, false);
    }
  }
}
