package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.USER_TOKEN;
import static io.github.xconnector.testing.XTest.assertBearer;
import static io.github.xconnector.testing.XTest.assertNoRequest;
import static io.github.xconnector.testing.XTest.client;
import static io.github.xconnector.testing.XTest.example;
import static io.github.xconnector.testing.XTest.onlyRequest;
import static io.github.xconnector.testing.XTest.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.MediaCategory;
import io.github.xconnector.generated.model.MediaCategoryOneShot;
import io.github.xconnector.generated.model.MediaMetadataResponse;
import io.github.xconnector.generated.model.MediaUploadAppendResponse;
import io.github.xconnector.generated.model.MediaUploadInitializeRequest;
import io.github.xconnector.generated.model.MediaUploadResponse;
import io.github.xconnector.testing.XTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class MediaServiceTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final byte[] BYTES = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

  @TempDir
  Path dir;

  @Test
  void uploadOneShot_image_sendsMultipartPartsAndDecodesMediaId() throws IOException {
    x.stubFor(post("/2/media/upload")
        .willReturn(okJson(example("error-reports/200_media_upload_simple_image.json"))));
    Path image = Files.write(dir.resolve("photo.jpg"), BYTES);

    MediaUploadResponse response = client(x).media()
        .uploadOneShot(image.toFile(), MediaCategoryOneShot.TWEET_IMAGE, "image/jpeg");

    x.verify(1, postRequestedFor(urlEqualTo("/2/media/upload"))
        .withHeader("Content-Type", containing("multipart/form-data"))
        .withRequestBodyPart(aMultipart().withName("media").withBody(binaryEqualTo(BYTES)).build())
        .withRequestBodyPart(aMultipart().withName("media_category").withBody(equalTo("tweet_image")).build())
        .withRequestBodyPart(aMultipart().withName("media_type").withBody(equalTo("image/jpeg")).build()));
    LoggedRequest request = onlyRequest(x);
    assertBearer(request, USER_TOKEN);
    assertThat(request.getParts()).extracting(part -> part.getName())
        .containsExactlyInAnyOrder("media", "media_category", "media_type");
    assertThat(response.getData().getId()).isEqualTo("1900544781383569409");
    assertThat(response.getData().getMediaKey()).isEqualTo("3_1900544781383569409");
    assertThat(response.getData().getSize()).isEqualTo(117807);
  }

  @Test
  void initialize_video_sendsJsonBodyAndDecodesMediaId() {
    x.stubFor(post("/2/media/upload/initialize")
        .willReturn(okJson(example("docs/media_quickstart_media-upload-chunked__0.json"))));

    MediaUploadResponse response = client(x).media().initialize(new MediaUploadInitializeRequest()
        .mediaType(MediaUploadInitializeRequest.MediaTypeEnum.VIDEO_MP4)
        .mediaCategory(MediaCategory.TWEET_VIDEO)
        .totalBytes(1048576L)
        // The generated request starts with additional_owners = []; unset lists are sent otherwise.
        .additionalOwners(null));

    x.verify(1, postRequestedFor(urlEqualTo("/2/media/upload/initialize"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson(
            "{\"media_type\":\"video/mp4\",\"media_category\":\"tweet_video\",\"total_bytes\":1048576}")));
    assertBearer(onlyRequest(x), USER_TOKEN);
    assertThat(response.getData().getId()).isEqualTo("1880028106020515840");
    assertThat(response.getData().getExpiresAfterSecs()).isEqualTo(1295999);
  }

  @Test
  void append_segment_sendsMultipartSegmentWithIndex() throws IOException {
    x.stubFor(post("/2/media/upload/1880028106020515840/append")
        .willReturn(okJson("{\"data\":{\"expires_at\":1767225600}}")));
    Path segment = Files.write(dir.resolve("segment-3.bin"), BYTES);

    MediaUploadAppendResponse response = client(x).media().append("1880028106020515840", segment.toFile(), 3);

    x.verify(1, postRequestedFor(urlEqualTo("/2/media/upload/1880028106020515840/append"))
        .withHeader("Content-Type", containing("multipart/form-data"))
        .withRequestBodyPart(aMultipart().withName("media").withBody(binaryEqualTo(BYTES)).build())
        .withRequestBodyPart(aMultipart().withName("segment_index").withBody(equalTo("3")).build()));
    assertBearer(onlyRequest(x), USER_TOKEN);
    assertThat(response.getData().getExpiresAt()).isEqualTo(1767225600L);
  }

  @Test
  void finalizeUpload_video_postsWithoutBodyAndDecodesProcessingInfo() {
    x.stubFor(post("/2/media/upload/1880028106020515840/finalize")
        .willReturn(okJson(example("docs/media_quickstart_media-upload-chunked__1.json"))));

    MediaUploadResponse response = client(x).media().finalizeUpload("1880028106020515840");

    LoggedRequest request = onlyRequest(x);
    assertThat(request.getMethod().getName()).isEqualTo("POST");
    assertThat(request.getUrl()).isEqualTo("/2/media/upload/1880028106020515840/finalize");
    assertThat(request.getBody()).isEmpty();
    assertBearer(request, USER_TOKEN);
    assertThat(response.getData().getProcessingInfo().getState()).isEqualTo("pending");
    assertThat(response.getData().getProcessingInfo().getCheckAfterSecs()).isEqualTo(1);
  }

  @Test
  void status_uploadedMedia_sendsStatusCommandAndMediaId() {
    x.stubFor(get(urlPathEqualTo("/2/media/upload")).willReturn(okJson(
        "{\"data\":{\"id\":\"1880028106020515840\",\"media_key\":\"13_1880028106020515840\","
            + "\"processing_info\":{\"state\":\"in_progress\",\"check_after_secs\":5,\"progress_percent\":40}}}")));

    MediaUploadResponse response = client(x).media().status("1880028106020515840");

    LoggedRequest request = onlyRequest(x);
    assertThat(query(request)).isEqualTo(Map.of(
        "media_id", List.of("1880028106020515840"),
        "command", List.of("STATUS")));
    assertBearer(request, USER_TOKEN);
    assertThat(response.getData().getProcessingInfo().getState()).isEqualTo("in_progress");
    assertThat(response.getData().getProcessingInfo().getProgressPercent()).isEqualTo(40);
  }

  @Test
  void setAltText_media_sendsMetadataJsonAndDecodesId() {
    x.stubFor(post("/2/media/metadata").willReturn(okJson(
        "{\"data\":{\"id\":\"1880028106020515840\",\"associated_metadata\":{\"alt_text\":{\"text\":\"A cat\"}}}}")));

    MediaMetadataResponse response = client(x).media().setAltText("1880028106020515840", "A cat");

    x.verify(1, postRequestedFor(urlEqualTo("/2/media/metadata"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson(
            "{\"id\":\"1880028106020515840\",\"metadata\":{\"alt_text\":{\"text\":\"A cat\"}}}")));
    assertBearer(onlyRequest(x), USER_TOKEN);
    assertThat(response.getData().getId()).isEqualTo("1880028106020515840");
    assertThat(response.getData().getAssociatedMetadata().getAltText().getText()).isEqualTo("A cat");
  }

  @Test
  void uploadOneShot_missingFile_failsBeforeSendingAndNamesThePath() {
    Path missing = dir.resolve("gone.png");

    assertThatThrownBy(() -> client(x).media().uploadOneShot(missing.toFile(), MediaCategoryOneShot.TWEET_IMAGE,
        "image/png"))
        .isInstanceOf(XValidationException.class)
        .hasMessage("No media file at " + missing.toAbsolutePath() + "; check the path.");
    assertNoRequest(x);
  }

  @Test
  void append_segmentIsADirectory_failsBeforeSendingAndSaysToPassTheFile() {
    assertThatThrownBy(() -> client(x).media().append("1880028106020515840", dir.toFile(), 0))
        .isInstanceOf(XValidationException.class)
        .hasMessage(dir.toAbsolutePath() + " is not a regular file; pass the segment file itself.");
    assertNoRequest(x);
  }

  @Test
  void append_missingSegmentFile_failsBeforeSendingAndNamesThePath() {
    Path missing = dir.resolve("segment-0.bin");

    assertThatThrownBy(() -> client(x).media().append("1880028106020515840", missing.toFile(), 0))
        .isInstanceOf(XValidationException.class)
        .hasMessageContaining(missing.toAbsolutePath().toString()).hasMessageContaining("check the path");
    assertNoRequest(x);
  }
}
