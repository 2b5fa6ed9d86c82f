package io.github.xconnector.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xconnector.transport.RateLimit;
import java.time.Instant;
import java.util.List;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class OkHttpHeadersTest {

  private final OkHttpHeaders headers = new OkHttpHeaders(new Headers.Builder()
      .add("x-rate-limit-limit", "75")
      .add("X-Rate-Limit-Remaining", "74")
      .add("x-rate-limit-reset", "1768479300")
      .add("Set-Cookie", "a=1")
      .add("set-cookie", "b=2")
      .add("Content-Type", "application/json")
      .build());

  @Test
  void lookups_ignoreCase_andKeepEveryValue() {
    assertThat(headers.get("CONTENT-TYPE")).containsExactly("application/json");
    assertThat(headers.get("Set-Cookie")).containsExactly("a=1", "b=2");
    assertThat(headers.get("absent")).isNull();
    assertThat(headers.containsKey("x-rate-limit-remaining")).isTrue();
  }

  @Test
  void walkingTheMap_givesOneSortedEntryPerName_readOnly() {
    assertThat(headers.keySet()).containsExactly("Content-Type", "Set-Cookie", "x-rate-limit-limit",
        "X-Rate-Limit-Remaining", "x-rate-limit-reset");
    assertThat(headers).hasSize(5);
    assertThat(headers.comparator()).isSameAs(String.CASE_INSENSITIVE_ORDER);
    assertThatThrownBy(() -> headers.put("x", List.of("y"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rateLimits_readWhateverTheCase() {
    RateLimit limit = RateLimit.fromHeaders(headers);

    assertThat(limit.endpoint()).hasValueSatisfying(window -> {
      assertThat(window.limit()).isEqualTo(75);
      assertThat(window.remaining()).isEqualTo(74);
      assertThat(window.resetAt()).contains(Instant.ofEpochSecond(1768479300));
    });
    assertThat(limit.appDaily()).isEmpty();
  }
}
