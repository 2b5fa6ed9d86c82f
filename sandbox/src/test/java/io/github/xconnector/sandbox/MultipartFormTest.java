package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MultipartFormTest {

  private static final String BOUNDARY = "b0undary";

  @Test
  void read_fileNameWithSemicolonsAndEscapedQuotes_keepsThePartsNames() {
    byte[] body = body(
        part("form-data; name=\"media_category\"", "tweet_image"),
        part("form-data; filename=\"shot; name=other \\\"1\\\".png\"; name=\"media\"", "PNGBYTES"));

    MultipartForm form = MultipartForm.read(request(body), Set.of("media"));

    assertThat(form.field("media_category")).isEqualTo("tweet_image");
    assertThat(form.file("media")).isNotNull();
    assertThat(form.file("media").size()).isEqualTo(8);
    assertThat(form.file("media").fileName()).isEqualTo("shot; name=other \"1\".png");
    assertThat(form.file("other")).isNull();
    assertThat(form.field("other")).isNull();
  }

  @Test
  void read_partWithFileNameOutsideTheFileFields_isStillAFile() {
    MultipartForm form = MultipartForm.read(request(body(part("form-data; name=\"a;b\"; filename=\"x\"", "1"))),
        Set.of());

    assertThat(form.file("a;b")).isNotNull();
    assertThat(form.field("a;b")).isNull();
  }

  @Test
  void read_malformedContentDisposition_isA400NamingTheHeader() {
    byte[] body = body(part("form-data; name=\"media", "x"));

    assertThatThrownBy(() -> MultipartForm.read(request(body), Set.of("media")))
        .isInstanceOf(ApiProblem.class)
        .satisfies(problem -> assertThat(new String(((ApiProblem) problem).response().body(),
            StandardCharsets.UTF_8)).contains("Content-Disposition").contains("unterminated quoted string"));
  }

  private static byte[][] part(String disposition, String content) {
    return new byte[][] {("Content-Disposition: " + disposition + "\r\n\r\n").getBytes(StandardCharsets.UTF_8),
        content.getBytes(StandardCharsets.UTF_8)};
  }

  private static byte[] body(byte[][]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[][] part : parts) {
      out.writeBytes(("--" + BOUNDARY + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.writeBytes(part[0]);
      out.writeBytes(part[1]);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static SandboxRequest request(byte[] body) {
    return new SandboxRequest("POST", "/2/media/upload", "", name -> name.equalsIgnoreCase("content-type")
        ? "multipart/form-data; boundary=" + BOUNDARY : null, new ByteArrayInputStream(body), "127.0.0.1");
  }
}
