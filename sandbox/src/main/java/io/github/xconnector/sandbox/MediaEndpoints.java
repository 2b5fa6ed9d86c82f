package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/** One-shot upload, processing status and metadata (alt text) of media. */
final class MediaEndpoints {

  private static final Set<String> ONE_SHOT_CATEGORIES = Set.of("tweet_image", "dm_image", "subtitles");

  private final Services services;

  MediaEndpoints(Services services) {
    this.services = services;
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("uploadMedia", this::upload);
    endpoints.put("getMediaUploadStatus", this::status);
    endpoints.put("createMediaMetadata", this::metadata);
  }

  private SandboxResponse upload(Call call) {
    MultipartForm form = MultipartForm.read(call.request(), Set.of("media"));
    MultipartForm.FilePart file = form.file("media");
    String category = form.field("media_category");
    if (file == null) {
      throw Problems.invalidParameter("media", null, "The `media` form field (the file) is required.");
    }
    if (category == null || !ONE_SHOT_CATEGORIES.contains(category)) {
      throw Problems.invalidParameter("media_category", category, "The `media_category` form field must be one of "
          + ONE_SHOT_CATEGORIES + "; upload videos and GIFs in chunks.");
    }
    String mediaType = MediaRules.checkContent(form.field("media_type"), file.head());
    MediaRules.checkSize(mediaType, file.size());
    MediaRules.category(mediaType, category);
    MediaUpload upload = services.media().create(call.userId(), mediaType, category, file.size());
    upload.addSegment(0, file.size(), file.head());
    upload.markFinalized(services.now());
    return Responses.data(200, MediaRules.describe(upload, services.media()));
  }

  private SandboxResponse status(Call call) {
    MediaUpload upload = owned(call, call.query("media_id"));
    return Responses.data(200, MediaRules.describe(upload, services.media()));
  }

  private SandboxResponse metadata(Call call) {
    JsonNode body = call.jsonBody();
    MediaUpload upload = owned(call, body.path("id").asText());
    JsonNode altText = body.path("metadata").path("alt_text");
    ObjectNode data = Json.object().put("id", upload.id());
    ObjectNode associated = data.putObject("associated_metadata");
    if (altText.has("text")) {
      upload.altText(altText.path("text").asText());
      associated.putObject("alt_text").put("text", upload.altText());
    }
    return Responses.data(200, data);
  }

  /** The caller's upload with that id; X answers "not found" for unknown ids and for other users' media. */
  private MediaUpload owned(Call call, String id) {
    return services.media().byId(id).filter(m -> m.ownerId().equals(call.userId()))
        .orElseThrow(() -> Problems.invalid("BadRequest: Not found"));
  }
}
