package io.github.xconnector.media;

import io.github.xconnector.generated.model.MediaCategory;
import java.util.Objects;
import java.util.Optional;

/**
 * Media that X accepted and finished processing: its id goes into a post's {@code media.media_ids}.
 *
 * <p>Instances are immutable.
 */
public final class UploadedMedia {

  private final String id;
  private final String mediaKey;
  private final MediaFormat format;
  private final MediaCategory category;
  private final String processingState;

  UploadedMedia(String id, String mediaKey, MediaFormat format, MediaCategory category, String processingState) {
    this.id = Objects.requireNonNull(id, "id");
    this.mediaKey = mediaKey;
    this.format = format;
    this.category = category;
    this.processingState = processingState;
  }

  /**
   * Returns the media id to attach to a post.
   *
   * @return digits, for example {@code 1880028106020515840}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the media key that identifies the media in post expansions.
   *
   * @return for example {@code 7_1880028106020515840}, or {@code null} when X sent none
   */
  public String mediaKey() {
    return mediaKey;
  }

  /**
   * Returns the format recognised from the content, which X was told.
   *
   * @return the format
   */
  public MediaFormat format() {
    return format;
  }

  /**
   * Returns the category the media was uploaded as.
   *
   * @return for example {@code tweet_video}
   */
  public MediaCategory category() {
    return category;
  }

  /**
   * Returns X's last processing state.
   *
   * @return {@code succeeded} for processed videos and GIFs; empty when X did not process the media (most images)
   */
  public Optional<String> processingState() {
    return Optional.ofNullable(processingState);
  }

  @Override
  public String toString() {
    return "UploadedMedia{id=" + id + ", mediaKey=" + mediaKey + ", format=" + format + ", category=" + category
        + (processingState == null ? "" : ", processingState=" + processingState) + "}";
  }
}
