package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.NOW;
import static io.github.xconnector.testing.XTest.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.errors.RateLimitException;
import io.github.xconnector.generated.model.UserResponse;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.XTest;
import io.github.xconnector.transport.RateLimit;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rate-limit headers out of any sensible range never fail a call; a 429 waits for the window X reports exhausted, in
 * any of HTTP's date forms.
 */
class HostileRateLimitHeadersTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String ME = "/2/users/me";
  private static final String ME_BODY = "{\"data\":{\"id\":\"1\",\"name\":\"N\",\"username\":\"n\"}}";

  private final RecordingSleeper sleeper = new RecordingSleeper();

  @ParameterizedTest
  @ValueSource(strings = {"99999999999999999", "-5", "9223372036854775807", "-9223372036854775808", "1e9"})
  void ok_withResetOutOfRange_succeedsAndLeavesTheResetUnknown(String reset) {
    x.stubFor(get(ME).willReturn(okJson(ME_BODY).withHeader("x-rate-limit-limit", "75")
        .withHeader("x-rate-limit-remaining", "74").withHeader("x-rate-limit-reset", reset)
        .withHeader("x-user-limit-24hour-reset", reset)));

    try (XClient client = client()) {
      UserResponse me = client.users().me();

      assertThat(me.getData().getId()).isEqualTo("1");
      RateLimit recorded = client.rateLimits().latest("GET /2/users/me").orElseThrow();
      assertThat(recorded.endpoint()).hasValueSatisfying(w -> {
        assertThat(w.remaining()).isEqualTo(74);
        assertThat(w.resetAt()).isEmpty();
      });
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775807", "99999999999999999"})
  void tooManyRequests_withAbsurdRetryAfter_failsAtOnceWithTheRateLimitException(String retryAfter) {
    x.stubFor(get(ME).willReturn(rateLimited().withHeader("Retry-After", retryAfter)));

    RateLimitException failure = catchThrowableOfType(RateLimitException.class, () -> client().users().me());

    assertThat(failure.retryAt()).hasValueSatisfying(at -> assertThat(at).isAfter(NOW.plus(Duration.ofDays(300))));
    assertThat(sleeper.waits()).isEmpty();
    x.verify(1, getRequestedFor(urlPathEqualTo(ME)));
  }

  @Test
  void tooManyRequests_withNegativeRetryAfter_retriesWithoutWaitingBeyondTheMargin() {
    XTest.answerInTurn(x, "GET", ME, rateLimited().withHeader("Retry-After", "-30"), okJson(ME_BODY));

    assertThat(client().users().me().getData().getId()).isEqualTo("1");
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void tooManyRequests_whenTheDailyUserWindowIsExhausted_failsAtOnceWithTheDailyReset() {
    Instant dailyReset = NOW.plus(Duration.ofHours(10));
    x.stubFor(get(ME).willReturn(rateLimited()
        .withHeader("x-rate-limit-remaining", "12")
        .withHeader("x-rate-limit-reset", String.valueOf(NOW.plusSeconds(300).getEpochSecond()))
        .withHeader("x-user-limit-24hour-limit", "25").withHeader("x-user-limit-24hour-remaining", "0")
        .withHeader("x-user-limit-24hour-reset", String.valueOf(dailyReset.getEpochSecond()))));

    RateLimitException failure = catchThrowableOfType(RateLimitException.class, () -> client().users().me());

    assertThat(failure.retryAt()).contains(dailyReset);
    assertThat(sleeper.waits()).isEmpty();
    x.verify(1, getRequestedFor(urlPathEqualTo(ME)));
  }

  @Test
  void tooManyRequests_whenTheEndpointWindowIsExhausted_waitsForItsReset() {
    Instant reset = NOW.plusSeconds(40);
    XTest.answerInTurn(x, "GET", ME, rateLimited()
            .withHeader("x-rate-limit-remaining", "0")
            .withHeader("x-rate-limit-reset", String.valueOf(reset.getEpochSecond()))
            .withHeader("x-app-limit-24hour-remaining", "900")
            .withHeader("x-app-limit-24hour-reset", String.valueOf(NOW.plusSeconds(80_000).getEpochSecond())),
        okJson(ME_BODY));

    client().users().me();

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(41));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Thu, 15 Jan 2026 12:00:20 GMT", "Thursday, 15-Jan-26 12:00:20 GMT",
      "Thu Jan 15 12:00:20 2026"})
  void tooManyRequests_withRetryAfterInAnyHttpDateForm_waitsUntilThatDate(String date) {
    XTest.answerInTurn(x, "GET", ME, rateLimited().withHeader("Retry-After", date), okJson(ME_BODY));

    client().users().me();

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(21));
  }

  @Test
  void tooManyRequests_withAsctimeDateOfASingleDigitDay_isRead() {
    XTest.answerInTurn(x, "GET", ME, rateLimited().withHeader("Retry-After", "Thu Jan  1 00:00:09 2026"),
        okJson(ME_BODY));

    client().users().me();

    // Long past by the test clock: no wait beyond the margin.
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
  }

  private XClient client() {
    return XTest.client(x, sleeper).build();
  }

  private static ResponseDefinitionBuilder rateLimited() {
    return aResponse().withStatus(429).withHeader("Content-Type", "application/problem+json")
        .withBody(example("error-reports/429_too_many_requests_search_all.json"));
  }
}
