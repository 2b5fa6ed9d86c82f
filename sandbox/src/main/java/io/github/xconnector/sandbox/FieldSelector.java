package io.github.xconnector.sandbox;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code *.fields} and {@code expansions} of one request, with X's defaults for what was not asked.
 *
 * <p>Unknown values never reach this class: the spec's enums reject them first, with a 400 like X's.
 */
final class FieldSelector {

  static final Set<String> DEFAULT_POST_FIELDS = Set.of("id", "text", "edit_history_tweet_ids");
  static final Set<String> DEFAULT_USER_FIELDS = Set.of("id", "name", "username");
  static final Set<String> DEFAULT_MEDIA_FIELDS = Set.of("media_key", "type");
  static final Set<String> DEFAULT_POLL_FIELDS = Set.of("id", "options");
  static final Set<String> DEFAULT_COUNT_FIELDS = Set.of("start", "end", "tweet_count");

  private final Set<String> postFields;
  private final Set<String> userFields;
  private final Set<String> mediaFields;
  private final Set<String> pollFields;
  private final Set<String> countFields;
  private final Set<String> expansions;

  private FieldSelector(SandboxRequest request) {
    this.postFields = withDefaults(request.query("tweet.fields"), DEFAULT_POST_FIELDS);
    this.userFields = withDefaults(request.query("user.fields"), DEFAULT_USER_FIELDS);
    this.mediaFields = withDefaults(request.query("media.fields"), DEFAULT_MEDIA_FIELDS);
    this.pollFields = withDefaults(request.query("poll.fields"), DEFAULT_POLL_FIELDS);
    this.countFields = request.query("search_count.fields") == null
        ? DEFAULT_COUNT_FIELDS : split(request.query("search_count.fields"));
    this.expansions = split(request.query("expansions"));
  }

  static FieldSelector from(SandboxRequest request) {
    return new FieldSelector(request);
  }

  Set<String> postFields() {
    return postFields;
  }

  Set<String> userFields() {
    return userFields;
  }

  Set<String> mediaFields() {
    return mediaFields;
  }

  Set<String> pollFields() {
    return pollFields;
  }

  Set<String> countFields() {
    return countFields;
  }

  boolean expands(String expansion) {
    return expansions.contains(expansion);
  }

  /** X always returns the default fields; requested ones come on top of them. */
  private static Set<String> withDefaults(String requested, Set<String> defaults) {
    Set<String> fields = new LinkedHashSet<>(defaults);
    fields.addAll(split(requested));
    return Set.copyOf(fields);
  }

  private static Set<String> split(String value) {
    if (value == null || value.isBlank()) {
      return Set.of();
    }
    Set<String> values = new LinkedHashSet<>();
    Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(values::add);
    return Set.copyOf(values);
  }
}
