package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MediaUploadTest {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D',
      'R'};
  private static final byte[] MP4_HEAD = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0};

  private final AdjustableClock clock = AdjustableClock.at(Instant.parse("2026-04-01T09:00:00Z"));
  private XSandbox sandbox;
  private SandboxHttp http;
  private String token;

  @BeforeEach
  void start() {
    sandbox = XSandbox.builder().clock(clock).mediaProcessing(Duration.ofSeconds(2), Duration.ofSeconds(4)).start();
    http = new SandboxHttp(sandbox);
    token = sandbox.issueUserToken(sandbox.authorizingUser().id());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void chunkedVideo_movesPendingInProgressSucceeded_thenAttachesToPost() {
    byte[] first = padded(MP4_HEAD, 4096);
    byte[] second = padded(new byte[0], 1000);
    String id = initialize("video/mp4", first.length + second.length, "tweet_video");
    assertThat(append(id, 0, first).status()).isEqualTo(200);
    assertThat(append(id, 1, second).status()).isEqualTo(200);

    JsonNode finalized = http.postJson("/2/media/upload/" + id + "/finalize", token, "").json().path("data");

    assertThat(finalized.path("size").asLong()).isEqualTo(5096);
    assertThat(finalized.path("processing_info").path("state").asText()).isEqualTo("pending");
    assertThat(finalized.path("processing_info").path("check_after_secs").asInt()).isEqualTo(2);
    assertThat(createPostWithMedia(id).status()).isEqualTo(400);

    clock.advance(Duration.ofSeconds(3));
    JsonNode inProgress = status(id).path("processing_info");
    assertThat(inProgress.path("state").asText()).isEqualTo("in_progress");
    assertThat(inProgress.path("progress_percent").asInt()).isEqualTo(25);
    assertThat(inProgress.path("check_after_secs").asInt()).isEqualTo(3);

    clock.advance(Duration.ofSeconds(3));
    assertThat(status(id).path("processing_info").path("state").asText()).isEqualTo("succeeded");

    SandboxHttp.Reply post = createPostWithMedia(id);
    assertThat(post.status()).isEqualTo(201);
    JsonNode body = http.get("/2/tweets/" + post.json().path("data").path("id").asText()
        + "?expansions=attachments.media_keys&tweet.fields=attachments&media.fields=variants", token).json();
    String mediaKey = body.path("data").path("attachments").path("media_keys").get(0).asText();
    assertThat(mediaKey).isEqualTo("7_" + id);
    JsonNode media = body.path("includes").path("media").get(0);
    assertThat(media.path("media_key").asText()).isEqualTo(mediaKey);
    assertThat(media.path("type").asText()).isEqualTo("video");
    assertThat(media.path("variants").get(0).path("content_type").asText()).isEqualTo("video/mp4");
  }

  @Test
  void finalize_segmentsShortOfTotalBytes_answers400() {
    String id = initialize("video/mp4", 10_000, "tweet_video");
    append(id, 0, padded(MP4_HEAD, 4000));

    SandboxHttp.Reply reply = http.postJson("/2/media/upload/" + id + "/finalize", token, "");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("detail").asText()).contains("4000").contains("10000");
  }

  @Test
  void append_firstSegmentNotMatchingDeclaredType_answers400() {
    String id = initialize("video/mp4", 4000, "tweet_video");

    SandboxHttp.Reply reply = append(id, 0, padded(PNG, 4000));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("detail").asText()).contains("image/png");
  }

  @Test
  void append_beyondTotalBytes_answers400() {
    String id = initialize("video/mp4", 100, "tweet_video");

    assertThat(append(id, 0, padded(MP4_HEAD, 101)).status()).isEqualTo(400);
  }

  @Test
  void initialize_imageOverFiveMegabytes_answers400() {
    SandboxHttp.Reply reply = http.postJson("/2/media/upload/initialize", token,
        "{\"media_type\":\"image/png\",\"total_bytes\":6000000,\"media_category\":\"tweet_image\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("detail").asText()).contains("5242880");
  }

  @Test
  void initialize_categoryNotFittingType_answers400() {
    SandboxHttp.Reply reply = http.postJson("/2/media/upload/initialize", token,
        "{\"media_type\":\"image/png\",\"total_bytes\":100,\"media_category\":\"tweet_video\"}");

    assertThat(reply.status()).isEqualTo(400);
  }

  @Test
  void oneShotImage_isReadyAtOnce_andCarriesAltText() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("media", padded(PNG, 2 * 1024 * 1024));
    form.put("media_category", "tweet_image");
    form.put("media_type", "image/png");

    SandboxHttp.Reply upload = http.postMultipart("/2/media/upload", token, form);

    assertThat(upload.status()).as(upload.raw().body()).isEqualTo(200);
    JsonNode data = upload.json().path("data");
    assertThat(data.path("size").asLong()).isEqualTo(2 * 1024 * 1024);
    assertThat(data.path("media_key").asText()).isEqualTo("3_" + data.path("id").asText());
    assertThat(data.has("processing_info")).isFalse();
    String id = data.path("id").asText();
    SandboxHttp.Reply alt = http.postJson("/2/media/metadata", token,
        "{\"id\":\"" + id + "\",\"metadata\":{\"alt_text\":{\"text\":\"A tiny test image\"}}}");
    assertThat(alt.json().path("data").path("associated_metadata").path("alt_text").path("text").asText())
        .isEqualTo("A tiny test image");

    String postId = createPostWithMedia(id).json().path("data").path("id").asText();
    JsonNode media = http.get("/2/tweets/" + postId + "?expansions=attachments.media_keys&media.fields=alt_text,url",
        token).json().path("includes").path("media").get(0);
    assertThat(media.path("type").asText()).isEqualTo("photo");
    assertThat(media.path("alt_text").asText()).isEqualTo("A tiny test image");
    assertThat(media.path("url").asText()).startsWith(sandbox.baseUrl());
  }

  @Test
  void oneShot_bytesNotMatchingDeclaredType_answers400() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("media", padded(PNG, 100));
    form.put("media_category", "tweet_image");
    form.put("media_type", "image/jpeg");

    SandboxHttp.Reply reply = http.postMultipart("/2/media/upload", token, form);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("errors").get(0).path("parameters").has("media_type")).isTrue();
  }

  @Test
  void oneShot_videoCategory_isRefusedInFavourOfChunkedUpload() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("media", padded(MP4_HEAD, 100));
    form.put("media_category", "tweet_video");

    assertThat(http.postMultipart("/2/media/upload", token, form).status()).isEqualTo(400);
  }

  @Test
  void status_unknownMedia_answers400NotFoundAsX() {
    SandboxHttp.Reply reply = http.get("/2/media/upload?command=STATUS&media_id=12345", token);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("errors").get(0).path("message").asText()).isEqualTo("BadRequest: Not found");
  }

  @Test
  void status_otherUsersMedia_isNotFound() {
    String id = initialize("video/mp4", 100, "tweet_video");
    String kaiToken = sandbox.issueUserToken(sandbox.user("kai_rivers").id());

    assertThat(http.get("/2/media/upload?command=STATUS&media_id=" + id, kaiToken).status()).isEqualTo(400);
  }

  @Test
  void upload_withoutMediaWriteScope_answers403() {
    String readOnly = sandbox.issueUserToken(sandbox.authorizingUser().id(), "tweet.read", "users.read");

    SandboxHttp.Reply reply = http.postJson("/2/media/upload/initialize", readOnly,
        "{\"media_type\":\"video/mp4\",\"total_bytes\":100}");

    assertThat(reply.status()).isEqualTo(403);
  }

  private String initialize(String type, long totalBytes, String category) {
    SandboxHttp.Reply reply = http.postJson("/2/media/upload/initialize", token, "{\"media_type\":\"" + type
        + "\",\"total_bytes\":" + totalBytes + ",\"media_category\":\"" + category + "\"}");
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
    assertThat(reply.json().path("data").path("expires_after_secs").asInt()).isEqualTo(86400);
    return reply.json().path("data").path("id").asText();
  }

  private SandboxHttp.Reply append(String id, int index, byte[] bytes) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("segment_index", index);
    form.put("media", bytes);
    return http.postMultipart("/2/media/upload/" + id + "/append", token, form);
  }

  private JsonNode status(String id) {
    return http.get("/2/media/upload?command=STATUS&media_id=" + id, token).json().path("data");
  }

  private SandboxHttp.Reply createPostWithMedia(String mediaId) {
    return http.postJson("/2/tweets", token, "{\"text\":\"With media " + mediaId + "\",\"media\":{\"media_ids\":[\""
        + mediaId + "\"]}}");
  }

  private static byte[] padded(byte[] head, int size) {
    byte[] bytes = Arrays.copyOf(head, size);
    for (int i = head.length; i < size; i++) {
      bytes[i] = (byte) (i % 251);
    }
    return bytes;
  }
}
