package io.github.xconnector.media;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import static io.github.xconnector.media.MediaFixtures.processing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.XClient;
import io.github.xconnector.errors.XException;
import io.github.xconnector.transport.Sleeper;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An interrupt anywhere in an upload ends it with an {@link UploadInterruptedException} that says how far it got, and
 * leaves the thread's interrupt flag set, however the interrupt reached the upload.
 */
class UploadInterruptTest {

  @RegisterExtension
  static WireMockExtension server = MediaFixtures.server();

  private final byte[] video = MediaFixtures.media(MediaFormat.MP4, 3 * 1024);
  private final MediaFixtures.RecordingSleeper recording = new MediaFixtures.RecordingSleeper();

  /** Fails like {@link Thread#sleep} on an interrupted thread: throws and clears the flag. */
  private static final Sleeper INTERRUPTED_SLEEP = duration -> {
    throw new InterruptedException("sleep interrupted");
  };

  @BeforeEach
  void stub() {
    MediaFixtures.stubChunkedUpload(server);
  }

  @AfterEach
  void clearTheFlag() {
    Thread.interrupted();
  }

  @Test
  void interruptDuringASegmentSend_thatArrivesAsAnUndeclaredCheckedException_isTheSdksOwnWithTheFlagSet() {
    List<Integer> sent = new ArrayList<>();
    // A transfer whose call is interrupted in flight: like a blocked call that throws InterruptedException, which
    // clears the flag, through an interface that does not declare it.
    MediaTransfer transfer = (MediaTransfer) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {MediaTransfer.class}, (proxy, method, args) -> {
          int index = (Integer) args[1];
          if (index == 1) {
            throw new InterruptedException("interrupted while sending");
          }
          sent.add(index);
          return null;
        });
    XClient x = MediaFixtures.client(server, recording);
    MediaUploader uploader = new MediaUploader(x.media(), transfer, recording);

