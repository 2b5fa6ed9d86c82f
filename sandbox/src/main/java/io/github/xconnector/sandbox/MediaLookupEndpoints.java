package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Media looked up by key, subtitles attached to uploaded videos, and media analytics (all counts zero: nobody watches
 * sandbox media). Lookups see every finalized upload; subtitles and analytics only the caller's own media.
 */
final class MediaLookupEndpoints {

  private static final Set<String> ANALYTICS_METRICS = Set.of("cta_url_clicks", "cta_watch_clicks", "play_from_tap",
      "playback25", "playback50", "playback75", "playback_complete", "playback_start", "video_views",
      "watch_time_ms");

  private final Services services;
  private final JsonViews views;
  private final SubtitleStore subtitles = new SubtitleStore();

  MediaLookupEndpoints(Services services, JsonViews views) {
    this.services = services;
    this.views = views;
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("getMediaByKey", this::byKey);
    endpoints.put("getMediaByKeys", this::byKeys);
    endpoints.put("addMediaSubtitles", this::addSubtitles);
    endpoints.put("removeMediaSubtitles", this::removeSubtitles);
    endpoints.put("getMediaAnalytics", this::analytics);
  }

  private Optional<MediaUpload> visible(String mediaKey) {
    return services.media().byKey(mediaKey).filter(MediaUpload::isFinalized);
  }

  private SandboxResponse byKey(Call call) {
    String key = call.path("media_key");
    Set<String> fields = FieldSelector.from(call.request()).mediaFields();
    return visible(key).map(upload -> Responses.data(200, views.media(upload, fields)))
        .orElseGet(() -> Responses.onlyErrors(Problems.resourceNotFound("media", "media_key", key)));
  }

  private SandboxResponse byKeys(Call call) {
    Set<String> fields = FieldSelector.from(call.request()).mediaFields();
    ObjectNode body = Json.object();
    ArrayNode data = Json.array();
    ArrayNode errors = Json.array();
    for (String key : call.query("media_keys").split(",")) {
      Optional<MediaUpload> upload = visible(key);
      if (upload.isPresent()) {
        data.add(views.media(upload.get(), fields));
      } else {
        errors.add(Problems.resourceNotFound("media", "media_keys", key));
      }
    }
    if (!data.isEmpty()) {
      body.set("data", data);
    }
    if (!errors.isEmpty()) {
      body.set("errors", errors);
    }
    return SandboxResponse.json(200, body);
  }

  private SandboxResponse addSubtitles(Call call) {
    JsonNode body = call.jsonBody();
    MediaUpload video = ownedVideo(call, body.path("id").asText());
    JsonNode file = body.path("subtitles");
    MediaUpload subtitlesFile = owned(call, file.path("id").asText());
    if (subtitlesFile.kind() != MediaKind.SUBTITLES) {
      throw Problems.invalidParameter("subtitles.id", subtitlesFile.id(), "The media [" + subtitlesFile.id()
          + "] was not uploaded with media_category subtitles.");
    }
    List<SubtitleStore.Subtitles> all = subtitles.attach(video.id(), new SubtitleStore.Subtitles(
        subtitlesFile.id(), file.path("language_code").asText(),
        file.hasNonNull("display_name") ? file.path("display_name").asText() : null));
    ObjectNode data = Json.object().put("id", video.id()).put("media_category", body.path("media_category").asText());
    ArrayNode associated = data.putArray("associated_subtitles");
    all.forEach(s -> associated.add(s.toJson()));
    return Responses.data(200, data);
  }

  private SandboxResponse removeSubtitles(Call call) {
    JsonNode body = call.jsonBody();
    MediaUpload video = ownedVideo(call, body.path("id").asText());
    boolean deleted = subtitles.detach(video.id(), body.path("language_code").asText());
    return Responses.data(200, Json.object().put("deleted", deleted));
  }

  private SandboxResponse analytics(Call call) {
    Instant start = Instant.parse(call.query("start_time"));
    Instant end = Instant.parse(call.query("end_time"));
    if (!start.isBefore(end)) {
      throw Problems.invalidParameter("start_time", call.query("start_time"),
          "The `start_time` query parameter must be before `end_time`.");
    }
    String granularity = call.query("granularity");
    String fieldsText = call.query("media_analytics.fields");
    Set<String> fields = fieldsText == null ? ANALYTICS_METRICS : Set.of(fieldsText.split(","));
    ArrayNode data = Json.array();
    ArrayNode errors = Json.array();
    for (String key : call.query("media_keys").split(",")) {
      Optional<MediaUpload> upload = services.media().byKey(key).filter(m -> m.ownerId().equals(call.userId()));
      if (upload.isEmpty()) {
        errors.add(Problems.resourceNotFound("media", "media_keys", key));
        continue;
      }
      ObjectNode item = data.addObject().put("media_key", key);
      ArrayNode buckets = item.putArray("timestamped_metrics");
      for (Instant bucket : buckets(start, end, granularity)) {
        ObjectNode metrics = Json.object();
        ANALYTICS_METRICS.stream().sorted().filter(fields::contains).forEach(name -> metrics.put(name, 0));
        buckets.addObject().put("timestamp", Json.time(bucket)).set("metrics", metrics);
      }
    }
    ObjectNode body = Json.object();
    body.set("data", data);
    if (!errors.isEmpty()) {
      body.set("errors", errors);
    }
    return SandboxResponse.json(200, body);
  }

  private static List<Instant> buckets(Instant start, Instant end, String granularity) {
    if ("total".equals(granularity)) {
      return List.of(start);
    }
    Duration step = "hourly".equals(granularity) ? Duration.ofHours(1) : Duration.ofDays(1);
    ChronoUnit unit = "hourly".equals(granularity) ? ChronoUnit.HOURS : ChronoUnit.DAYS;
    List<Instant> buckets = new ArrayList<>();
    for (Instant at = start.truncatedTo(unit); at.isBefore(end) && buckets.size() < 1000; at = at.plus(step)) {
      buckets.add(at);
    }
    return buckets;
  }

  private MediaUpload owned(Call call, String id) {
    return services.media().byId(id).filter(m -> m.ownerId().equals(call.userId()))
        .orElseThrow(() -> Problems.invalid("BadRequest: Not found"));
  }

  private MediaUpload ownedVideo(Call call, String id) {
    MediaUpload upload = owned(call, id);
    if (upload.kind() != MediaKind.VIDEO) {
      throw Problems.invalidParameter("id", id, "The media [" + id + "] is not a video.");
    }
    return upload;
  }
}
