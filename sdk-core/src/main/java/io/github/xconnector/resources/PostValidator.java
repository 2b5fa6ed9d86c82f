package io.github.xconnector.resources;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.media.MediaKind;
import java.util.Map;

/**
 * Checks a draft against X's rules for posts that its schema cannot say: the weighted text length, and which parts a
 * post may combine. The limits of each member (media and tags per post, poll options and duration, id patterns) are
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
    checkMediaKinds(draft);
    if (!draft.taggedUserIds().isEmpty() && draft.mediaIds().isEmpty()) {
      throw new XValidationException("Users can only be tagged in media; attach media or drop the tags.");
    }
    if (!draft.pollOptions().isEmpty() && !draft.mediaIds().isEmpty()) {
      throw new XValidationException("A post cannot carry both a poll and media; choose one.");
    }    checkCard(draft);
    if (draft.shareWithFollowers() != null && draft.communityId() == null) {
      throw new XValidationException("Sharing with followers applies to community posts only; set community(...)"
          + " or drop shareWithFollowers.");
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
