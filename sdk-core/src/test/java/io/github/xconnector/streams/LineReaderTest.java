package io.github.xconnector.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  @Test
  void lines_areSplitAtNewlines_andTheLastUnfinishedLineIsDropped() throws IOException {
    LineReader reader = new LineReader(new ByteArrayInputStream("{\"a\":1}\r\n\r\n{\"b\"".getBytes(
        StandardCharsets.UTF_8)), 1024);

    LineReader.Line first = reader.next(() -> { });
    assertThat(new String(first.bytes, 0, first.length, StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    assertThat(reader.next(() -> { }).isEmpty()).isTrue();
    assertThat(reader.next(() -> { })).isNull();
  }

  @Test
  void aBodyClosedUnderneathTheRead_isABrokenConnection_notAStop() {
    // OkHttp's source reports a body closed by the HTTP layer itself with an IllegalStateException.
    InputStream closedUnderneath = new InputStream() {
      @Override
      public int read() {
        throw new IllegalStateException("closed");
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        throw new IllegalStateException("closed");
      }
    };

    assertThatThrownBy(() -> new LineReader(closedUnderneath, 1024).next(() -> { }))
        .isInstanceOf(IOException.class).hasMessageContaining("closed while reading")
        .hasCauseInstanceOf(IllegalStateException.class);
  }
}
