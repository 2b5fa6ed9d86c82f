package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Renders posts, users, media and polls as X does: only the requested fields, in X's wire names.
 *
 * <p>Fields the sandbox has no data for (context annotations, geo, private metrics...) are left out, as X leaves out
 * fields a post does not have.
 */
final class JsonViews {

  private final SandboxState state;
  private final MediaStore media;
  private final String baseUrl;

  JsonViews(SandboxState state, MediaStore media, String baseUrl) {
    this.state = state;
    this.media = media;
    this.baseUrl = baseUrl;
  }

  ObjectNode post(Post post, Set<String> fields) {
    ObjectNode node = Json.object().put("id", post.id()).put("text", post.text());
    node.set("edit_history_tweet_ids", Json.strings(List.of(post.id())));
    if (fields.contains("author_id")) {
      node.put("author_id", post.authorId());
    }
    if (fields.contains("created_at")) {
      node.put("created_at", Json.time(post.createdAt()));
    }
    if (fields.contains("conversation_id")) {
      node.put("conversation_id", post.conversationId());
    }
    if (fields.contains("in_reply_to_user_id") && post.inReplyToUserId() != null) {
      node.put("in_reply_to_user_id", post.inReplyToUserId());
    }
    if (fields.contains("referenced_tweets") && !post.references().isEmpty()) {
      ArrayNode refs = node.putArray("referenced_tweets");
      post.references().forEach(r -> refs.addObject().put("type", r.type()).put("id", r.id()));
    }
    if (fields.contains("attachments") && (!post.mediaKeys().isEmpty() || post.poll() != null)) {
      ObjectNode attachments = node.putObject("attachments");
      if (!post.mediaKeys().isEmpty()) {
        attachments.set("media_keys", Json.strings(post.mediaKeys()));
      }
      if (post.poll() != null) {
        attachments.set("poll_ids", Json.strings(List.of(post.poll().id())));
      }
    }
    TextEntities postEntities = TextEntities.of(post.text());
    if (fields.contains("entities") && !postEntities.isEmpty()) {
      entities(postEntities, node.putObject("entities"));
    }
    if (fields.contains("public_metrics")) {
      SandboxState.PostMetrics metrics = state.postMetrics(post.id());
      node.putObject("public_metrics").put("retweet_count", metrics.retweetCount())
          .put("reply_count", metrics.replyCount()).put("like_count", metrics.likeCount())
          .put("quote_count", metrics.quoteCount()).put("bookmark_count", 0).put("impression_count", 0);
    }
    if (fields.contains("lang")) {
      node.put("lang", "en");
    }
    if (fields.contains("possibly_sensitive")) {
      node.put("possibly_sensitive", false);
    }
    if (fields.contains("reply_settings")) {
      node.put("reply_settings", post.replySettings() == null ? "everyone" : post.replySettings());
    }
    if (fields.contains("display_text_range")) {
      node.putArray("display_text_range").add(0).add(post.text().codePointCount(0, post.text().length()));
    }
    if (fields.contains("edit_controls")) {
      node.putObject("edit_controls").put("edits_remaining", 5).put("is_edit_eligible", !post.isRepost())
          .put("editable_until", Json.time(post.createdAt().plus(Duration.ofHours(1))));
    }
    return node;
  }

