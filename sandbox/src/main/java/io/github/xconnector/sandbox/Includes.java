package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a response's {@code includes} from its data and the requested {@code expansions}: users, tweets, media and
 * polls, each once, rendered with their own {@code *.fields}.
 */
final class Includes {

  private final SandboxState state;
  private final MediaStore media;
  private final JsonViews views;
  private final FieldSelector fields;
  private final Map<String, SandboxUser> users = new LinkedHashMap<>();
  private final Map<String, Post> tweets = new LinkedHashMap<>();
  private final Map<String, MediaUpload> mediaItems = new LinkedHashMap<>();
  private final Map<String, Post.Poll> polls = new LinkedHashMap<>();

  Includes(SandboxState state, MediaStore media, JsonViews views, FieldSelector fields) {
    this.state = state;
    this.media = media;
    this.views = views;
    this.fields = fields;
  }

  /** Adds what the expansions of post endpoints pull in for these posts. */
  Includes addForPosts(List<Post> posts) {
    for (Post post : posts) {
      if (fields.expands("author_id")) {
        addUser(post.authorId());
      }
      if (fields.expands("in_reply_to_user_id") && post.inReplyToUserId() != null) {
        addUser(post.inReplyToUserId());
      }
      if (fields.expands("entities.mentions.username")) {
        TextEntities.of(post.text()).mentions()
            .forEach(m -> state.userByUsername(m.value()).ifPresent(u -> users.putIfAbsent(u.id(), u)));
      }
      if (fields.expands("attachments.media_keys")) {
        addMedia(post);
      }
      if (fields.expands("attachments.poll_ids") && post.poll() != null) {
        polls.putIfAbsent(post.poll().id(), post.poll());
      }
      for (Post.Reference reference : post.references()) {
        Optional<Post> referenced = state.post(reference.id());
        if (referenced.isEmpty()) {
          continue;
        }
        if (fields.expands("referenced_tweets.id")) {
          tweets.putIfAbsent(reference.id(), referenced.get());
        }
        if (fields.expands("referenced_tweets.id.author_id")) {
          addUser(referenced.get().authorId());
        }
        if (fields.expands("referenced_tweets.id.attachments.media_keys")) {
          addMedia(referenced.get());
        }
      }
    }
    return this;
  }

  /** Adds what the expansions of user endpoints pull in for these users. */
  Includes addForUsers(List<SandboxUser> list) {
    for (SandboxUser user : list) {
      if (fields.expands("pinned_tweet_id")) {
        state.pinnedPostId(user.id()).flatMap(state::post).ifPresent(p -> tweets.putIfAbsent(p.id(), p));
      }
      if (fields.expands("most_recent_tweet_id")) {
        state.mostRecentPostId(user.id()).flatMap(state::post).ifPresent(p -> tweets.putIfAbsent(p.id(), p));
      }
    }
    return this;
  }

  /** The {@code includes} object, or null when nothing was expanded (X then leaves the member out). */
  ObjectNode toJson() {
    ObjectNode node = Json.object();
    if (!users.isEmpty()) {
      ArrayNode array = node.putArray("users");
      users.values().forEach(u -> array.add(views.user(u, fields.userFields())));
    }
    if (!tweets.isEmpty()) {
      ArrayNode array = node.putArray("tweets");
      tweets.values().forEach(p -> array.add(views.post(p, fields.postFields())));
    }
    if (!mediaItems.isEmpty()) {
      ArrayNode array = node.putArray("media");
      mediaItems.values().forEach(m -> array.add(views.media(m, fields.mediaFields())));
    }
    if (!polls.isEmpty()) {
      ArrayNode array = node.putArray("polls");
      polls.values().forEach(p -> array.add(views.poll(p, fields.pollFields())));
    }
    return node.isEmpty() ? null : node;
  }

  private void addUser(String id) {
    if (!users.containsKey(id)) {
      state.user(id).ifPresent(u -> users.put(id, u));
    }
  }

  private void addMedia(Post post) {
    List<String> keys = new ArrayList<>(post.mediaKeys());
    keys.forEach(key -> media.byKey(key).ifPresent(m -> mediaItems.putIfAbsent(key, m)));
  }
}
