package io.github.xconnector.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.USER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.XClient;
import io.github.xconnector.errors.UnauthorizedException;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.XTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP log never shows a token, even at the FULL level, and neither do the exceptions. */
class RedactingLoggerTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String NEW_TOKEN = "user-token-refreshed-8Kd";

  @Test
  void shouldLogRequestHeader_authorizationInAnyCase_isFalse() {
    RedactingLogger logger = new RedactingLogger(null);

    assertThat(logger.shouldLogRequestHeader("Authorization")).isFalse();
    assertThat(logger.shouldLogRequestHeader("authorization")).isFalse();
    assertThat(logger.shouldLogRequestHeader("Cookie")).isFalse();
    assertThat(logger.shouldLogRequestHeader("Accept")).isTrue();
    assertThat(logger.shouldLogResponseHeader("Set-Cookie")).isFalse();
    assertThat(logger.shouldLogResponseHeader("x-rate-limit-remaining")).isTrue();
  }

  @Test
  void fullLogLevel_requestsAndRefreshedRetry_logEverythingButTheTokens() {
    XTest.answerInTurn(x, "GET", "/2/users/me",
        aResponse().withStatus(401).withHeader("Content-Type", "application/problem+json")
            .withBody("{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401}"),
        okJson("{\"data\":{\"id\":\"1\",\"name\":\"n\",\"username\":\"u\"}}").withHeader("x-transaction-id", "tx-77"));
    x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"data\":{\"id\":\"2\",\"text\":\"logged text\"}}")));
    XClient client = XTest.client(x, new RecordingSleeper()).connectionName("main")
        .credentials(TestTokenProvider.refreshing(USER_TOKEN, NEW_TOKEN))
        .logLevel(XClient.LogLevel.FULL).build();

    String log = captureStandardError(() -> {
      client.users().me();
      client.posts().create("logged text");
    });

    assertThat(log).contains("[main]").contains("GET " + x.baseUrl() + "/2/users/me").contains("HTTP/1.1 401")
        .contains("x-transaction-id: tx-77").contains("logged text").contains("Accept:");
    assertThat(log).doesNotContain(USER_TOKEN).doesNotContain(NEW_TOKEN).doesNotContainIgnoringCase("authorization")
        .doesNotContain("Bearer");
  }

  @Test
  void unauthorized_exceptionAndItsTextualForms_neverShowTheToken() {
    x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(aResponse().withStatus(401)
        .withBody("{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401}")));
    XClient client = XTest.client(x);

    UnauthorizedException failure = org.assertj.core.api.Assertions.catchThrowableOfType(
        UnauthorizedException.class, () -> client.users().me());

    assertThat(failure.getMessage()).doesNotContain(USER_TOKEN);
    assertThat(failure.toString()).doesNotContain(USER_TOKEN);
    assertThat(failure.headers().toString()).doesNotContain(USER_TOKEN);
    assertThat(client.toString()).doesNotContain(USER_TOKEN);
  }

  private static String captureStandardError(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
