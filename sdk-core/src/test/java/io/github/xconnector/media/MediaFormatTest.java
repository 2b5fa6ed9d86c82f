package io.github.xconnector.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