    Throwable thrown = catchThrowable(() -> uploader.upload(upload().build()));

    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    UploadInterruptedException interrupted = asInterruption(thrown);
    assertThat(interrupted.mediaId()).isEqualTo(MEDIA_ID);
    assertThat(interrupted.stage()).isEqualTo(UploadInterruptedException.Stage.SENDING_SEGMENT);
    assertThat(interrupted.segmentIndex()).isEqualTo(OptionalInt.of(1));
    assertThat(interrupted.bytesAcknowledged()).isEqualTo(1024);
    assertThat(interrupted.totalBytes()).isEqualTo(3072);
    assertThat(interrupted).hasMessageContaining("media " + MEDIA_ID)
        .hasMessageContaining("sending segment 1")
        .hasMessageContaining("1024 of 3072 bytes");
    assertThat(interrupted).hasRootCauseInstanceOf(InterruptedException.class);
    assertThat(sent).containsExactly(0);
    assertThat(recording.waits).as("not retried").isEmpty();
    server.verify(0, postRequestedFor(urlPathEqualTo(FINALIZE)));
  }

  @Test
  void interruptBeforeASegmentGoesOverHttp_stopsTheUploadWithoutSendingItOrRetrying() {
    XClient x = MediaFixtures.client(server, recording);

    Throwable thrown = catchThrowable(() -> x.media().upload(upload()
        .progress((bytes, total) -> Thread.currentThread().interrupt()).build()));

    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    UploadInterruptedException interrupted = asInterruption(thrown);
    assertThat(interrupted.stage()).isEqualTo(UploadInterruptedException.Stage.SENDING_SEGMENT);
    assertThat(interrupted.segmentIndex()).isEqualTo(OptionalInt.of(1));
    assertThat(interrupted.bytesAcknowledged()).isEqualTo(1024);
    assertThat(recording.waits).as("not retried").isEmpty();
    server.verify(1, postRequestedFor(urlPathEqualTo(APPEND)));
    server.verify(0, postRequestedFor(urlPathEqualTo(FINALIZE)));
  }

  @Test
  void interruptDuringTheWaitBeforeResendingASegment_isTheSdksOwnWithTheFlagSet() {
    server.stubFor(post(urlPathEqualTo(APPEND))
        .withMultipartRequestBody(aMultipart().withName("segment_index").withBody(equalTo("2")))
        .willReturn(aResponse().withStatus(503)));
    XClient x = MediaFixtures.client(server, INTERRUPTED_SLEEP);

    Throwable thrown = catchThrowable(() -> x.media().upload(upload().build()));

    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    UploadInterruptedException interrupted = asInterruption(thrown);
    assertThat(interrupted.mediaId()).isEqualTo(MEDIA_ID);
    assertThat(interrupted.stage()).isEqualTo(UploadInterruptedException.Stage.WAITING_TO_RESEND_SEGMENT);
    assertThat(interrupted.segmentIndex()).isEqualTo(OptionalInt.of(2));
    assertThat(interrupted.bytesAcknowledged()).isEqualTo(2048);
    assertThat(interrupted).hasMessageContaining("media " + MEDIA_ID)
        .hasMessageContaining("waiting to send segment 2 again")
        .hasMessageContaining("2048 of 3072 bytes");
    server.verify(3, postRequestedFor(urlPathEqualTo(APPEND)));
    server.verify(0, postRequestedFor(urlPathEqualTo(FINALIZE)));
  }

  @Test
  void interruptDuringTheProcessingWait_isTheSdksOwnWithTheFlagSet_andSaysTheMediaGoesOnProcessing() {
    server.stubFor(post(urlPathEqualTo(FINALIZE)).willReturn(okJson(processing("pending", 2))));
    XClient x = MediaFixtures.client(server, INTERRUPTED_SLEEP);

    Throwable thrown = catchThrowable(() -> x.media().upload(upload().build()));

    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    UploadInterruptedException interrupted = asInterruption(thrown);
    assertThat(interrupted.mediaId()).isEqualTo(MEDIA_ID);
    assertThat(interrupted.stage()).isEqualTo(UploadInterruptedException.Stage.WAITING_FOR_PROCESSING);
    assertThat(interrupted.segmentIndex()).isEmpty();
    assertThat(interrupted.bytesAcknowledged()).isEqualTo(3072);
    assertThat(interrupted).hasMessageContaining("waiting for X to process media " + MEDIA_ID)
        .hasMessageContaining("x.media().status(\"" + MEDIA_ID + "\")");
    server.verify(0, getRequestedFor(urlPathEqualTo(UPLOAD)));
  }

  @Test
  void interruptDuringTheCallPathsRetryWaitOfAStatusCheck_isTheSdksOwnWithTheFlagSet() {
    server.stubFor(post(urlPathEqualTo(FINALIZE)).willReturn(okJson(processing("pending", 2))));
    server.stubFor(get(urlPathEqualTo(UPLOAD)).willReturn(aResponse().withStatus(503)));
    // The processing wait passes; the wait before the call path retries the failed status check is interrupted.
    List<Duration> waits = new ArrayList<>();
    XClient x = MediaFixtures.client(server, duration -> {
      waits.add(duration);
      if (waits.size() == 2) {
        throw new InterruptedException("sleep interrupted");
      }
    });

    Throwable thrown = catchThrowable(() -> x.media().upload(upload().build()));

    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    UploadInterruptedException interrupted = asInterruption(thrown);
    assertThat(interrupted.stage()).isEqualTo(UploadInterruptedException.Stage.WAITING_FOR_PROCESSING);
    assertThat(waits).hasSize(2).startsWith(Duration.ofSeconds(2));
    server.verify(1, getRequestedFor(urlPathEqualTo(UPLOAD)));
  }

  private static UploadInterruptedException asInterruption(Throwable thrown) {
    assertThat(thrown).isInstanceOf(XException.class).isInstanceOf(UploadInterruptedException.class);
    return (UploadInterruptedException) thrown;
  }

  private MediaUpload.Builder upload() {
    return MediaUpload.fromStream(new ByteArrayInputStream(video), video.length, "video/mp4").chunkSize(1024);
  }
}
