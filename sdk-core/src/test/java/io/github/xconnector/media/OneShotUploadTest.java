package io.github.xconnector.media;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.media.MediaFixtures.INITIALIZE;
import static io.github.xconnector.media.MediaFixtures.MEDIA_ID;
import static io.github.xconnector.media.MediaFixtures.METADATA;
import static io.github.xconnector.media.MediaFixtures.UPLOAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xconnector.XClient;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.MediaCategory;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OneShotUploadTest {

  /** The body X answered a real simple image upload with (see the reference error reports). */
  private static final String SIMPLE_IMAGE = "{\"data\":{\"id\":\"" + MEDIA_ID + "\",\"media_key\":\"3_" + MEDIA_ID
      + "\",\"size\":117807,\"expires_after_secs\":86400,\"image\":{\"image_type\":\"image/jpeg\",\"w\":1266,"
      + "\"h\":793}}}";

  @RegisterExtension
  static WireMockExtension server = MediaFixtures.server();

  @TempDir
  Path dir;

  private final XClient x = MediaFixtures.client(server, new MediaFixtures.RecordingSleeper());

  @BeforeEach
  void stub() {
    server.stubFor(post(urlPathEqualTo(UPLOAD)).willReturn(okJson(SIMPLE_IMAGE)));
    server.stubFor(post(urlPathEqualTo(METADATA)).willReturn(okJson("{\"data\":{\"associated_metadata\":"
        + "{\"alt_text\":{\"text\":\"x\"}},\"id\":\"" + MEDIA_ID + "\"}}")));
  }

  @Test
  void upload_smallPng_sendsOneMultipartRequestWithCategoryAndType() throws Exception {
    byte[] png = MediaFixtures.media(MediaFormat.PNG, 3000);
    List<long[]> progress = new ArrayList<>();

    UploadedMedia media = x.media().upload(MediaUpload.fromPath(MediaFixtures.write(dir, "chart.png", png))
        .progress((sent, total) -> progress.add(new long[] {sent, total})).build());

    assertThat(media.id()).isEqualTo(MEDIA_ID);
    assertThat(media.mediaKey()).isEqualTo("3_" + MEDIA_ID);
    assertThat(media.processingState()).isEmpty();
    LoggedRequest upload = server.findAll(postRequestedFor(urlPathEqualTo(UPLOAD))).get(0);
    assertThat(upload.getPart("media").getBody().asBytes()).isEqualTo(png);
    assertThat(upload.getPart("media").getHeader("Content-Type").firstValue()).isEqualTo("image/png");
    assertThat(upload.getPart("media_category").getBody().asString()).isEqualTo("tweet_image");
    assertThat(upload.getPart("media_type").getBody().asString()).isEqualTo("image/png");
    assertThat(progress).hasSize(1);
    assertThat(progress.get(0)).containsExactly(3000L, 3000L);
    server.verify(0, postRequestedFor(urlPathEqualTo(INITIALIZE)));
    server.verify(0, postRequestedFor(urlPathEqualTo(METADATA)));
  }

  @Test
  void upload_jpgNameHoldingPngBytes_isSentAsPng() throws Exception {
    UploadedMedia media = x.media().upload(MediaFixtures.write(dir, "photo.jpg",
        MediaFixtures.media(MediaFormat.PNG, 200)));

    assertThat(media.format()).isEqualTo(MediaFormat.PNG);
    LoggedRequest upload = server.findAll(postRequestedFor(urlPathEqualTo(UPLOAD))).get(0);
    assertThat(upload.getPart("media_type").getBody().asString()).isEqualTo("image/png");
  }

  @ParameterizedTest
  @CsvSource(nullValues = "null", value = {"PNG, IMAGE/PNG, image/png", "JPEG, image/pjpeg, image/jpeg",
      "JPEG, image/jpg, image/jpeg", "WEBP, ' image/webp ; q=1', image/webp", "PNG, null, image/png",
      "JPEG, application/octet-stream, image/jpeg"})
  void upload_streamWhoseDeclaredTypeFitsTheContent_isSentAsTheContent(MediaFormat format, String declared,
      String sent) {
    byte[] bytes = MediaFixtures.media(format, 300);

    UploadedMedia media = x.media().upload(MediaUpload.fromStream(new ByteArrayInputStream(bytes), bytes.length,
        declared).build());

    assertThat(media.format()).isEqualTo(format);
    LoggedRequest upload = server.findAll(postRequestedFor(urlPathEqualTo(UPLOAD))).get(0);
    assertThat(upload.getPart("media_type").getBody().asString()).isEqualTo(sent);
    assertThat(upload.getPart("media").getBody().asBytes()).isEqualTo(bytes);
  }

  @Test
  void upload_withAltText_setsItOnTheUploadedMedia() throws Exception {
    x.media().upload(MediaUpload.fromPath(MediaFixtures.write(dir, "cat.webp",
        MediaFixtures.media(MediaFormat.WEBP, 100))).altText("A cat asleep on a keyboard").build());

    server.verify(postRequestedFor(urlPathEqualTo(METADATA)).withRequestBody(equalToJson("{\"id\":\"" + MEDIA_ID
        + "\",\"metadata\":{\"alt_text\":{\"text\":\"A cat asleep on a keyboard\"}}}")));
  }

  @Test
  void upload_dmImageCategory_isSentInTheOneRequest() throws Exception {
    x.media().upload(MediaUpload.fromPath(MediaFixtures.write(dir, "a.jpeg",
        MediaFixtures.media(MediaFormat.JPEG, 100))).category(MediaCategory.DM_IMAGE).build());

    LoggedRequest upload = server.findAll(postRequestedFor(urlPathEqualTo(UPLOAD))).get(0);
    assertThat(upload.getPart("media_category").getBody().asString()).isEqualTo("dm_image");
    assertThat(upload.getPart("media_type").getBody().asString()).isEqualTo("image/jpeg");
  }

  @Test
  void upload_unknownBytes_failsBeforeAnyRequestNamingWhatWasFound() throws Exception {
    Path file = MediaFixtures.write(dir, "notes.png", "hello, this is text".getBytes());

    assertThatThrownBy(() -> x.media().upload(file))
        .isInstanceOf(XValidationException.class)
        .hasMessageContaining("notes.png is not media X accepts")
        .hasMessageContaining("68 65 6C 6C 6F")
        .hasMessageContaining("a PNG file, as its name says")
        .hasMessageContaining("JPEG, PNG, WEBP, GIF, MP4, MOV or WEBM");
    server.verify(0, anyRequestedFor(anyUrl()));
  }
}
