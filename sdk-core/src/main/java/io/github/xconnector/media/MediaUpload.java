package io.github.xconnector.media;

import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.MediaCategory;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What to upload and how: a file or a stream of known length, with optional alt text, category and progress
 * listener.
 *
 * <pre>{@code
 * UploadedMedia video = x.media().upload(MediaUpload.fromPath(Path.of("clip.mp4"))
 *     .altText("A cat jumps onto a shelf")
 *     .progress((sent, total) -> System.out.printf("%d%%%n", 100 * sent / total))
 *     .build());
 * }</pre>
 *
 * <p>Instances are immutable. One made from a stream can be uploaded once, since uploading consumes the stream.
 */
public final class MediaUpload {

  /** The default segment size of a chunked upload: 4 MiB, below X's 5 MB limit per segment. */
  public static final int DEFAULT_CHUNK_SIZE = 4 << 20;
  /** The largest segment X accepts: 5 MB. */
  public static final int MAX_CHUNK_SIZE = 5 << 20;
  /** The smallest segment size this client sends. */
  public static final int MIN_CHUNK_SIZE = 1 << 10;
  private static final int MAX_ALT_TEXT = 1000;

  private final Path path;
  private final InputStream stream;
  private final long streamLength;
  private final String declaredType;
  private final String altText;
  private final MediaCategory category;
  private final UploadProgressListener progress;
  private final int chunkSize;
  private final int maxSegmentRetries;
  private final Duration segmentRetryBackoff;
  private final Duration maxProcessingWait;

  private MediaUpload(Builder builder) {
    this.path = builder.path;
    this.stream = builder.stream;
    this.streamLength = builder.streamLength;
    this.declaredType = builder.declaredType;
    this.altText = builder.altText;
    this.category = builder.category;
    this.progress = builder.progress;
    this.chunkSize = builder.chunkSize;
    this.maxSegmentRetries = builder.maxSegmentRetries;
    this.segmentRetryBackoff = builder.segmentRetryBackoff;
    this.maxProcessingWait = builder.maxProcessingWait;
  }

  /**
   * Starts an upload of a file. The file is read when the upload runs, one segment at a time.
   *
   * @param file the image, GIF or video
   * @return a builder
   */
  public static Builder fromPath(Path file) {
    Builder builder = new Builder();
    builder.path = Objects.requireNonNull(file, "file");
    return builder;
  }

  /**
   * Starts an upload of a stream, for media that is not in a file (a download, a generated video). The stream is
   * read once, one segment at a time, and is not closed: its owner closes it.
   *
   * <p>The format is recognised from the stream's first bytes, and X is told that format's type. A {@code mediaType}
   * is a claim about the content and is checked against those bytes before anything is sent: when it names another
   * format (PNG bytes declared as {@code video/mp4}, a QuickTime file as {@code video/mp4}) or a type X does not
   * take, the upload fails with an {@link XValidationException} naming both. Parameters, case and surrounding spaces
   * do not matter, and {@code image/jpg} and {@code image/pjpeg} name JPEG. Pass {@code null} (or
   * {@code application/octet-stream}) to let the content alone decide.
   *
   * @param stream the media bytes
   * @param length the exact number of bytes the stream holds
   * @param mediaType the MIME type of the content, for example {@code video/mp4}; {@code null} to let the content
   *     decide
   * @return a builder
   */
  public static Builder fromStream(InputStream stream, long length, String mediaType) {
    if (length <= 0) {
      throw new XValidationException("A media stream needs its exact length in bytes, was " + length + ".");
    }
    Builder builder = new Builder();
    builder.stream = Objects.requireNonNull(stream, "stream");
    builder.streamLength = length;
    builder.declaredType = mediaType;
    return builder;
  }

  Path path() {
    return path;
  }

  InputStream stream() {
    return stream;
  }

  long streamLength() {
    return streamLength;
  }

  String declaredType() {
    return declaredType;
  }

  String altText() {
    return altText;
  }

  MediaCategory category() {
    return category;
  }

  UploadProgressListener progress() {
    return progress;
  }

  int chunkSize() {
    return chunkSize;
  }

  int maxSegmentRetries() {
    return maxSegmentRetries;
  }

  Duration segmentRetryBackoff() {
    return segmentRetryBackoff;
  }

  Duration maxProcessingWait() {
    return maxProcessingWait;
  }

  @Override
  public String toString() {
    return "MediaUpload{" + (path != null ? "path=" + path : "stream of " + streamLength + " bytes")
        + (category == null ? "" : ", category=" + category) + ", chunkSize=" + chunkSize + "}";
  }

