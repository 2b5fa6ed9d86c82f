package io.github.xconnector.media;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.media.MediaFixtures.APPEND;
import static io.github.xconnector.media.MediaFixtures.FINALIZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xconnector.XClient;
import io.github.xconnector.errors.BadRequestException;
import io.github.xconnector.errors.ServerException;
import io.github.xconnector.errors.XIoException;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SegmentRetryTest {

  @RegisterExtension
  static WireMockExtension server = MediaFixtures.server();

  private final MediaFixtures.RecordingSleeper sleeper = new MediaFixtures.RecordingSleeper();
  private final XClient x = MediaFixtures.client(server, sleeper);
  private static final int SLOW_MILLIS = 2000;

  private final byte[] video = MediaFixtures.media(MediaFormat.MP4, 3 * 1024);

  @BeforeEach
  void stub() {
    MediaFixtures.stubChunkedUpload(server);
  }

  @Test
  void upload_segmentAnswered503Once_resendsOnlyThatSegment() {
    server.stubFor(post(urlPathEqualTo(APPEND)).inScenario("segment 1").whenScenarioStateIs(Scenario.STARTED)
        .withMultipartRequestBody(aMultipart().withName("segment_index").withBody(equalTo("1")))
        .willReturn(aResponse().withStatus(503).withBody("{\"title\":\"Service Unavailable\"}"))
        .willSetStateTo("recovered"));
    List<Long> progress = new ArrayList<>();

    UploadedMedia media = x.media().upload(upload().progress((sent, total) -> progress.add(sent)).build());

    assertThat(media.id()).isEqualTo(MediaFixtures.MEDIA_ID);
    assertThat(attemptsPerSegment()).containsExactly(Map.entry("0", 1), Map.entry("1", 2), Map.entry("2", 1));
    assertThat(mediaOf(server.findAll(postRequestedFor(urlPathEqualTo(APPEND))).get(2)))
        .isEqualTo(java.util.Arrays.copyOfRange(video, 1024, 2048));
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1));
    assertThat(progress).containsExactly(1024L, 2048L, 3072L);
    server.verify(1, postRequestedFor(urlPathEqualTo(FINALIZE)));
  }

  @Test
  void upload_segmentKeepsFailing_givesUpAfterItsRetriesWithoutSendingLaterSegments() {
    server.stubFor(post(urlPathEqualTo(APPEND))
        .withMultipartRequestBody(aMultipart().withName("segment_index").withBody(equalTo("1")))
        .willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> x.media().upload(upload().maxSegmentRetries(2).build()))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("/append failed with HTTP 503");
    assertThat(attemptsPerSegment()).containsExactly(Map.entry("0", 1), Map.entry("1", 3));
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    server.verify(0, postRequestedFor(urlPathEqualTo(FINALIZE)));
  }

  @Test
  void upload_segmentTimedOut_resendsThatSegment() {
    server.stubFor(post(urlPathEqualTo(APPEND)).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
        .withMultipartRequestBody(aMultipart().withName("segment_index").withBody(equalTo("2")))
        .willReturn(aResponse().withStatus(200).withFixedDelay(SLOW_MILLIS))
        .willSetStateTo("recovered"));

    impatient().media().upload(upload().segmentRetryBackoff(Duration.ofMillis(250)).build());

    assertThat(attemptsPerSegment()).containsExactly(Map.entry("0", 1), Map.entry("1", 1), Map.entry("2", 2));
    assertThat(sleeper.waits).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void upload_segmentRefusedWith400_failsAtOnceWithoutRetry() {
    server.stubFor(post(urlPathEqualTo(APPEND))
        .withMultipartRequestBody(aMultipart().withName("segment_index").withBody(equalTo("0")))
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
            .withBody("{\"errors\":[{\"message\":\"Segment is too large.\"}],\"title\":\"Invalid Request\","
                + "\"detail\":\"One or more parameters to your request was invalid.\","
                + "\"type\":\"https://api.twitter.com/2/problems/invalid-request\"}")));

    assertThatThrownBy(() -> x.media().upload(upload().build()))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("Segment is too large.");
    assertThat(attemptsPerSegment()).containsExactly(Map.entry("0", 1));
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void upload_noRetriesAllowed_surfacesTheTimeout() {
    server.stubFor(post(urlPathEqualTo(APPEND))
        .withMultipartRequestBody(aMultipart().withName("segment_index").withBody(equalTo("0")))
        .willReturn(aResponse().withStatus(200).withFixedDelay(SLOW_MILLIS)));

    assertThatThrownBy(() -> impatient().media().upload(upload().maxSegmentRetries(0).build()))
        .isInstanceOf(XIoException.class)
        .hasMessageContaining("X may have received it");
    assertThat(attemptsPerSegment()).containsExactly(Map.entry("0", 1));
    assertThat(sleeper.waits).isEmpty();
  }

  /** A client whose reads time out long before the slow stubs answer (a socket timeout cannot be simulated). */
  private XClient impatient() {
    return x.withOptions(b -> b.readTimeout(Duration.ofMillis(200)));
  }

  private MediaUpload.Builder upload() {
    return MediaUpload.fromStream(new ByteArrayInputStream(video), video.length, "video/mp4").chunkSize(1024);
  }

  private static Map<String, Integer> attemptsPerSegment() {
    Map<String, Integer> counts = new TreeMap<>();
    for (LoggedRequest append : server.findAll(postRequestedFor(urlPathEqualTo(APPEND)))) {
      counts.merge(append.getPart("segment_index").getBody().asString(), 1, Integer::sum);
    }
    return counts;
  }

  private static byte[] mediaOf(LoggedRequest append) {
    return append.getPart("media").getBody().asBytes();
  }
}
