package io.github.xconnector.resources;

import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.DmMediaAttachment;
import io.github.xconnector.generated.model.DmMessageRequest;
import io.github.xconnector.media.UploadedMedia;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a direct message: text, attached media, or both.
 *
 * <pre>{@code
 * x.directMessages().send(userId, DirectMessage.text("See you at 6"));
 * x.directMessages().send(userId, DirectMessage.builder().text("The plan").media(uploaded).build());
 * }</pre>
 *
 * <p>A message with neither text nor media is refused when it is built, since X's document allows no empty message;
 * the other rules the spec gives (no empty text, the shape of media ids) are checked before sending. Instances are
 * immutable and thread-safe.
 */
public final class DirectMessage {

  private final String text;
  private final List<String> mediaIds;

  private DirectMessage(Builder builder) {
    this.text = builder.text;
    this.mediaIds = List.copyOf(builder.mediaIds);
  }

  /**
   * Returns a message of text alone.
   *
   * @param text the text
   * @return the message
   * @throws XValidationException when the text is {@code null}
   */
  public static DirectMessage text(String text) {
    return builder().text(text).build();
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the text, if the message has any */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /** @return the ids of the attached media, in order; empty when none */
  public List<String> mediaIds() {
    return mediaIds;
  }

  /** The request body X expects; {@link DirectMessagesService} sends it. */
  DmMessageRequest toRequest() {
    DmMessageRequest request = new DmMessageRequest().text(text);
    if (!mediaIds.isEmpty()) {
      List<DmMediaAttachment> attachments = new ArrayList<>();
      mediaIds.forEach(id -> attachments.add(new DmMediaAttachment().mediaId(id)));
      request.attachments(attachments);
    }
    return request;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DirectMessage && Objects.equals(text, ((DirectMessage) other).text)
        && mediaIds.equals(((DirectMessage) other).mediaIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, mediaIds);
  }

  // The text is the users' private conversation: only its length is shown.
  @Override
  public String toString() {
    return "DirectMessage{text=" + (text == null ? "none" : text.length() + " chars") + ", media=" + mediaIds + "}";
  }

  /** Builds a {@link DirectMessage}. Not thread-safe. */
  public static final class Builder {
    private String text;
    private final List<String> mediaIds = new ArrayList<>();

    private Builder() {
    }

    /**
     * Sets the text.
     *
     * @param text the text, or {@code null} for a message of media alone
     * @return this builder
     */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /**
     * Attaches uploaded media by id.
     *
     * @param ids media ids from {@code x.media()}, uploaded for direct messages
     * @return this builder
     */
    public Builder media(String... ids) {
      for (String id : ids) {
        mediaIds.add(Objects.requireNonNull(id, "media id"));
      }
      return this;
    }

    /**
     * Attaches uploaded media.
     *
     * @param media results of {@code x.media().upload(...)}
     * @return this builder
     */
    public Builder media(UploadedMedia... media) {
      for (UploadedMedia item : media) {
        mediaIds.add(Objects.requireNonNull(item, "media").id());
      }
      return this;
    }

    /**
     * Builds the message.
     *
     * @return the message
     * @throws XValidationException when it has neither text nor media
     */
    public DirectMessage build() {
      if (text == null && mediaIds.isEmpty()) {
        throw new XValidationException("A direct message needs text, media or both; it has neither.");
      }
      return new DirectMessage(this);
    }
  }
}
