package io.github.xconnector.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hashtags, mentions, cashtags and links in a post's text, found the way X marks them up.
 *
 * <p>Offsets count code points, as X's {@code entities} do.
 */
final class TextEntities {

  /** One entity: where it is in the text and its value without the leading sigil. */
  record Entity(int start, int end, String value) {}

  private static final Pattern HASHTAG = Pattern.compile("(?<![\\w&#])#(\\w*[\\p{L}_]\\w*)");
  private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@(\\w{1,15})\\b");
  private static final Pattern CASHTAG = Pattern.compile("(?<![\\w$])\\$([A-Za-z]{1,6})\\b");
  private static final Pattern URL = Pattern.compile("https?://[^\\s]+");

  private final List<Entity> hashtags;
  private final List<Entity> mentions;
  private final List<Entity> cashtags;
  private final List<Entity> urls;

  private TextEntities(String text) {
    this.hashtags = find(HASHTAG, text, 1);
    this.mentions = find(MENTION, text, 1);
    this.cashtags = find(CASHTAG, text, 1);
    this.urls = find(URL, text, 0);
  }

  static TextEntities of(String text) {
    return new TextEntities(text == null ? "" : text);
  }

  List<Entity> hashtags() {
    return hashtags;
  }

  List<Entity> mentions() {
    return mentions;
  }

  List<Entity> cashtags() {
    return cashtags;
  }

  List<Entity> urls() {
    return urls;
  }

  boolean isEmpty() {
    return hashtags.isEmpty() && mentions.isEmpty() && cashtags.isEmpty() && urls.isEmpty();
  }

  boolean mentions(String username) {
    return mentions.stream().anyMatch(m -> m.value().equalsIgnoreCase(username));
  }

  boolean hasHashtag(String tag) {
    return hashtags.stream().anyMatch(h -> h.value().toLowerCase(Locale.ROOT).equals(tag.toLowerCase(Locale.ROOT)));
  }

  boolean hasCashtag(String tag) {
    return cashtags.stream().anyMatch(c -> c.value().equalsIgnoreCase(tag));
  }

  private static List<Entity> find(Pattern pattern, String text, int group) {
    List<Entity> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      int start = text.codePointCount(0, matcher.start());
      int end = text.codePointCount(0, matcher.end());
      found.add(new Entity(start, end, matcher.group(group)));
    }
    return List.copyOf(found);
  }
}
