package io.github.xconnector.sandbox;

/** The kinds of media X knows, with their {@code type} field, media key prefix and size limit. */
enum MediaKind {
  PHOTO("photo", "3", 5L * 1024 * 1024, false),
  ANIMATED_GIF("animated_gif", "16", 15L * 1024 * 1024, true),
  VIDEO("video", "7", 512L * 1024 * 1024, true),
  SUBTITLES("subtitles", "17", 5L * 1024 * 1024, false);

  private final String type;
  private final String keyPrefix;
  private final long maxBytes;
  private final boolean processed;

  MediaKind(String type, String keyPrefix, long maxBytes, boolean processed) {
    this.type = type;
    this.keyPrefix = keyPrefix;
    this.maxBytes = maxBytes;
    this.processed = processed;
  }

  /** The kind of a MIME type: videos, GIFs, subtitles, and every other image type as a photo. */
  static MediaKind of(String mediaType) {
    if (mediaType.startsWith("video/")) {
      return VIDEO;
    }
    if (mediaType.equals("image/gif")) {
      return ANIMATED_GIF;
    }
    if (mediaType.startsWith("text/")) {
      return SUBTITLES;
    }
    return PHOTO;
  }

  /** Whether a media category may carry this kind, as X pairs them. */
  boolean fitsCategory(String category) {
    return switch (category) {
      case "tweet_image", "dm_image" -> this == PHOTO || this == ANIMATED_GIF;
      case "tweet_gif", "dm_gif" -> this == ANIMATED_GIF;
      case "tweet_video", "amplify_video", "dm_video" -> this == VIDEO;
      case "subtitles" -> this == SUBTITLES;
      default -> false;
    };
  }

  /** The category X assumes when an upload names none. */
  String defaultCategory() {
    return switch (this) {
      case PHOTO -> "tweet_image";
      case ANIMATED_GIF -> "tweet_gif";
      case VIDEO -> "tweet_video";
      case SUBTITLES -> "subtitles";
    };
  }

  String type() {
    return type;
  }

  String keyPrefix() {
    return keyPrefix;
  }

  long maxBytes() {
    return maxBytes;
  }

  /** Whether uploads of this kind process asynchronously in the given category (videos and GIFs). */
  boolean processedIn(String category) {
    return processed && !category.endsWith("_image");
  }
}
