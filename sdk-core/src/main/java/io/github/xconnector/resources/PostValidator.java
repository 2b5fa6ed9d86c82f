package io.github.xconnector.resources;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.internal.Validate;
import io.github.xconnector.media.MediaKind;
import io.github.xconnector.resources.PostDraft;
import java.util.Map;

/** Checks a draft against X's rules for posts before it is sent. */
final class PostValidator {

  private static final int MAX_MEDIA = 4;
  private static final int MAX_TAGGED_USERS = 10;

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
    if (!text.isEmpty() && mayExceed(text, maxWeightedLength)) {
      TwitterTextParseResults parsed = TwitterTextParser.parseTweet(text);
      if (parsed.weightedLength > maxWeightedLength) {
        throw new XValidationException("The text is " + parsed.weightedLength + " long by X's count (links count 23,"
            + " emoji and CJK characters 2), " + (parsed.weightedLength - maxWeightedLength) + " over the limit of "
            + maxWeightedLength + ". Shorten it, or raise maxPostLength if the account may post longer text.");
      }
    }
    if (draft.replyToPostId() != null && draft.quotePostId() != null) {
      throw new XValidationException("A post cannot both reply to and quote a post; choose one.");
    }
    if (draft.replyToPostId() != null) {
      Validate.id("replyTo", draft.replyToPostId());
    }
    if (draft.quotePostId() != null) {
      Validate.id("quote", draft.quotePostId());
    }
    if (draft.mediaIds().size() > MAX_MEDIA) {
      throw new XValidationException("A post takes at most " + MAX_MEDIA + " images (or 1 video or GIF), had "
          + draft.mediaIds().size() + ".");
    }
    draft.mediaIds().forEach(id -> Validate.id("media id", id));
    checkMediaKinds(draft);
    if (draft.taggedUserIds().size() > MAX_TAGGED_USERS) {
      throw new XValidationException("At most " + MAX_TAGGED_USERS + " users can be tagged, had "
          + draft.taggedUserIds().size() + ".");
    }
    if (!draft.taggedUserIds().isEmpty() && draft.mediaIds().isEmpty()) {
      throw new XValidationException("Users can only be tagged in media; attach media or drop the tags.");
    }
    draft.taggedUserIds().forEach(id -> Validate.id("tagged user id", id));
    checkPoll(draft);
  }

  /**
   * Tells, cheaply, whether the text could weigh more than the limit, so that most posts skip X's full text parser:
   * a character weighs at most 2 and a link 23 whatever its length, and every link X counts has a dot in its domain.
   */
  static boolean mayExceed(String text, int limit) {
    long dots = text.chars().filter(c -> c == '.').count();
    return 2L * text.codePointCount(0, text.length()) + 23L * dots > limit;
  }

  /** A video or GIF must be the post's only media; X refuses it next to anything else. */
  private static void checkMediaKinds(PostDraft draft) {
    for (Map.Entry<String, MediaKind> media : draft.mediaKinds().entrySet()) {
      if (media.getValue() != MediaKind.IMAGE && draft.mediaIds().size() > 1) {
        throw new XValidationException("A post takes 1 video or GIF alone, or up to " + MAX_MEDIA + " images; media "
            + media.getKey() + " is a " + media.getValue().label() + " attached with " + (draft.mediaIds().size() - 1)
            + " more. Post it on its own.");
      }
    }
  }

  private static void checkPoll(PostDraft draft) {
    if (draft.pollOptions().isEmpty()) {
      return;
    }
    int options = draft.pollOptions().size();
    if (options < 2 || options > 4) {
      throw new XValidationException("A poll has 2 to 4 options, had " + options + ".");
    }
    for (String option : draft.pollOptions()) {
      int length = option.codePointCount(0, option.length());
      if (length < 1 || length > 25) {
        throw new XValidationException("A poll option has 1 to 25 characters; '" + option + "' has " + length + ".");
      }
    }
    long minutes = draft.pollDuration().toMinutes();
    if (minutes < 5 || minutes > 10080) {
      throw new XValidationException("A poll runs 5 to 10080 minutes (7 days), was " + minutes + ".");
    }
    if (!draft.mediaIds().isEmpty()) {
      throw new XValidationException("A post cannot carry both a poll and media; choose one.");
    }
  }
}
