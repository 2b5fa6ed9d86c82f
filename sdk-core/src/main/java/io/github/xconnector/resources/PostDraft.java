package io.github.xconnector.resources;

import io.github.xconnector.generated.model.CreatePostRequest;
import io.github.xconnector.generated.model.CreatePostRequestEditOptions;
import io.github.xconnector.generated.model.CreatePostRequestGeo;
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
 * A post to publish: text, and optionally a reply target (with users to leave out of it), a quoted post, media with
 * tagged users, a poll, who may reply, a place, a community, a card, a Direct Message link, labels (made with AI,
 * paid partnership) and audience flags; or a new version of an earlier post ({@link Builder#editOf(String)}).
 * Checked against X's rules by {@code x.posts().create(draft)} before anything is sent.
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
  private final String editedPostId;
  private final List<String> excludedReplyUserIds;
  private final Boolean autoPopulateReplyMetadata;
  private final String communityId;
  private final Boolean shareWithFollowers;
  private final String placeId;
  private final String cardUri;
  private final String directMessageDeepLink;
  private final Boolean madeWithAi;
  private final Boolean paidPartnership;
  private final Boolean superFollowersOnly;
  private final Boolean nullcast;

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
    this.editedPostId = b.editedPostId;
    this.excludedReplyUserIds = List.copyOf(b.excludedReplyUserIds);
    this.autoPopulateReplyMetadata = b.autoPopulateReplyMetadata;
    this.communityId = b.communityId;
    this.shareWithFollowers = b.shareWithFollowers;
    this.placeId = b.placeId;
    this.cardUri = b.cardUri;
    this.directMessageDeepLink = b.directMessageDeepLink;
    this.madeWithAi = b.madeWithAi;
    this.paidPartnership = b.paidPartnership;
    this.superFollowersOnly = b.superFollowersOnly;
    this.nullcast = b.nullcast;
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

  /** @return the id of the earlier post this draft edits, or {@code null} for a new post */
  public String editedPostId() {
    return editedPostId;
  }

  /** @return the users left out of the reply's mentions */
  public List<String> excludedReplyUserIds() {
    return excludedReplyUserIds;
  }

  /** @return whether X fills in the reply's mentions, or {@code null} for X's default */
  public Boolean autoPopulateReplyMetadata() {
    return autoPopulateReplyMetadata;
  }

  /** @return the community the post goes to, or {@code null} */
  public String communityId() {
    return communityId;
  }

  /** @return whether a community post is also shown to the author's followers, or {@code null} for X's default */
  public Boolean shareWithFollowers() {
    return shareWithFollowers;
  }

  /** @return the id of the place attached, or {@code null} */
  public String placeId() {
    return placeId;
  }

  /** @return the URI of the card attached, or {@code null} */
  public String cardUri() {
    return cardUri;
  }

  /** @return the link that opens a Direct Message with the author, or {@code null} */
  public String directMessageDeepLink() {
    return directMessageDeepLink;
  }

  /** @return whether the post is labelled as holding AI-generated media, or {@code null} for X's default */
  public Boolean madeWithAi() {
    return madeWithAi;
  }

  /** @return whether the post is labelled as a paid partnership, or {@code null} for X's default */
  public Boolean paidPartnership() {
    return paidPartnership;
  }

  /** @return whether only the author's super followers see the post, or {@code null} for X's default */
  public Boolean superFollowersOnly() {
    return superFollowersOnly;
  }

  /** @return whether the post is promoted-only (kept off timelines), or {@code null} for X's default */
  public Boolean nullcast() {
    return nullcast;
  }

  /**
   * Converts the draft into the request body X expects; {@link PostsService} sends it.
   *
   * @return a new request body
   */
  CreatePostRequest toRequest() {
    // The generated models start with the spec's defaults (false flags, empty lists); clear them so the body
    // carries only what the draft says.
    CreatePostRequest request = new CreatePostRequest().forSuperFollowersOnly(superFollowersOnly)
        .nullcast(nullcast).shareWithFollowers(shareWithFollowers);
    if (text != null && !text.isEmpty()) {
      request.text(text);
    }
    if (replyToPostId != null || !excludedReplyUserIds.isEmpty() || autoPopulateReplyMetadata != null) {
      // Without a reply target the spec's required in_reply_to_tweet_id is missing, and the call path says so.
      request.reply(new CreatePostRequestReply().inReplyToTweetId(replyToPostId)
          .excludeReplyUserIds(excludedReplyUserIds.isEmpty() ? null : new ArrayList<>(excludedReplyUserIds))
          .autoPopulateReplyMetadata(autoPopulateReplyMetadata));
    }
    request.quoteTweetId(quotePostId);
    if (editedPostId != null) {
      request.editOptions(new CreatePostRequestEditOptions().previousPostId(editedPostId));
    }
    if (placeId != null) {
      request.geo(new CreatePostRequestGeo().placeId(placeId));
    }
    request.communityId(communityId).cardUri(cardUri).directMessageDeepLink(directMessageDeepLink)
        .madeWithAi(madeWithAi).paidPartnership(paidPartnership);
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
        + mediaIds + ", poll=" + pollOptions + (editedPostId == null ? "" : ", edits=" + editedPostId)
        + (communityId == null ? "" : ", community=" + communityId) + "}";
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
    private String editedPostId;
    private final List<String> excludedReplyUserIds = new ArrayList<>();
    private Boolean autoPopulateReplyMetadata;
    private String communityId;
    private Boolean shareWithFollowers;
    private String placeId;
    private String cardUri;
    private String directMessageDeepLink;
    private Boolean madeWithAi;
    private Boolean paidPartnership;
    private Boolean superFollowersOnly;
    private Boolean nullcast;

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
     * Makes the draft a new version of an earlier post of the authenticated user's, instead of a new post. X allows
     * a few edits within a short time after posting; the edited post gets a new id and keeps its edit history.
     *
     * @param previousPostId the post being edited (its latest version)
     * @return this builder
     */
    public Builder editOf(String previousPostId) {
      this.editedPostId = Objects.requireNonNull(previousPostId, "previousPostId");
      return this;
    }

    /**
     * Leaves users out of the reply's mentions; needs {@link #replyTo(String)}.
     *
     * @param userIds the users not to mention
     * @return this builder
     */
    public Builder excludeReplyUsers(String... userIds) {
      for (String id : userIds) {
        excludedReplyUserIds.add(Objects.requireNonNull(id, "excluded reply user id"));
      }
      return this;
    }

    /**
     * Asks X to fill in the reply's mentions from the conversation; needs {@link #replyTo(String)}.
     *
     * @param autoPopulate whether X fills them in
     * @return this builder
     */
    public Builder autoPopulateReplyMetadata(boolean autoPopulate) {
      this.autoPopulateReplyMetadata = autoPopulate;
      return this;
    }

    /**
     * Posts to a community.
     *
     * @param communityId the community
     * @return this builder
     */
    public Builder community(String communityId) {
      this.communityId = Objects.requireNonNull(communityId, "communityId");
      return this;
    }

    /**
     * Shows a community post to the author's followers too; needs {@link #community(String)}.
     *
     * @param share whether followers see it
     * @return this builder
     */
    public Builder shareWithFollowers(boolean share) {
      this.shareWithFollowers = share;
      return this;
    }

    /**
     * Attaches a place.
     *
     * @param placeId the place's id
     * @return this builder
     */
    public Builder place(String placeId) {
      this.placeId = Objects.requireNonNull(placeId, "placeId");
      return this;
    }

    /**
     * Attaches a card. A card cannot go with a quote, a poll, media or a Direct Message link.
     *
     * @param cardUri the card's URI
     * @return this builder
     */
    public Builder card(String cardUri) {
      this.cardUri = Objects.requireNonNull(cardUri, "cardUri");
      return this;
    }

    /**
     * Adds a link that opens a Direct Message conversation with the author.
     *
     * @param link the deep link
     * @return this builder
     */
    public Builder directMessageDeepLink(String link) {
      this.directMessageDeepLink = Objects.requireNonNull(link, "link");
      return this;
    }

    /**
     * Labels the post as holding AI-generated media.
     *
     * @param madeWithAi whether it does
     * @return this builder
     */
    public Builder madeWithAi(boolean madeWithAi) {
      this.madeWithAi = madeWithAi;
      return this;
    }

    /**
     * Labels the post as a paid partnership.
     *
     * @param paidPartnership whether it is one
     * @return this builder
     */
    public Builder paidPartnership(boolean paidPartnership) {
      this.paidPartnership = paidPartnership;
      return this;
    }

    /**
     * Shows the post to the author's super followers only.
     *
     * @param superFollowersOnly whether only they see it
     * @return this builder
     */
    public Builder superFollowersOnly(boolean superFollowersOnly) {
      this.superFollowersOnly = superFollowersOnly;
      return this;
    }

    /**
     * Makes the post promoted-only: it stays off the public timeline and is not shown to followers.
     *
     * @param nullcast whether it is promoted-only
     * @return this builder
     */
    public Builder nullcast(boolean nullcast) {
      this.nullcast = nullcast;
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
