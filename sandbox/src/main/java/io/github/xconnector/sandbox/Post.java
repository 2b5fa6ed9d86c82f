package io.github.xconnector.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * A post in the sandbox's state. Reposts are posts too, with a {@code retweeted} reference, as on X.
 *
 * @param inReplyToUserId the author of the post replied to, or null
 * @param poll the attached poll, or null
 * @param replySettings who may reply, or null for everyone
 */
record Post(String id, String authorId, String text, Instant createdAt, String conversationId,
    String inReplyToUserId, List<Reference> references, List<String> mediaKeys, Poll poll, String replySettings) {

  /** A link to another post: {@code replied_to}, {@code quoted} or {@code retweeted}. */
  record Reference(String type, String id) {}

  /** A poll attached to a post; nobody votes in the sandbox. */
  record Poll(String id, List<String> options, int durationMinutes, Instant endsAt) {}

  Post {
    references = List.copyOf(references);
    mediaKeys = List.copyOf(mediaKeys);
  }

  long numericId() {
    return Long.parseLong(id);
  }

  boolean isRepost() {
    return references.stream().anyMatch(r -> r.type().equals("retweeted"));
  }

  boolean isReply() {
    return inReplyToUserId != null;
  }

  /** The id of the post this one references with the given type, or null. */
  String referencedId(String type) {
    return references.stream().filter(r -> r.type().equals(type)).map(Reference::id).findFirst().orElse(null);
  }
}
