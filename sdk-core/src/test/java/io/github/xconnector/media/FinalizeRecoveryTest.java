package io.github.xconnector.media;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.media.MediaFixtures.APPEND;
import static io.github.xconnector.media.MediaFixtures.FINALIZE;
import static io.github.xconnector.media.MediaFixtures.MEDIA_ID;
import static io.github.xconnector.media.MediaFixtures.UPLOAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.xconnector.XClient;
import io.github.xconnector.errors.ServerException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finalize that fails after every segment was sent: STATUS tells whether X finalized; the upload is finalized
 * again only when X says it was not, and no segment is sent twice.
 */
class FinalizeRecoveryTest {

  @RegisterExtension
  static WireMockExtension server = MediaFixtures.server();

  @TempDir
  Path dir;

  private final XClient x = MediaFixtures.client(server, new MediaFixtures.RecordingSleeper());

  private static final String NOT_FOUND = "{\"errors\":[{\"message\":\"Media not found\"}],"
      + "\"title\":\"Invalid Request\",\"detail\":\"Media not found\","
      + "\"type\":\"https://api.twitter.com/2/problems/invalid-request\"}";

  private UploadedMedia upload() throws Exception {
    return x.media().upload(MediaUpload.fromPath(MediaFixtures.write(dir, "clip.mp4",
        MediaFixtures.media(MediaFormat.MP4, 2600))).chunkSize(1024).build());
  }

  @Test
  void finalizeAnswering503_butXFinalized_takesTheStateFromStatusWithoutFinalizingAgain() throws Exception {
    MediaFixtures.stubChunkedUpload(server);
    server.stubFor(post(urlPathEqualTo(FINALIZE)).willReturn(aResponse().withStatus(503)));
    server.stubFor(get(urlPathEqualTo(UPLOAD)).willReturn(okJson(MediaFixtures.processing("succeeded", null))));

    UploadedMedia media = upload();

    assertThat(media.id()).isEqualTo(MEDIA_ID);
    assertThat(media.processingState()).contains("succeeded");
    server.verify(1, postRequestedFor(urlPathEqualTo(FINALIZE)));
    server.verify(3, postRequestedFor(urlPathEqualTo(APPEND)));
  }

  @Test
  void finalizeConnectionReset_andXSaysNotFinalized_finalizesAgainOnce() throws Exception {
    MediaFixtures.stubChunkedUpload(server);
    server.stubFor(post(urlPathEqualTo(FINALIZE)).inScenario("finalize").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("lost"));
    server.stubFor(post(urlPathEqualTo(FINALIZE)).inScenario("finalize").whenScenarioStateIs("lost")
        .willReturn(okJson(MediaFixtures.processing("succeeded", null))));
    server.stubFor(get(urlPathEqualTo(UPLOAD)).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody(NOT_FOUND)));

    UploadedMedia media = upload();

    assertThat(media.processingState()).contains("succeeded");
    server.verify(2, postRequestedFor(urlPathEqualTo(FINALIZE)));
    server.verify(1, getRequestedFor(urlPathEqualTo(UPLOAD)));
    server.verify(3, postRequestedFor(urlPathEqualTo(APPEND)));
  }

  @Test
  void finalizeFailingEveryTime_givesUpAfterThreeFinalizesWithTheServerError() {
    MediaFixtures.stubChunkedUpload(server);
    server.stubFor(post(urlPathEqualTo(FINALIZE)).willReturn(aResponse().withStatus(500)));
    server.stubFor(get(urlPathEqualTo(UPLOAD)).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody(NOT_FOUND)));

    assertThatThrownBy(this::upload).isInstanceOf(ServerException.class);
    server.verify(3, postRequestedFor(urlPathEqualTo(FINALIZE)));
    server.verify(3, postRequestedFor(urlPathEqualTo(APPEND)));
  }
}
