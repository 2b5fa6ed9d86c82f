package io.github.xconnector.media;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.media.MediaFixtures.FINALIZE;
import static io.github.xconnector.media.MediaFixtures.MEDIA_ID;
import static io.github.xconnector.media.MediaFixtures.METADATA;
import static io.github.xconnector.media.MediaFixtures.UPLOAD;
import static io.github.xconnector.media.MediaFixtures.processing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.xconnector.XClient;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProcessingPollTest {

  @RegisterExtension
  static WireMockExtension server = MediaFixtures.server();

  private final MediaFixtures.RecordingSleeper sleeper = new MediaFixtures.RecordingSleeper();
  private final XClient x = MediaFixtures.client(server, sleeper);

  @BeforeEach
  void stub() {
    MediaFixtures.stubChunkedUpload(server);
    server.stubFor(post(urlPathEqualTo(FINALIZE)).willReturn(okJson(processing("pending", 1))));
  }

  @Test
  void upload_processingPendingThenInProgress_waitsAsXSaysUntilSucceeded() {
    stubStatus(Scenario.STARTED, "second", "{\"data\":{\"id\":\"" + MEDIA_ID + "\",\"processing_info\":"
        + "{\"state\":\"in_progress\",\"check_after_secs\":3,\"progress_percent\":40}}}");
    stubStatus("second", "done", processing("succeeded", null));

    UploadedMedia media = x.media().upload(video().build());

    assertThat(media.processingState()).contains("succeeded");
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(3));
    server.verify(2, getRequestedFor(urlPathEqualTo(UPLOAD)).withQueryParam("command", equalTo("STATUS"))
        .withQueryParam("media_id", equalTo(MEDIA_ID)));
  }

  @Test
  void upload_processingFailed_throwsXsError() {
    stubStatus(Scenario.STARTED, "done", "{\"data\":{\"id\":\"" + MEDIA_ID + "\",\"processing_info\":"
        + "{\"state\":\"failed\",\"progress_percent\":12,\"error\":{\"code\":1,\"name\":\"InvalidMedia\","
        + "\"message\":\"Unsupported video format\"}}}}");

    MediaProcessingException failure = catchThrowableOfType(MediaProcessingException.class,
        () -> x.media().upload(video().altText("never set").build()));

    assertThat(failure).hasMessageContaining("X could not process media " + MEDIA_ID
        + ": Unsupported video format (InvalidMedia, code 1)");
    assertThat(failure.mediaId()).isEqualTo(MEDIA_ID);
    assertThat(failure.state()).isEqualTo("failed");
    assertThat(failure.timedOut()).isFalse();
    assertThat(failure.errorCode()).isEqualTo(1);
    assertThat(failure.errorName()).isEqualTo("InvalidMedia");
    assertThat(failure.errorMessage()).isEqualTo("Unsupported video format");
    server.verify(0, postRequestedFor(urlPathEqualTo(METADATA)));
  }

  @Test
  void upload_processingNeverFinishes_givesUpWithinTheMaximumWait() {
    server.stubFor(get(urlPathEqualTo(UPLOAD)).willReturn(okJson(processing("in_progress", 60))));

    MediaProcessingException failure = catchThrowableOfType(MediaProcessingException.class,
        () -> x.media().upload(video().maxProcessingWait(Duration.ofSeconds(150)).build()));

    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(60),
        Duration.ofSeconds(60));
    assertThat(failure.timedOut()).isTrue();
    assertThat(failure.state()).isEqualTo("in_progress");
    assertThat(failure).hasMessageContaining("still processing media " + MEDIA_ID)
        .hasMessageContaining("150 s");
  }

  @Test
  void upload_processedVideoWithAltText_setsAltTextAfterProcessing() {
    stubStatus(Scenario.STARTED, "done", processing("succeeded", null));
    server.stubFor(post(urlPathEqualTo(METADATA)).willReturn(okJson("{\"data\":{\"id\":\"" + MEDIA_ID + "\"}}")));

    x.media().upload(video().altText("Waves at dusk").build());

    server.verify(postRequestedFor(urlPathEqualTo(METADATA)).withRequestBody(
        com.github.tomakehurst.wiremock.client.WireMock.equalToJson("{\"id\":\"" + MEDIA_ID
            + "\",\"metadata\":{\"alt_text\":{\"text\":\"Waves at dusk\"}}}")));
    assertThat(server.getAllServeEvents().get(0).getRequest().getUrl()).isEqualTo(METADATA);
  }

  private static void stubStatus(String state, String next, String body) {
    server.stubFor(get(urlPathEqualTo(UPLOAD)).inScenario("processing").whenScenarioStateIs(state)
        .willReturn(okJson(body)).willSetStateTo(next));
  }

  private static MediaUpload.Builder video() {
    byte[] bytes = MediaFixtures.media(MediaFormat.MP4, 2000);
    return MediaUpload.fromStream(new ByteArrayInputStream(bytes), bytes.length, "video/mp4");
  }
}
