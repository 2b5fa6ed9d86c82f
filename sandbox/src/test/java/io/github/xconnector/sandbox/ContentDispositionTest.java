package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

  @Test
  void parse_plainFormData() {
    ContentDisposition header = ContentDisposition.parse("form-data; name=\"media\"; filename=\"clip.mp4\"");

    assertThat(header.type()).isEqualTo("form-data");
    assertThat(header.name()).isEqualTo("media");
    assertThat(header.fileName()).isEqualTo("clip.mp4");
  }

  @Test
  void parse_semicolonsInsideQuotes_belongToTheValue() {
    ContentDisposition header = ContentDisposition.parse("form-data; name=\"media\"; filename=\"a;b; c.mp4\"");

    assertThat(header.name()).isEqualTo("media");
    assertThat(header.fileName()).isEqualTo("a;b; c.mp4");
  }

  @Test
  void parse_aParameterLookalikeInsideAQuotedFileName_isNotAParameter() {
    ContentDisposition header = ContentDisposition.parse("form-data; filename=\"x; name=other\"; name=\"media\"");

    assertThat(header.name()).isEqualTo("media");
    assertThat(header.fileName()).isEqualTo("x; name=other");
  }

  @Test
  void parse_backslashEscapes_areUnescaped() {
    ContentDisposition header = ContentDisposition.parse(
        "form-data; name=\"media\"; filename=\"say \\\"hi\\\"; back\\\\slash.png\"");

    assertThat(header.name()).isEqualTo("media");
    assertThat(header.fileName()).isEqualTo("say \"hi\"; back\\slash.png");
  }

  @Test
  void parse_namesAreCaseInsensitive_spacesAroundSeparatorsAllowed_andTokensUnquoted() {
    ContentDisposition header = ContentDisposition.parse("Form-Data ;NAME = segment_index ; FileName=\"s.bin\" ;");

    assertThat(header.type()).isEqualTo("form-data");
    assertThat(header.name()).isEqualTo("segment_index");
    assertThat(header.fileName()).isEqualTo("s.bin");
  }

  @Test
  void parse_extendedFileName_isDecodedAndPreferred() {
    ContentDisposition header = ContentDisposition.parse(
        "form-data; name=\"media\"; filename=\"fallback.png\"; filename*=UTF-8''%E2%82%AC%20rates.png");

    assertThat(header.fileName()).isEqualTo("€ rates.png");
    assertThat(ContentDisposition.parse("form-data; name=x; filename*=iso-8859-1'en'%A3.png").fileName())
        .isEqualTo("£.png");
  }

  @Test
  void parse_withoutFileName_hasNone() {
    assertThat(ContentDisposition.parse("form-data; name=\"segment_index\"").fileName()).isNull();
  }

  @Test
  void parse_malformed_isRefusedSayingWhy() {
    assertThatThrownBy(() -> ContentDisposition.parse("form-data; name=\"media"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unterminated quoted string");
    assertThatThrownBy(() -> ContentDisposition.parse("form-data; name"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected '='");
    assertThatThrownBy(() -> ContentDisposition.parse("form-data; name=\"a\" junk"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected ';'");
    assertThatThrownBy(() -> ContentDisposition.parse("form-data; name=a; name=b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> ContentDisposition.parse("form-data; filename*=UTF-8''%E2%8"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("filename*");
    assertThatThrownBy(() -> ContentDisposition.parse(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("disposition type");
  }
}
