package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** X's checks on uploads (category, size, content type) and the shape of upload responses. */
final class MediaRules {

  /** X keeps uploaded media for a day before it must be attached. */
  static final long EXPIRES_AFTER_SECS = 86_400;

  private MediaRules() {}

  /** Resolves the category (X's default for the type when none is given) and checks that the two fit. */
  static String category(String mediaType, String requestedCategory) {
    MediaKind kind = MediaKind.of(mediaType);
    String category = requestedCategory == null || requestedCategory.isBlank()
        ? kind.defaultCategory() : requestedCategory;
    if (!kind.fitsCategory(category)) {
      throw Problems.invalidParameter("media_category", category, "The media_category [" + category
          + "] does not fit the media_type [" + mediaType + "].");
    }
    return category;
  }

  static void checkSize(String mediaType, long bytes) {
    MediaKind kind = MediaKind.of(mediaType);
    if (bytes > kind.maxBytes()) {
      throw Problems.invalidParameter("total_bytes", Long.toString(bytes), "File size exceeds " + kind.maxBytes()
          + " bytes, the limit for " + kind.type() + " media.");
    }
  }

  /** Checks the first bytes against the declared type; returns the type the upload is (declared or detected). */
  static String checkContent(String declaredType, byte[] head) {
    String detected = MediaSignature.detect(head).orElse(null);
    if (declaredType == null) {
      if (detected == null) {
        throw Problems.invalidParameter("media", null, "The media type could not be recognized; send media_type.");
      }
      return detected;
    }
    if (detected == null ? !declaredType.equals("text/srt") : !MediaSignature.matches(declaredType, detected)) {
      throw Problems.invalidParameter("media_type", declaredType, "The uploaded bytes are not " + declaredType
          + (detected == null ? "." : ": they look like " + detected + "."));
    }
    return declaredType;
  }

  /** The {@code data} object of upload responses: id, media_key, size, expiry and processing_info. */
  static ObjectNode describe(MediaUpload upload, MediaStore store) {
    ObjectNode data = Json.object().put("id", upload.id()).put("media_key", upload.mediaKey());
    if (upload.isFinalized()) {
      data.put("size", upload.receivedBytes());
    }
    data.put("expires_after_secs", EXPIRES_AFTER_SECS);
    MediaUpload.Processing processing = store.processing(upload);
    if (processing != null) {
      ObjectNode info = data.putObject("processing_info").put("state", processing.state());
      if (!processing.state().equals("succeeded")) {
        info.put("check_after_secs", processing.checkAfterSecs());
      }
      if (!processing.state().equals("pending")) {
        info.put("progress_percent", processing.progressPercent());
      }
    }
    if (upload.isFinalized() && upload.kind() == MediaKind.PHOTO) {
      data.putObject("image").put("image_type", upload.mediaType());
    }
    if (upload.isFinalized() && upload.kind() == MediaKind.VIDEO) {
      data.putObject("video").put("video_type", upload.mediaType());
    }
    return data;
  }
}
