package io.github.xconnector.resources;

import io.github.xconnector.generated.model.CreatePostRequest;
import io.github.xconnector.generated.model.CreatePostRequestMedia;
import io.github.xconnector.generated.model.CreatePostRequestPoll;
import io.github.xconnector.generated.model.CreatePostRequestReply;
import io.github.xconnector.media.MediaKind;
import io.github.xconnector.media.UploadedMedia;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A post to publish: text, and optionally a reply target, a quoted post, media with tagged users, a poll, and who
 * may reply. Checked against X's rules by {@code x.posts().create(draft)} before anything is sent.
 *
 * <p>Instances are immutable.
 */
public final class PostDraft {

  /** Who may reply to a post. */
  public enum ReplySettings {
    /** Only users the author follows. */
    FOLLOWING(CreatePostRequest.ReplySettingsEnum.FOLLOWING),
    /** Only users the post mentions. */
    MENTIONED_USERS(CreatePostRequest.ReplySettingsEnum.MENTIONED_USERS),
    /** Only the author's subscribers. */
    SUBSCRIBERS(CreatePostRequest.ReplySettingsEnum.SUBSCRIBERS),
    /** Only verified users. */
    VERIFIED(CreatePostRequest.ReplySettingsEnum.VERIFIED);

    private final CreatePostRequest.ReplySettingsEnum wire;

    ReplySettings(CreatePostRequest.ReplySettingsEnum wire) {
      this.wire = wire;
    }
  }

  private final String text;
  private final String replyToPostId;
  private final String quotePostId;
  private final List<String> mediaIds;
  private final Map<String, MediaKind> mediaKinds;
  private final List<String> taggedUserIds;
  private final List<String> pollOptions;
  private final Duration pollDuration;
  private final ReplySettings replySettings;

  private PostDraft(Builder b) {
    this.text = b.text;
    this.replyToPostId = b.replyToPostId;
    this.quotePostId = b.quotePostId;
    this.mediaIds = List.copyOf(b.mediaIds);
    this.mediaKinds = Map.copyOf(b.mediaKinds);
    this.taggedUserIds = List.copyOf(b.taggedUserIds);
    this.pollOptions = List.copyOf(b.pollOptions);
    this.pollDuration = b.pollDuration;
    this.replySettings = b.replySettings;
  }

  /**
   * Starts a draft with text.
   *
   * @param text the text; may be empty when media is attached
   * @return a new builder
   */
  public static Builder text(String text) {
    return new Builder(text);
  }

  /** @return the text, or {@code null} */
  public String text() {
    return text;
  }

  /** @return the id of the post this replies to, or {@code null} */
  public String replyToPostId() {
    return replyToPostId;
  }

  /** @return the id of the quoted post, or {@code null} */
  public String quotePostId() {
    return quotePostId;
  }

  /** @return the attached media ids */
  public List<String> mediaIds() {
    return mediaIds;
  }

  /**
   * Returns what kind of media each attached id is, for media attached as {@link UploadedMedia}; ids attached as
   * strings are not in the map.
   *
   * @return media id to kind, unmodifiable
   */
  public Map<String, MediaKind> mediaKinds() {
    return mediaKinds;
  }

  /** @return the users tagged in the media */
  public List<String> taggedUserIds() {
    return taggedUserIds;
  }

  /** @return the poll options, empty without a poll */
  public List<String> pollOptions() {
    return pollOptions;
  }

  /** @return how long the poll runs, or {@code null} without a poll */
  public Duration pollDuration() {
    return pollDuration;
  }

  /** @return who may reply, or {@code null} for everyone */
  public ReplySettings replySettings() {
    return replySettings;
  }

