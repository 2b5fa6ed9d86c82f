package io.github.xconnector.resources;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.media.MediaKind;
import java.text.Normalizer;
import java.util.Map;

/**
 * Checks a draft against X's rules for posts that its schema cannot say: the weighted text length, and which parts a
 * post may combine.
 *
 * <p>The length is X's weighted count of the text after Unicode NFC normalisation, which is what X stores and counts:
 * a few characters (such as U+FB2C) become three code points under NFC and weigh three times as much. Text with an
 * unpaired surrogate {@code char} is refused, since it is no Unicode text and X cannot store it. The limits of each member (media and tags per post, poll options and duration, id patterns) are
 * the spec's and are checked on the request body by the call path.
 */
final class PostValidator {

  private final int maxWeightedLength;

  /**
   * Creates the validator.
   *
   * @param maxWeightedLength the longest text by X's weighted count (280 for most accounts)
   */
  PostValidator(int maxWeightedLength) {
    this.maxWeightedLength = maxWeightedLength;
  }

  /**
   * Checks a draft.
   *
   * @param draft the draft
   * @throws XValidationException naming the first rule the draft breaks
   */
  void check(PostDraft draft) {
    String text = draft.text() == null ? "" : draft.text();
    if (text.isBlank() && draft.mediaIds().isEmpty() && draft.quotePostId() == null) {
      throw new XValidationException("A post needs text, media or a quoted post; this draft has none.");
    }
    checkLength(text);
    if (draft.replyToPostId() != null && draft.quotePostId() != null) {
      throw new XValidationException("A post cannot both reply to and quote a post; choose one.");
    }
    checkMediaKinds(draft);
    if (!draft.taggedUserIds().isEmpty() && draft.mediaIds().isEmpty()) {
      throw new XValidationException("Users can only be tagged in media; attach media or drop the tags.");
    }
    if (!draft.pollOptions().isEmpty() && !draft.mediaIds().isEmpty()) {
      throw new XValidationException("A post cannot carry both a poll and media; choose one.");
    }
    checkCard(draft);
    if (draft.shareWithFollowers() != null && draft.communityId() == null) {
      throw new XValidationException("Sharing with followers applies to community posts only; set community(...)"
          + " or drop shareWithFollowers.");
    }
  }

  /**
   * Refuses an unpaired surrogate, then weighs the NFC form of the text the way X does: code points in X's light
   * ranges (Latin, Greek, Cyrillic, Hebrew, Arabic and other scripts up to U+10FF, and some punctuation) weigh 1,
   * every other code point 2, a link 23 whatever its length and an emoji sequence 2.
   */
  private void checkLength(String text) {
    if (text.isEmpty()) {
      return;
    }
    checkSurrogates(text);
    String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
    if (mayExceed(normalised, maxWeightedLength)) {
      TwitterTextParseResults parsed = TwitterTextParser.parseTweet(normalised);
      if (parsed.weightedLength > maxWeightedLength) {
        throw new XValidationException("The text is " + parsed.weightedLength + " long by X's count (counted after"
            + " Unicode NFC normalisation; links count 23, emoji and CJK characters 2), "
            + (parsed.weightedLength - maxWeightedLength) + " over the limit of " + maxWeightedLength
            + ". Shorten it, or raise maxPostLength if the account may post longer text.");
      }
    }
  }

  /** A surrogate {@code char} is only text as half of a high-low pair; X cannot store one alone. */
  static void checkSurrogates(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new XValidationException(String.format("The text has an unpaired surrogate U+%04X at index %d (a %s"
            + " surrogate without its %s half), which is not valid Unicode and X cannot store it. Remove it, or"
            + " repair the text where it was cut.", (int) c, i, Character.isHighSurrogate(c) ? "high" : "low",
            Character.isHighSurrogate(c) ? "low" : "high"));
      }
    }
  }

  /** X's document: a card excludes a quote, a poll, media and a Direct Message link. */
  private static void checkCard(PostDraft draft) {
    if (draft.cardUri() == null) {
      return;
    }
    String other = draft.quotePostId() != null ? "a quoted post"
        : !draft.pollOptions().isEmpty() ? "a poll"
        : !draft.mediaIds().isEmpty() ? "media"
        : draft.directMessageDeepLink() != null ? "a Direct Message link" : null;
    if (other != null) {
      throw new XValidationException("A post with a card cannot also carry " + other + "; choose one.");
    }
  }

  /**
   * Tells, cheaply, whether the text could weigh more than the limit, so that most posts skip X's full text parser:
   * a character weighs at most 2 and a link 23 whatever its length, and every link X counts has a dot in its domain.
   * The bound holds for the text as X weighs it, so it must be given the NFC form: normalisation may turn one code
   * point into three.
   */
  static boolean mayExceed(String text, int limit) {
    long dots = text.chars().filter(c -> c == '.').count();
    return 2L * text.codePointCount(0, text.length()) + 23L * dots > limit;
  }

  /** A video or GIF must be the post's only media; X refuses it next to anything else. */
  private static void checkMediaKinds(PostDraft draft) {
    for (Map.Entry<String, MediaKind> media : draft.mediaKinds().entrySet()) {
      if (media.getValue() != MediaKind.IMAGE && draft.mediaIds().size() > 1) {
        throw new XValidationException("A post takes 1 video or GIF alone, or only images; media "
            + media.getKey() + " is a " + media.getValue().label() + " attached with " + (draft.mediaIds().size() - 1)
            + " more. Post it on its own.");
      }
    }
  }

}
