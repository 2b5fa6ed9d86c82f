package io.github.xconnector.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xconnector.generated.model.Post;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** X's timestamps decode by the fast path exactly as Jackson's own deserializer decodes them; other forms still do. */
class UtcTimestampDeserializerTest {

  private final ObjectMapper mapper = JsonMappers.create();

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-15T12:00:00.000Z", "2026-01-15T12:00:00Z", "2024-02-29T23:59:59.123456789Z",
      "1970-01-01T00:00:00.5Z", "2026-01-15T12:00:00+02:00", "2026-01-15T12:00:00.250-05:30"})
  void readValue_timestamp_equalsJavaTimeResult(String text) throws Exception {
    OffsetDateTime read = mapper.readValue("\"" + text + "\"", OffsetDateTime.class);

    assertThat(read).isEqualTo(OffsetDateTime.parse(text));
  }

  @Test
  void readValue_postCreatedAt_isUtcWithMillis() throws Exception {
    Post post = mapper.readValue("{\"id\":\"1\",\"text\":\"t\",\"created_at\":\"2026-01-15T12:00:00.042Z\"}",
        Post.class);

    assertThat(post.getCreatedAt()).isEqualTo(OffsetDateTime.of(2026, 1, 15, 12, 0, 0, 42_000_000, ZoneOffset.UTC));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-13-15T12:00:00.000Z", "2026-02-30T12:00:00Z", "2026-01-15T25:00:00Z",
      "2026-01-15 12:00:00Z", "yesterday"})
  void readValue_invalidTimestamp_failsAsJacksonDoes(String text) {
    assertThatThrownBy(() -> mapper.readValue("\"" + text + "\"", OffsetDateTime.class))
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  void parseUtc_otherLayouts_areLeftToJackson() {
    assertThat(parse("2026-01-15T12:00:00+00:00")).isNull();
    assertThat(parse("2026-01-15T12:00:00.1234567890Z")).isNull();
    assertThat(parse("2026-01-15T12:00:0xZ")).isNull();
    assertThat(parse("2026-01-15T12:00:00.042Z")).isEqualTo(OffsetDateTime.parse("2026-01-15T12:00:00.042Z"));
  }

  private static OffsetDateTime parse(String text) {
    char[] padded = ("[" + text + "]").toCharArray();
    return UtcTimestampDeserializer.parseUtc(padded, 1, text.length());
  }
}
