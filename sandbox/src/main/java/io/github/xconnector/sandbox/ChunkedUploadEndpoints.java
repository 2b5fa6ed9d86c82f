package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** The chunked upload: initialize, append numbered segments, finalize. Videos and GIFs then process. */
final class ChunkedUploadEndpoints {

  private final Services services;

  ChunkedUploadEndpoints(Services services) {
    this.services = services;
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("initializeMediaUpload", this::initialize);
    endpoints.put("appendMediaUpload", this::append);
    endpoints.put("finalizeMediaUpload", this::finalizeUpload);
  }

  private SandboxResponse initialize(Call call) {
    JsonNode body = call.jsonBody();
    String mediaType = body.path("media_type").asText(null);
    if (mediaType == null) {
      throw Problems.invalidParameter("media_type", null, "The `media_type` field is required.");
    }
    if (mediaType.startsWith("model/")) {
      throw Problems.invalidParameter("media_type", mediaType, "The sandbox does not take 3D models.");
    }
    if (!body.path("total_bytes").canConvertToLong()) {
      throw Problems.invalidParameter("total_bytes", null, "The `total_bytes` field is required.");
    }
    long totalBytes = body.path("total_bytes").asLong();
    MediaRules.checkSize(mediaType, totalBytes);
    String category = MediaRules.category(mediaType, body.path("media_category").asText(null));
    MediaUpload upload = services.media().create(call.userId(), mediaType, category, totalBytes);
    return Responses.data(200, MediaRules.describe(upload, services.media()));
  }

  private SandboxResponse append(Call call) {
    MediaUpload upload = uploading(call);
    MultipartForm form = MultipartForm.read(call.request(), Set.of("media"));
    MultipartForm.FilePart segment = form.file("media");
    String index = form.field("segment_index");
    if (segment == null) {
      throw Problems.invalidParameter("media", null, "The `media` form field (the segment's bytes) is required.");
    }
    if (index == null || !index.trim().matches("[0-9]{1,3}")) {
      throw Problems.invalidParameter("segment_index", index, "The `segment_index` form field must be 0 to 999.");
    }
    int segmentIndex = Integer.parseInt(index.trim());
    if (segmentIndex == 0) {
      MediaRules.checkContent(upload.mediaType(), segment.head());
    }
    if (!upload.addSegment(segmentIndex, segment.size(), segment.head())) {
      throw Problems.invalidParameter("segment_index", index, "Segment " + segmentIndex + " was already appended.");
    }
    if (upload.receivedBytes() > upload.totalBytes()) {
      throw Problems.invalidParameter("media", null, "The segments add up to more than the " + upload.totalBytes()
          + " bytes declared as total_bytes.");
    }
    long expiresAt = services.now().plus(Duration.ofSeconds(MediaRules.EXPIRES_AFTER_SECS)).getEpochSecond();
    return Responses.data(200, Json.object().put("expires_at", expiresAt));
  }

  private SandboxResponse finalizeUpload(Call call) {
    MediaUpload upload = owned(call);
    if (!upload.isFinalized()) {
      if (upload.receivedBytes() != upload.totalBytes()) {
        throw Problems.invalidParameter("id", upload.id(), "The segments add up to " + upload.receivedBytes()
            + " bytes, but total_bytes was " + upload.totalBytes() + ".");
      }
      MediaRules.checkContent(upload.mediaType(), upload.head());
      upload.markFinalized(services.now());
    }
    return Responses.data(200, MediaRules.describe(upload, services.media()));
  }

  private MediaUpload uploading(Call call) {
    MediaUpload upload = owned(call);
    if (upload.isFinalized()) {
      throw Problems.invalidParameter("id", upload.id(), "This upload is already finalized.");
    }
    return upload;
  }

  private MediaUpload owned(Call call) {
    return services.media().byId(call.path("id")).filter(m -> m.ownerId().equals(call.userId()))
        .orElseThrow(() -> Problems.invalid("BadRequest: Not found"));
  }
}
