package io.github.xconnector.media;

import io.github.xconnector.generated.model.MediaCategory;
import java.util.List;

/**
 * The three kinds of media X takes in posts, each with its size limit and the categories it may be uploaded as.
 *
 * <p>Limits are X's published ones: images 5 MB, GIFs 15 MB, videos 512 MB, counted here in binary units
 * (1 MB = 1,048,576 bytes).
 */
public enum MediaKind {
  /** A still image: JPEG, PNG or WEBP. */
  IMAGE("image", 5L << 20, MediaCategory.TWEET_IMAGE, MediaCategory.DM_IMAGE),
  /** An animated GIF. */
  GIF("GIF", 15L << 20, MediaCategory.TWEET_GIF, MediaCategory.DM_GIF),
  /** A video: MP4, MOV or WEBM. */
  VIDEO("video", 512L << 20, MediaCategory.TWEET_VIDEO, MediaCategory.AMPLIFY_VIDEO, MediaCategory.DM_VIDEO);

  private final String label;
  private final long maxBytes;
  private final List<MediaCategory> categories;

  MediaKind(String label, long maxBytes, MediaCategory... categories) {
    this.label = label;
    this.maxBytes = maxBytes;
    this.categories = List.of(categories);
  }

  /**
   * Returns the largest file X accepts of this kind.
   *
   * @return the limit in bytes
   */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Returns the category used when the caller names none: the one for media in a post.
   *
   * @return {@code tweet_image}, {@code tweet_gif} or {@code tweet_video}
   */
  public MediaCategory defaultCategory() {
    return categories.get(0);
  }

  /**
   * Returns the categories media of this kind may be uploaded as.
   *
   * @return an unmodifiable list, the default first
   */
  public List<MediaCategory> categories() {
    return categories;
  }

  /**
   * Returns the kind's name as messages use it.
   *
   * @return {@code image}, {@code GIF} or {@code video}
   */
  public String label() {
    return label;
  }
}
