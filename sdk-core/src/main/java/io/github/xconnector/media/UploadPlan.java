package io.github.xconnector.media;

import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.MediaCategory;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, before any request, how media is uploaded: its format (by content), its category, one request or
 * segments, and whether X's limits allow it at all.
 */
final class UploadPlan {

  /** X numbers segments from 0 to 999. */
  static final int MAX_SEGMENTS = 1000;
  private static final Logger LOG = LoggerFactory.getLogger(UploadPlan.class);
  /** How many leading bytes a refusal of unknown content shows. */
  private static final int HEX_SHOWN = 12;

  private final MediaFormat format;
  private final MediaCategory category;
  private final long length;
  private final int segments;
  private final boolean oneShot;

  private UploadPlan(MediaFormat format, MediaCategory category, long length, int chunkSize) {
    this.format = format;
    this.category = category;
    this.length = length;
    this.segments = (int) ((length + chunkSize - 1) / chunkSize);
    // Only still images that fit in one segment go in one request, so no upload holds more than one chunk in memory.
    this.oneShot = format.kind() == MediaKind.IMAGE && length <= chunkSize;
  }

  static UploadPlan of(MediaUpload upload, MediaInput input) {
    MediaFormat format = detect(upload, input);
    MediaKind kind = format.kind();
    MediaCategory category = upload.category() == null ? kind.defaultCategory() : upload.category();
    if (!kind.categories().contains(category)) {
      throw new XValidationException(input.name() + " is " + article(kind) + " " + kind.label() + " (" + format
          + "), which X does not take as " + category + "; use " + join(kind) + ".");
    }
    long over = input.length() - kind.maxBytes();
    if (over > 0) {
      throw new XValidationException(input.name() + " is " + ByteSize.describe(input.length()) + ", "
          + ByteSize.describe(over) + " over X's " + ByteSize.describe(kind.maxBytes()) + " limit for "
          + kind.label() + " (" + input.length() + " bytes, limit " + kind.maxBytes() + "). Compress or trim it.");
    }
    long segments = (input.length() + upload.chunkSize() - 1) / upload.chunkSize();
    if (segments > MAX_SEGMENTS) {
      long smallest = (input.length() + MAX_SEGMENTS - 1) / MAX_SEGMENTS;
      throw new XValidationException(input.name() + " would need " + segments + " segments of "
          + upload.chunkSize() + " bytes; X takes at most " + MAX_SEGMENTS + ". Use a chunkSize of at least "
          + smallest + " bytes.");
    }
    return new UploadPlan(format, category, input.length(), upload.chunkSize());
  }

  /**
   * The format comes from the content. A file's name is only a hint: a PNG saved as {@code photo.jpg} goes as a PNG.
   * A stream's declared media type is a claim and must name the format of its content (parameters, case and the
   * aliases {@code image/jpg} and {@code image/pjpeg} aside); {@code null} or {@code application/octet-stream}
   * claims nothing.
   */
  private static MediaFormat detect(MediaUpload upload, MediaInput input) {
    Optional<MediaFormat> detected = MediaFormat.detect(input.head(), input.headLength());
    Optional<FileTypeBox.Unsupported> unsupported = FileTypeBox.unsupported(input.head(), input.headLength());
    if (unsupported.isPresent()) {
      throw new XValidationException(input.name() + " holds " + unsupported.get().description() + ", which X's"
          + " media upload does not take. " + unsupported.get().advice());
    }
    String declared = upload.path() != null ? null : DeclaredMediaType.claimed(upload.declaredType());
    Optional<MediaFormat> named = upload.path() != null ? MediaFormat.fromFileName(input.name())
        : Optional.ofNullable(declared).flatMap(DeclaredMediaType::format);
    if (detected.isEmpty()) {
      throw new XValidationException(input.name() + " is not media X accepts: its first bytes ("
          + hex(input.head(), Math.min(input.headLength(), HEX_SHOWN)) + ") are not those of "
          + named.map(f -> "a " + f + " file, as its " + (upload.path() != null ? "name" : "type") + " says, nor ")
              .orElse("")
          + "JPEG, PNG, WEBP, GIF, MP4, MOV or WEBM. Convert it to one of those.");
    }
    if (declared != null && named.orElse(null) != detected.get()) {
      throw new XValidationException(input.name() + " was declared as " + upload.declaredType().trim() + ", but its"
          + " content is " + detected.get() + " (" + detected.get().mimeType() + "). Nothing was sent. Pass the"
          + " stream's real type, or null to let the content decide.");
    }
    if (named.isPresent() && named.get() != detected.get()) {
      LOG.debug("{} is named as {} but holds {}; uploading it as {}", input.name(), named.get(), detected.get(),
          detected.get().mimeType());
    }
    return detected.get();
  }

  private static String hex(byte[] bytes, int length) {
    if (length == 0) {
      return "none";
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(i == 0 ? "" : " ").append(String.format("%02X", bytes[i] & 0xFF));
    }
    return text.toString();
  }

  private static String article(MediaKind kind) {
    return kind == MediaKind.IMAGE ? "an" : "a";
  }

  private static String join(MediaKind kind) {
    StringBuilder text = new StringBuilder();
    for (MediaCategory category : kind.categories()) {
      text.append(text.length() == 0 ? "" : " or ").append(category);
    }
    return text.toString();
  }

  MediaFormat format() {
    return format;
  }

  MediaCategory category() {
    return category;
  }

  long length() {
    return length;
  }

  int segments() {
    return segments;
  }

  boolean oneShot() {
    return oneShot;
  }
}
