package io.github.xconnector.sandbox;

import java.util.Locale;
import java.util.function.Predicate;

/** Turns one word of a search query (a keyword, {@code #tag}, {@code @user} or {@code operator:value}) into a test. */
final class SearchTerms {

  private SearchTerms() {}

  static Predicate<SearchQuery.Subject> of(String word) {
    if (word.length() > 1 && word.startsWith("#")) {
      return s -> s.entities().hasHashtag(word.substring(1));
    }
    if (word.length() > 1 && word.startsWith("@")) {
      return s -> s.entities().mentions(word.substring(1));
    }
    if (word.length() > 1 && word.startsWith("$")) {
      return s -> s.entities().hasCashtag(word.substring(1));
    }
    int colon = word.indexOf(':');
    if (colon > 0 && colon < word.length() - 1 && !word.startsWith("http")) {
      return operator(word.substring(0, colon).toLowerCase(Locale.ROOT), word.substring(colon + 1));
    }
    return s -> SearchQuery.containsWords(s.post().text(), word);
  }

  private static Predicate<SearchQuery.Subject> operator(String name, String value) {
    String plain = value.startsWith("@") ? value.substring(1) : value;
    return switch (name) {
      case "from" -> s -> plain.equalsIgnoreCase(s.authorUsername()) || plain.equals(s.post().authorId());
      case "to" -> s -> plain.equalsIgnoreCase(s.inReplyToUsername()) || plain.equals(s.post().inReplyToUserId());
      case "conversation_id" -> s -> value.equals(s.post().conversationId());
      case "lang" -> s -> value.equalsIgnoreCase("en");
      case "url" -> s -> s.post().text().toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
      case "is" -> is(value);
      case "has" -> has(value);
      default -> throw new IllegalArgumentException("There were errors processing your request: Reference to"
          + " invalid operator '" + name + "'. Operator is not available in current product or product packaging.");
    };
  }

  private static Predicate<SearchQuery.Subject> is(String value) {
    return switch (value) {
      case "retweet" -> s -> s.post().isRepost();
      case "reply" -> s -> s.post().isReply();
      case "quote" -> s -> s.post().referencedId("quoted") != null;
      case "verified" -> s -> false;
      default -> throw invalidValue("is", value);
    };
  }

  private static Predicate<SearchQuery.Subject> has(String value) {
    return switch (value) {
      case "media" -> s -> !s.post().mediaKeys().isEmpty();
      case "mentions" -> s -> !s.entities().mentions().isEmpty();
      case "hashtags" -> s -> !s.entities().hashtags().isEmpty();
      case "links" -> s -> !s.entities().urls().isEmpty();
      case "cashtags" -> s -> !s.entities().cashtags().isEmpty();
      default -> throw invalidValue("has", value);
    };
  }

  private static IllegalArgumentException invalidValue(String operator, String value) {
    return new IllegalArgumentException("There were errors processing your request: Reference to invalid field '"
        + value + "' for operator '" + operator + ":'");
  }
}