  /** Builds a {@link MediaUpload}. Not thread-safe; the uploads it builds are immutable. */
  public static final class Builder {
    private Path path;
    private InputStream stream;
    private long streamLength;
    private String declaredType;
    private String altText;
    private MediaCategory category;
    private UploadProgressListener progress = UploadProgressListener.NONE;
    private int chunkSize = DEFAULT_CHUNK_SIZE;
    private int maxSegmentRetries = 3;
    private Duration segmentRetryBackoff = Duration.ofSeconds(1);
    private Duration maxProcessingWait = Duration.ofMinutes(10);

    private Builder() {
    }

    /**
     * Sets the alt text that describes the media to people who cannot see it; it is set right after the upload.
     * Optional.
     *
     * @param altText 1 to 1,000 characters
     * @return this builder
     */
    public Builder altText(String altText) {
      this.altText = altText;
      return this;
    }

    /**
     * Sets what the media is for. Defaults to {@code tweet_image}, {@code tweet_gif} or {@code tweet_video} by the
     * content; set {@code dm_*} for direct messages or {@code amplify_video}.
     *
     * @param category a category that fits the media's kind
     * @return this builder
     */
    public Builder category(MediaCategory category) {
      this.category = category;
      return this;
    }

    /**
     * Sets a listener told the bytes sent after each segment X acknowledged. Defaults to none.
     *
     * @param progress the listener
     * @return this builder
     */
    public Builder progress(UploadProgressListener progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /**
     * Sets the segment size of a chunked upload, which is also about the most memory the upload holds. Defaults to
     * 4 MiB. Images no larger than this go in one request.
     *
     * @param chunkSize from 1 KiB to 5 MiB
     * @return this builder
     */
    public Builder chunkSize(int chunkSize) {
      this.chunkSize = chunkSize;
      return this;
    }

    /**
     * Sets how often one failed segment is sent again before the upload fails. Defaults to 3.
     *
     * <p>Only the failed segment is sent again, with the same index, after a 5xx answer or an I/O failure; X keeps
     * the last copy of each index, so this is safe. Acknowledged segments are never sent again.
     *
     * @param maxSegmentRetries zero or more
     * @return this builder
     */
    public Builder maxSegmentRetries(int maxSegmentRetries) {
      this.maxSegmentRetries = maxSegmentRetries;
      return this;
    }

    /**
     * Sets the wait before a failed segment is sent again; it doubles with each retry of that segment. Defaults to
     * 1 s.
     *
     * @param segmentRetryBackoff a non-negative duration
     * @return this builder
     */
    public Builder segmentRetryBackoff(Duration segmentRetryBackoff) {
      this.segmentRetryBackoff = segmentRetryBackoff;
      return this;
    }

    /**
     * Sets the longest total wait for X to process a video or GIF. Defaults to 10 minutes.
     *
     * @param maxProcessingWait a non-negative duration
     * @return this builder
     */
    public Builder maxProcessingWait(Duration maxProcessingWait) {
      this.maxProcessingWait = maxProcessingWait;
      return this;
    }

    /**
     * Builds the upload.
     *
     * @return the upload; later changes to this builder do not affect it
     * @throws XValidationException when an option breaks X's rules
     */
    public MediaUpload build() {
      if (altText != null) {
        int length = altText.codePointCount(0, altText.length());
        if (altText.isBlank() || length > MAX_ALT_TEXT) {
          throw new XValidationException("Alt text takes 1 to " + MAX_ALT_TEXT + " characters, had " + length
              + (length > MAX_ALT_TEXT ? " (" + (length - MAX_ALT_TEXT) + " too many)." : "."));
        }
      }
      if (category == MediaCategory.UNKNOWN_DEFAULT_OPEN_API || category == MediaCategory.SUBTITLES) {
        throw new XValidationException("Media uploads take an image, GIF or video category, was " + category + ".");
      }
      if (chunkSize < MIN_CHUNK_SIZE || chunkSize > MAX_CHUNK_SIZE) {
        throw new XValidationException("chunkSize runs from " + MIN_CHUNK_SIZE + " bytes to " + MAX_CHUNK_SIZE
            + " bytes (X's limit per segment), was " + chunkSize + ".");
      }
      if (maxSegmentRetries < 0) {
        throw new XValidationException("maxSegmentRetries must be zero or more, was " + maxSegmentRetries + ".");
      }
      nonNegative(segmentRetryBackoff, "segmentRetryBackoff");
      nonNegative(maxProcessingWait, "maxProcessingWait");
      return new MediaUpload(this);
    }

    private static void nonNegative(Duration value, String name) {
      if (value == null || value.isNegative()) {
        throw new XValidationException(name + " must be zero or positive, was " + value + ".");
      }
    }
  }
}
