package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.twitter.twittertext.TwitterTextParser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a create-post body the way X does (text length, reply and quote targets, media readiness, duplicates) and
 * turns it into a factory for the stored post.
 */
final class PostDrafts {

  static final int MAX_WEIGHTED_LENGTH = 280;

  private final Services services;
  private final PostIds pollIds = new PostIds();

  PostDrafts(Services services) {
    this.services = services;
  }

  SandboxState.PostFactory prepare(String authorId, JsonNode body) {
    String text = body.path("text").asText("");
    boolean hasMedia = body.has("media");
    boolean hasPoll = body.has("poll");
    if (text.isBlank() && !hasMedia && !hasPoll) {
      throw Problems.invalidParameter("text", text, "A post needs text, media or a poll.");
    }
    if (hasMedia && hasPoll) {
      throw Problems.invalid("A post cannot carry both media and a poll.");
    }
    int length = weightedLength(text);
    if (length > MAX_WEIGHTED_LENGTH) {
      throw Problems.invalidParameter("text", text, "The text is " + length + " characters long; a post may have"
          + " at most " + MAX_WEIGHTED_LENGTH + ".");
    }
    if (!text.isBlank() && isDuplicate(authorId, text)) {
      throw new ApiProblem(Problems.forbidden("You are not allowed to create a Tweet with duplicate content."));
    }
    Post replyTarget = target(body.path("reply").path("in_reply_to_tweet_id"), "reply.in_reply_to_tweet_id");
    Post quoted = target(body.path("quote_tweet_id"), "quote_tweet_id");
    List<String> mediaKeys = mediaKeys(authorId, body.path("media").path("media_ids"));
    JsonNode poll = body.path("poll");
    String replySettings = poll.path("reply_settings").asText(body.path("reply_settings").asText(null));
    return (id, createdAt) -> {
      List<Post.Reference> references = new ArrayList<>();
      if (replyTarget != null) {
        references.add(new Post.Reference("replied_to", replyTarget.id()));
      }
      if (quoted != null) {
        references.add(new Post.Reference("quoted", quoted.id()));
      }
      Post.Poll newPoll = null;
      if (hasPoll) {
        List<String> options = new ArrayList<>();
        poll.path("options").forEach(o -> options.add(o.asText()));
        int minutes = poll.path("duration_minutes").asInt();
        newPoll = new Post.Poll(pollIds.next(createdAt), options, minutes,
            createdAt.plus(Duration.ofMinutes(minutes)));
      }
      return new Post(id, authorId, text, createdAt, replyTarget == null ? id : replyTarget.conversationId(),
          replyTarget == null ? null : replyTarget.authorId(), references, mediaKeys, newPoll, replySettings);
    };
  }

  /** X's weighted length, by X's own rules: links count 23, emoji and CJK characters 2, most others 1. */
  static int weightedLength(String text) {
    return TwitterTextParser.parseTweet(text).weightedLength;
  }

  private boolean isDuplicate(String authorId, String text) {
    return !services.state().posts(p -> p.authorId().equals(authorId) && !p.isRepost() && p.text().equals(text))
        .isEmpty();
  }

  private Post target(JsonNode id, String parameter) {
    if (id.isMissingNode() || id.isNull()) {
      return null;
    }
    return services.state().post(id.asText()).orElseThrow(() -> Problems.invalidParameter(parameter, id.asText(),
        "The post [" + id.asText() + "] named by `" + parameter + "` does not exist or was deleted."));
  }

  private List<String> mediaKeys(String authorId, JsonNode ids) {
    List<String> keys = new ArrayList<>();
    for (JsonNode id : ids) {
      MediaUpload upload = services.media().byId(id.asText())
          .filter(m -> m.ownerId().equals(authorId) && services.media().isReady(m))
          .orElseThrow(() -> Problems.invalidParameter("media.media_ids", id.asText(), "Your media IDs are invalid."
              + " Media must be uploaded by the author and, for videos and GIFs, have finished processing."));
      keys.add(upload.mediaKey());
    }
    return keys;
  }
}
