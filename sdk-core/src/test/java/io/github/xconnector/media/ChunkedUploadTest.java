package io.github.xconnector.media;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.media.MediaFixtures.APPEND;
import static io.github.xconnector.media.MediaFixtures.FINALIZE;
import static io.github.xconnector.media.MediaFixtures.INITIALIZE;
import static io.github.xconnector.media.MediaFixtures.MEDIA_ID;
import static io.github.xconnector.media.MediaFixtures.MEDIA_KEY;
import static io.github.xconnector.media.MediaFixtures.UPLOAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xconnector.XClient;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.MediaCategory;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ChunkedUploadTest {

  @RegisterExtension
  static WireMockExtension server = MediaFixtures.server();

  @TempDir
  Path dir;

  private final MediaFixtures.RecordingSleeper sleeper = new MediaFixtures.RecordingSleeper();
  private final XClient x = MediaFixtures.client(server, sleeper);

  @Test
  void upload_videoFile_sendsInitializeThenEachSegmentInOrderThenFinalize() throws Exception {
    MediaFixtures.stubChunkedUpload(server);
    byte[] video = MediaFixtures.media(MediaFormat.MP4, 2600);
    List<long[]> progress = new ArrayList<>();

    UploadedMedia media = x.media().upload(MediaUpload.fromPath(MediaFixtures.write(dir, "clip.mp4", video))
        .chunkSize(1024).progress((sent, total) -> progress.add(new long[] {sent, total})).build());

    assertThat(media.id()).isEqualTo(MEDIA_ID);
    assertThat(media.mediaKey()).isEqualTo(MEDIA_KEY);
    assertThat(media.format()).isEqualTo(MediaFormat.MP4);
    assertThat(media.category()).isEqualTo(MediaCategory.TWEET_VIDEO);
    assertThat(media.processingState()).contains("succeeded");
    server.verify(postRequestedFor(urlPathEqualTo(INITIALIZE)).withRequestBody(equalToJson(
        "{\"media_type\":\"video/mp4\",\"media_category\":\"tweet_video\",\"total_bytes\":2600}")));
    List<LoggedRequest> appends = server.findAll(postRequestedFor(urlPathEqualTo(APPEND)));
    assertThat(appends).hasSize(3);
    for (int i = 0; i < 3; i++) {
      LoggedRequest append = appends.get(i);
      assertThat(append.getParts()).extracting(Request.Part::getName)
          .containsExactlyInAnyOrder("segment_index", "media");
      assertThat(append.getPart("segment_index").getBody().asString()).isEqualTo(String.valueOf(i));
      assertThat(append.getPart("media").getBody().asBytes())
          .isEqualTo(Arrays.copyOfRange(video, i * 1024, Math.min(video.length, (i + 1) * 1024)));
      assertThat(append.getPart("media").getHeader("Content-Type").firstValue()).isEqualTo("video/mp4");
      assertThat(append.getHeader("Authorization")).isEqualTo("Bearer " + MediaFixtures.TOKEN);
    }
    assertThat(progress).extracting(p -> p[0]).containsExactly(1024L, 2048L, 2600L);
    assertThat(progress).extracting(p -> p[1]).containsOnly(2600L);
    server.verify(1, postRequestedFor(urlPathEqualTo(FINALIZE)));
    server.verify(0, postRequestedFor(urlPathEqualTo(UPLOAD)));
  }

  @Test
  void upload_stream_readsItSegmentBySegmentAndLeavesItOpen() {
    MediaFixtures.stubChunkedUpload(server);
    byte[] video = MediaFixtures.media(MediaFormat.WEBM, 3000);
    TrackingStream stream = new TrackingStream(video);

    UploadedMedia media = x.media().upload(MediaUpload.fromStream(stream, video.length, "video/webm").chunkSize(2048)
        .build());

    assertThat(media.format()).isEqualTo(MediaFormat.WEBM);
    assertThat(segments()).containsOnlyKeys("0", "1");
    assertThat(concat(server.findAll(postRequestedFor(urlPathEqualTo(APPEND))))).isEqualTo(video);
    assertThat(stream.closed).isFalse();
    server.verify(postRequestedFor(urlPathEqualTo(INITIALIZE)).withRequestBody(equalToJson(
        "{\"media_type\":\"video/webm\",\"media_category\":\"tweet_video\",\"total_bytes\":3000}")));
  }

  @Test
  void upload_smallGif_goesChunkedAsTweetGif() throws Exception {
    MediaFixtures.stubChunkedUpload(server);

    UploadedMedia media = x.media().upload(MediaFixtures.write(dir, "cat.gif",
        MediaFixtures.media(MediaFormat.GIF, 500)));

    assertThat(media.category()).isEqualTo(MediaCategory.TWEET_GIF);
    server.verify(postRequestedFor(urlPathEqualTo(INITIALIZE)).withRequestBody(equalToJson(
        "{\"media_type\":\"image/gif\",\"media_category\":\"tweet_gif\",\"total_bytes\":500}")));
    server.verify(1, postRequestedFor(urlPathEqualTo(APPEND)));
  }

  @Test
  void upload_imageLargerThanChunk_goesChunkedAsTweetImage() throws Exception {
    MediaFixtures.stubChunkedUpload(server);

    x.media().upload(MediaUpload.fromPath(MediaFixtures.write(dir, "big.jpg",
        MediaFixtures.media(MediaFormat.JPEG, 5000))).chunkSize(4096).build());

    server.verify(postRequestedFor(urlPathEqualTo(INITIALIZE)).withRequestBody(equalToJson(
        "{\"media_type\":\"image/jpeg\",\"media_category\":\"tweet_image\",\"total_bytes\":5000}")));
    assertThat(segments()).containsOnlyKeys("0", "1");
    server.verify(0, postRequestedFor(urlPathEqualTo(UPLOAD)));
  }

  @Test
  void upload_dmVideoCategory_isSentAsGiven() throws Exception {
    MediaFixtures.stubChunkedUpload(server);

    x.media().upload(MediaUpload.fromPath(MediaFixtures.write(dir, "clip.mov", MediaFixtures.media(MediaFormat.MOV,
        100))).category(MediaCategory.DM_VIDEO).build());

    server.verify(postRequestedFor(urlPathEqualTo(INITIALIZE)).withRequestBody(equalToJson(
        "{\"media_type\":\"video/quicktime\",\"media_category\":\"dm_video\",\"total_bytes\":100}")));
    server.verify(postRequestedFor(urlPathEqualTo(APPEND)).withHeader("Content-Type",
        com.github.tomakehurst.wiremock.client.WireMock.containing("multipart/form-data")));
    server.verify(1, postRequestedFor(urlPathEqualTo(FINALIZE)).withRequestBody(
        com.github.tomakehurst.wiremock.client.WireMock.absent()));
    assertThat(server.findAll(postRequestedFor(urlPathEqualTo(APPEND))).get(0).getPart("media").getBody().asBytes())
        .hasSize(100);
    server.verify(postRequestedFor(urlPathEqualTo(APPEND)).withHeader("Accept", equalTo(
        "application/json,application/problem+json")));
  }

  @Test
  void upload_streamShorterThanItsLength_failsBeforeFinalize() {
    MediaFixtures.stubChunkedUpload(server);
    byte[] video = MediaFixtures.media(MediaFormat.MP4, 1500);

    assertThatThrownBy(() -> x.media().upload(MediaUpload.fromStream(new ByteArrayInputStream(video), 2500,
        "video/mp4").chunkSize(1024).build()))
        .isInstanceOf(XValidationException.class)
        .hasMessage("the stream ended after 1500 bytes, but its length was given as 2500. Pass the exact length.");
    assertThat(segments()).containsOnlyKeys("0");
    server.verify(0, postRequestedFor(urlPathEqualTo(FINALIZE)));
  }

  @Test
  void upload_streamLongerThanItsLength_failsBeforeFinalize() {
    MediaFixtures.stubChunkedUpload(server);
    byte[] video = MediaFixtures.media(MediaFormat.MP4, 3000);

    assertThatThrownBy(() -> x.media().upload(MediaUpload.fromStream(new ByteArrayInputStream(video), 2048,
        "video/mp4").chunkSize(1024).build()))
        .isInstanceOf(XValidationException.class)
        .hasMessageContaining("holds more than the 2048 bytes given as its length");
    server.verify(0, postRequestedFor(urlPathEqualTo(FINALIZE)));
  }

  private static Map<String, Integer> segments() {
    Map<String, Integer> counts = new TreeMap<>();
    for (LoggedRequest append : server.findAll(postRequestedFor(urlPathEqualTo(APPEND)))) {
      counts.merge(append.getPart("segment_index").getBody().asString(), 1, Integer::sum);
    }
    return counts;
  }

  private static byte[] concat(List<LoggedRequest> appends) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (LoggedRequest append : appends) {
      out.writeBytes(append.getPart("media").getBody().asBytes());
    }
    return out.toByteArray();
  }

  /** Remembers whether the uploader closed a caller's stream. */
  private static final class TrackingStream extends ByteArrayInputStream {
    boolean closed;

    TrackingStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