  /**
   * Converts the draft into the request body X expects; {@link PostsService} sends it.
   *
   * @return a new request body
   */
  CreatePostRequest toRequest() {
    // The generated models start with the spec's defaults (false flags, empty lists); clear them so the body
    // carries only what the draft says.
    CreatePostRequest request = new CreatePostRequest().forSuperFollowersOnly(null).nullcast(null)
        .shareWithFollowers(null);
    if (text != null && !text.isEmpty()) {
      request.text(text);
    }
    if (replyToPostId != null) {
      request.reply(new CreatePostRequestReply().inReplyToTweetId(replyToPostId).excludeReplyUserIds(null));
    }
    request.quoteTweetId(quotePostId);
    if (!mediaIds.isEmpty()) {
      CreatePostRequestMedia media = new CreatePostRequestMedia().mediaIds(new ArrayList<>(mediaIds))
          .taggedUserIds(taggedUserIds.isEmpty() ? null : new ArrayList<>(taggedUserIds));
      request.media(media);
    }
    if (!pollOptions.isEmpty()) {
      request.poll(new CreatePostRequestPoll().options(new ArrayList<>(pollOptions))
          .durationMinutes(pollDuration == null ? null : (int) pollDuration.toMinutes()));
    }
    if (replySettings != null) {
      request.replySettings(replySettings.wire);
    }
    return request;
  }

  @Override
  public String toString() {
    return "PostDraft{text='" + text + "', replyTo=" + replyToPostId + ", quote=" + quotePostId + ", media="
        + mediaIds + ", poll=" + pollOptions + "}";
  }

  /** Builds a {@link PostDraft}. Not thread-safe. */
  public static final class Builder {
    private final String text;
    private String replyToPostId;
    private String quotePostId;
    private final List<String> mediaIds = new ArrayList<>();
    private final Map<String, MediaKind> mediaKinds = new HashMap<>();
    private final List<String> taggedUserIds = new ArrayList<>();
    private final List<String> pollOptions = new ArrayList<>();
    private Duration pollDuration;
    private ReplySettings replySettings;

    private Builder(String text) {
      this.text = text;
    }

    /**
     * Makes the post a reply.
     *
     * @param postId the post replied to
     * @return this builder
     */
    public Builder replyTo(String postId) {
      this.replyToPostId = postId;
      return this;
    }

    /**
     * Makes the post quote another.
     *
     * @param postId the quoted post
     * @return this builder
     */
    public Builder quote(String postId) {
      this.quotePostId = postId;
      return this;
    }

    /**
     * Attaches uploaded media: up to 4 images, or 1 video or GIF.
     *
     * @param ids media ids from {@code x.media()}
     * @return this builder
     */
    public Builder media(String... ids) {
      for (String id : ids) {
        mediaIds.add(Objects.requireNonNull(id, "media id"));
      }
      return this;
    }

    /**
     * Attaches uploaded media: up to 4 images, or 1 video or GIF alone. Unlike {@link #media(String...)}, the kinds
     * are known, so a video or GIF combined with other media is refused before the post is sent.
     *
     * @param media results of {@code x.media().upload(...)}
     * @return this builder
     */
    public Builder media(UploadedMedia... media) {
      for (UploadedMedia item : media) {
        Objects.requireNonNull(item, "media");
        mediaIds.add(item.id());
        mediaKinds.put(item.id(), item.format().kind());
      }
      return this;
    }

    /**
     * Tags users in the attached media.
     *
     * @param userIds up to 10 user ids
     * @return this builder
     */
    public Builder tagUsers(String... userIds) {
      for (String id : userIds) {
        taggedUserIds.add(Objects.requireNonNull(id, "tagged user id"));
      }
      return this;
    }

    /**
     * Adds a poll.
     *
     * @param duration how long it runs, 5 minutes to 7 days
     * @param options 2 to 4 options of 1 to 25 characters
     * @return this builder
     */
    public Builder poll(Duration duration, String... options) {
      this.pollDuration = Objects.requireNonNull(duration, "duration");
      pollOptions.clear();
      for (String option : options) {
        pollOptions.add(Objects.requireNonNull(option, "poll option"));
      }
      return this;
    }

    /**
     * Limits who may reply.
     *
     * @param replySettings who may reply
     * @return this builder
     */
    public Builder replySettings(ReplySettings replySettings) {
      this.replySettings = replySettings;
      return this;
    }

    /**
     * Builds the draft. Rules are checked when it is published.
     *
     * @return the draft
     */
    public PostDraft build() {
      return new PostDraft(this);
    }
  }
}