  ObjectNode user(SandboxUser user, Set<String> fields) {
    ObjectNode node = Json.object().put("id", user.id()).put("name", user.name()).put("username", user.username());
    if (fields.contains("created_at")) {
      node.put("created_at", Json.time(user.createdAt()));
    }
    if (fields.contains("description")) {
      node.put("description", user.description());
    }
    if (fields.contains("entities")) {
      TextEntities entities = TextEntities.of(user.description());
      if (!entities.isEmpty()) {
        entities(entities, node.putObject("entities").putObject("description"));
      }
    }
    if (fields.contains("protected")) {
      node.put("protected", user.protectedAccount());
    }
    if (fields.contains("verified")) {
      node.put("verified", false);
    }
    if (fields.contains("verified_type")) {
      node.put("verified_type", "none");
    }
    if (fields.contains("profile_image_url")) {
      node.put("profile_image_url", baseUrl + "/profile_images/" + user.id() + "_normal.png");
    }
    if (fields.contains("url")) {
      node.put("url", "");
    }
    if (fields.contains("pinned_tweet_id")) {
      state.pinnedPostId(user.id()).ifPresent(id -> node.put("pinned_tweet_id", id));
    }
    if (fields.contains("most_recent_tweet_id")) {
      state.mostRecentPostId(user.id()).ifPresent(id -> node.put("most_recent_tweet_id", id));
    }
    if (fields.contains("public_metrics")) {
      SandboxState.UserMetrics metrics = state.userMetrics(user.id());
      node.putObject("public_metrics").put("followers_count", metrics.followersCount())
          .put("following_count", metrics.followingCount()).put("tweet_count", metrics.tweetCount())
          .put("listed_count", 0).put("like_count", metrics.likeCount());
    }
    return node;
  }

  ObjectNode media(MediaUpload upload, Set<String> fields) {
    ObjectNode node = Json.object().put("media_key", upload.mediaKey()).put("type", upload.kind().type());
    String url = baseUrl + "/media/" + upload.mediaKey();
    if (fields.contains("url") && upload.kind() == MediaKind.PHOTO) {
      node.put("url", url + ".jpg");
    }
    if (fields.contains("preview_image_url") && upload.kind() != MediaKind.PHOTO) {
      node.put("preview_image_url", url + "_thumb.jpg");
    }
    if (fields.contains("alt_text") && upload.altText() != null) {
      node.put("alt_text", upload.altText());
    }
    if (fields.contains("public_metrics") && upload.kind() == MediaKind.VIDEO) {
      node.putObject("public_metrics").put("view_count", 0);
    }
    if (fields.contains("variants") && upload.kind() != MediaKind.PHOTO) {
      node.putArray("variants").addObject().put("content_type", "video/mp4").put("url", url + ".mp4");
    }
    return node;
  }

  ObjectNode poll(Post.Poll poll, Set<String> fields) {
    ObjectNode node = Json.object().put("id", poll.id());
    ArrayNode options = node.putArray("options");
    for (int i = 0; i < poll.options().size(); i++) {
      options.addObject().put("position", i + 1).put("label", poll.options().get(i)).put("votes", 0);
    }
    if (fields.contains("duration_minutes")) {
      node.put("duration_minutes", poll.durationMinutes());
    }
    if (fields.contains("end_datetime")) {
      node.put("end_datetime", Json.time(poll.endsAt()));
    }
    if (fields.contains("voting_status")) {
      node.put("voting_status", media.clock().instant().isBefore(poll.endsAt()) ? "open" : "closed");
    }
    return node;
  }

  private void entities(TextEntities entities, ObjectNode node) {
    if (!entities.hashtags().isEmpty()) {
      ArrayNode list = node.putArray("hashtags");
      entities.hashtags().forEach(e -> list.addObject().put("start", e.start()).put("end", e.end())
          .put("tag", e.value()));
    }
    if (!entities.cashtags().isEmpty()) {
      ArrayNode list = node.putArray("cashtags");
      entities.cashtags().forEach(e -> list.addObject().put("start", e.start()).put("end", e.end())
          .put("tag", e.value()));
    }
    if (!entities.mentions().isEmpty()) {
      ArrayNode list = node.putArray("mentions");
      for (TextEntities.Entity e : entities.mentions()) {
        ObjectNode mention = list.addObject().put("start", e.start()).put("end", e.end()).put("username", e.value());
        state.userByUsername(e.value()).ifPresent(u -> mention.put("id", u.id()));
      }
    }
    if (!entities.urls().isEmpty()) {
      ArrayNode list = node.putArray("urls");
      entities.urls().forEach(e -> list.addObject().put("start", e.start()).put("end", e.end())
          .put("url", e.value()).put("expanded_url", e.value()).put("display_url", e.value()
              .replaceFirst("^https?://", "")));
    }
  }
}
