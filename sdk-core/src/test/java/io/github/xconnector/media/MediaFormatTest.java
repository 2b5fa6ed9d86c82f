package io.github.xconnector.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MediaFormatTest {

  @ParameterizedTest
  @EnumSource(MediaFormat.class)
  void detect_signature_recognisesTheFormat(MediaFormat format) {
    byte[] head = MediaFixtures.media(format, MediaFormat.SIGNATURE_LENGTH);

    assertThat(MediaFormat.detect(head, head.length)).contains(format);
  }

  @Test
  void detect_ftypWithMp4Brand_isMp4AndWithQuickTimeBrandIsMov() {
    byte[] mp4 = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'};
    byte[] mov = {0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'q', 't', ' ', ' '};

    assertThat(MediaFormat.detect(mp4, mp4.length)).contains(MediaFormat.MP4);
    assertThat(MediaFormat.detect(mov, mov.length)).contains(MediaFormat.MOV);
  }

  @ParameterizedTest
  @ValueSource(strings = {"isom", "iso2", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "M4VP", "dash", "mmp4"})
  void detect_ftypWithAVideoBrand_isMp4(String brand) {
    byte[] head = ftyp(brand);

    assertThat(MediaFormat.detect(head, head.length)).contains(MediaFormat.MP4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"heic", "heix", "hevc", "mif1", "msf1", "avif", "avis", "M4A ", "M4B ", "M4P "})
  void detect_ftypOfAStillImageOrAudio_isNoFormatXAccepts(String brand) {
    byte[] head = ftyp(brand, "mp42", "isom");

    assertThat(MediaFormat.detect(head, head.length)).isEmpty();
    assertThat(MediaFormat.detect(head, 12)).as("major brand alone").isEmpty();
  }

  @Test
  void detect_ftypWithAnUnknownMajorBrand_readsTheCompatibleBrands() {
    byte[] video = ftyp("XYZ1", "abcd", "isom");
    byte[] quickTime = ftyp("XYZ1", "qt  ");
    byte[] heif = ftyp("XYZ1", "isom", "mif1", "heic");
    byte[] nothingKnown = ftyp("XYZ1", "abcd");

    assertThat(MediaFormat.detect(video, video.length)).contains(MediaFormat.MP4);
    assertThat(MediaFormat.detect(quickTime, quickTime.length)).contains(MediaFormat.MOV);
    assertThat(MediaFormat.detect(heif, heif.length)).isEmpty();
    assertThat(MediaFormat.detect(nothingKnown, nothingKnown.length)).isEmpty();
    assertThat(MediaFormat.detect(video, 12)).as("compatible brands not read").isEmpty();
  }

  @Test
  void detect_compatibleBrandsBeyondTheBox_areNotRead() {
    byte[] head = ftyp("XYZ1", "abcd", "isom");
    head[3] = 20;   // the box ends after the first compatible brand; "isom" belongs to the next box

    assertThat(MediaFormat.detect(head, head.length)).isEmpty();
  }

  @Test
  void signatureLength_coversTheFtypBoxOfCommonFiles() {
    byte[] head = ftyp("XYZ1", "abcd", "efgh", "ijkl", "mnop", "qrst", "uvwx", "yzab", "cdef", "ghij", "isom");

    assertThat(head.length).isLessThanOrEqualTo(MediaFormat.SIGNATURE_LENGTH);
    assertThat(MediaFormat.detect(head, head.length)).contains(MediaFormat.MP4);
  }

  @Test
  void unsupported_namesWhatTheBytesHold() {
    byte[] heic = ftyp("heic", "mif1");
    byte[] avif = ftyp("avif", "mif1");
    byte[] audio = ftyp("M4A ", "isom");

    assertThat(FileTypeBox.unsupported(heic, heic.length).map(FileTypeBox.Unsupported::description))
        .contains("a HEIF (HEIC) image (ftyp brand 'heic')");
    assertThat(FileTypeBox.unsupported(avif, avif.length).map(FileTypeBox.Unsupported::description))
        .contains("an AVIF image (ftyp brand 'avif')");
    assertThat(FileTypeBox.unsupported(audio, audio.length).map(FileTypeBox.Unsupported::description))
        .contains("MPEG-4 audio (ftyp brand 'M4A ')");
    byte[] mp4 = ftyp("isom");
    assertThat(FileTypeBox.unsupported(mp4, mp4.length)).isEmpty();
  }

  /** An ftyp box: size, "ftyp", the major brand, a minor version of 0 and the compatible brands. */
  static byte[] ftyp(String major, String... compatible) {
    int size = 16 + 4 * compatible.length;
    ByteArrayOutputStream box = new ByteArrayOutputStream();
    box.writeBytes(new byte[] {0, 0, 0, (byte) size});
    box.writeBytes("ftyp".getBytes(StandardCharsets.US_ASCII));
    box.writeBytes(major.getBytes(StandardCharsets.US_ASCII));
    box.writeBytes(new byte[4]);
    for (String brand : compatible) {
      box.writeBytes(brand.getBytes(StandardCharsets.US_ASCII));
    }
    return box.toByteArray();
  }

  @Test
  void detect_riffWithoutWebp_isUnknown() {
    byte[] wav = {'R', 'I', 'F', 'F', 0x10, 0, 0, 0, 'W', 'A', 'V', 'E'};

    assertThat(MediaFormat.detect(wav, wav.length)).isEmpty();
  }

  @Test
  void detect_truncatedSignature_isUnknown() {
    byte[] png = MediaFixtures.signature(MediaFormat.PNG);

    assertThat(MediaFormat.detect(png, 3)).isEmpty();
    assertThat(MediaFormat.detect(Arrays.copyOf(png, 12), 0)).isEmpty();
  }

  @Test
  void fromFileName_extension_isCaseInsensitive() {
    assertThat(MediaFormat.fromFileName("Holiday.JPEG")).contains(MediaFormat.JPEG);
    assertThat(MediaFormat.fromFileName("clip.mov")).contains(MediaFormat.MOV);
    assertThat(MediaFormat.fromFileName("README")).isEmpty();
  }
}
