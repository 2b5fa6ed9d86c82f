package io.github.xconnector.media;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.XClient;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.MediaCategory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class UploadValidationTest {

  private static final long MIB = 1L << 20;

  @RegisterExtension
  static WireMockExtension server = MediaFixtures.server();

  @TempDir
  Path dir;

  private final XClient x = MediaFixtures.client(server, new MediaFixtures.RecordingSleeper());

  @AfterEach
  void nothingWasSent() {
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void upload_videoOver512MiB_namesTheLimitAndTheExcess() {
    assertThatThrownBy(() -> x.media().upload(MediaUpload.fromStream(headOnly(MediaFormat.MP4), 600 * MIB,
        "video/mp4").build()))
        .isInstanceOf(XValidationException.class)
        .hasMessageStartingWith("the stream is 600 MiB, 88 MiB over X's 512 MiB limit for video");
  }

  @Test
  void upload_imageOver5MiB_namesTheLimitAndTheExcess() {
    assertThatThrownBy(() -> x.media().upload(MediaUpload.fromStream(headOnly(MediaFormat.JPEG), 5 * MIB + 1,
        "image/jpeg").build()))
        .isInstanceOf(XValidationException.class)
        .hasMessageContaining("is 5 MiB, 1 byte over X's 5 MiB limit for image (5242881 bytes, limit 5242880)");
  }

  @Test
  void upload_gifOver15MiB_namesTheLimitAndTheExcess() {
    assertThatThrownBy(() -> x.media().upload(MediaUpload.fromStream(headOnly(MediaFormat.GIF), 16 * MIB + MIB / 2,
        null).build()))
        .isInstanceOf(XValidationException.class)
        .hasMessageContaining("is 16.5 MiB, 1.5 MiB over X's 15 MiB limit for GIF");
  }

  @Test
  void upload_fileOverTheLimit_namesTheFile() throws Exception {
    Path file = MediaFixtures.write(dir, "poster.png", MediaFixtures.media(MediaFormat.PNG, (int) (5 * MIB + 2048)));

    assertThatThrownBy(() -> x.media().upload(file))
        .isInstanceOf(XValidationException.class)
        .hasMessageStartingWith("poster.png is 5 MiB, 2 KiB over X's 5 MiB limit for image");
  }

  @Test
  void upload_categoryOfAnotherKind_isRefused() {
    assertThatThrownBy(() -> x.media().upload(MediaUpload.fromStream(headOnly(MediaFormat.PNG), 100, "image/png")
        .category(MediaCategory.TWEET_VIDEO).build()))
        .isInstanceOf(XValidationException.class)
        .hasMessage("the stream is an image (PNG), which X does not take as tweet_video; use tweet_image or dm_image.");
  }

  @Test
  void upload_moreThan1000Segments_saysWhichChunkSizeWorks() {
    assertThatThrownBy(() -> x.media().upload(MediaUpload.fromStream(headOnly(MediaFormat.MP4), 100 * MIB,
        "video/mp4").chunkSize(64 * 1024).build()))
        .isInstanceOf(XValidationException.class)
        .hasMessageContaining("would need 1600 segments of 65536 bytes; X takes at most 1000")
        .hasMessageContaining("chunkSize of at least 104858 bytes");
  }

  @Test
  void upload_pngDeclaredAsMp4_isRefusedNamingBothTypes() {
    assertThatThrownBy(() -> x.media().upload(MediaUpload.fromStream(headOnly(MediaFormat.PNG), 100, "video/mp4")
        .build()))
        .isInstanceOf(XValidationException.class)
        .hasMessage("the stream was declared as video/mp4, but its content is PNG (image/png). Nothing was sent."
            + " Pass the stream's real type, or null to let the content decide.");
  }

  @Test
  void upload_declaredTypeXDoesNotTake_isRefusedNamingBothTypes() {
    assertThatThrownBy(() -> x.media().upload(MediaUpload.fromStream(headOnly(MediaFormat.JPEG), 100, "image/heic")
        .build()))
        .isInstanceOf(XValidationException.class)
        .hasMessageContaining("declared as image/heic, but its content is JPEG (image/jpeg)");
  }

  @Test
  void upload_quickTimeDeclaredAsMp4_isRefused() {
    assertThatThrownBy(() -> x.media().upload(MediaUpload.fromStream(headOnly(MediaFormat.MOV), 100, "video/mp4")
        .build()))
        .isInstanceOf(XValidationException.class)
        .hasMessageContaining("declared as video/mp4, but its content is MOV (video/quicktime)");
  }

  @Test
  void upload_heicFile_isRefusedSayingWhatItHolds() throws Exception {
    byte[] heic = MediaFormatTest.ftyp("heic", "mif1", "heic");
    Path file = MediaFixtures.write(dir, "IMG_0001.mp4", Arrays.copyOf(heic, 4096));

    assertThatThrownBy(() -> x.media().upload(file))
        .isInstanceOf(XValidationException.class)
        .hasMessage("IMG_0001.mp4 holds a HEIF (HEIC) image (ftyp brand 'heic'), which X's media upload does not"
            + " take. Convert it to JPEG or PNG.");
  }

  @Test
  void upload_avifStream_isRefusedSayingWhatItHolds() {
    byte[] avif = MediaFormatTest.ftyp("avif", "mif1", "miaf");

    assertThatThrownBy(() -> x.media().upload(MediaUpload.fromStream(new ByteArrayInputStream(avif), avif.length,
        null).build()))
        .isInstanceOf(XValidationException.class)
        .hasMessageContaining("the stream holds an AVIF image (ftyp brand 'avif'), which X's media upload does not"
            + " take");
  }

  @Test
  void upload_m4aFile_isRefusedSayingItIsAudio() throws Exception {
    Path file = MediaFixtures.write(dir, "talk.m4a", MediaFormatTest.ftyp("M4A ", "M4A ", "mp42", "isom"));

    assertThatThrownBy(() -> x.media().upload(file))
        .isInstanceOf(XValidationException.class)
        .hasMessage("talk.m4a holds MPEG-4 audio (ftyp brand 'M4A '), which X's media upload does not take."
            + " X takes no audio alone: make it a video (MP4) to post it.");
  }

  @Test
  void upload_missingFile_isRefused() {
    assertThatThrownBy(() -> x.media().upload(dir.resolve("gone.mp4")))
        .isInstanceOf(XValidationException.class)
        .hasMessageContaining("No media file at")
        .hasMessageContaining("gone.mp4");
  }

  @Test
  void upload_emptyFile_isRefused() throws Exception {
    Path file = MediaFixtures.write(dir, "empty.jpg", new byte[0]);

    assertThatThrownBy(() -> x.media().upload(file))
        .isInstanceOf(XValidationException.class)
        .hasMessage("empty.jpg is empty; there is nothing to upload.");
  }

  @Test
  void build_altTextOver1000Characters_isRefused() {
    assertThatThrownBy(() -> MediaUpload.fromPath(dir.resolve("a.png")).altText("é".repeat(1001)).build())
        .isInstanceOf(XValidationException.class)
        .hasMessage("Alt text takes 1 to 1000 characters, had 1001 (1 too many).");
  }

  @Test
  void build_chunkSizeAboveXsSegmentLimit_isRefused() {
    assertThatThrownBy(() -> MediaUpload.fromPath(dir.resolve("a.mp4")).chunkSize(6 * 1024 * 1024).build())
        .isInstanceOf(XValidationException.class)
        .hasMessageContaining("chunkSize runs from 1024 bytes to 5242880 bytes");
  }

  @Test
  void fromStream_withoutLength_isRefused() {
    assertThatThrownBy(() -> MediaUpload.fromStream(headOnly(MediaFormat.MP4), 0, "video/mp4"))
        .isInstanceOf(XValidationException.class)
        .hasMessageContaining("exact length");
  }

  /** A stream whose first bytes are a format's signature; the rest is never read when validation fails. */
  private static InputStream headOnly(MediaFormat format) {
    return new SequenceInputStream(new ByteArrayInputStream(MediaFixtures.signature(format)),
        new ByteArrayInputStream(new byte[16]));
  }
}
