package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitAndFaultsTest {

  private static final Instant T0 = Instant.parse("2026-05-04T10:00:00Z");

  private XSandbox sandbox;

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void rateLimit_limitTwo_thirdCallGets429WithHeaders() {
    AdjustableClock clock = AdjustableClock.at(T0);
    sandbox = XSandbox.builder().clock(clock).rateLimit("GET /2/users/me", 2).start();
    SandboxHttp http = new SandboxHttp(sandbox);
    String token = sandbox.issueUserToken(sandbox.authorizingUser().id());

    SandboxHttp.Reply first = http.get("/2/users/me", token);
    SandboxHttp.Reply second = http.get("/2/users/me", token);
    SandboxHttp.Reply third = http.get("/2/users/me", token);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("x-rate-limit-remaining")).isEqualTo("1");
    assertThat(second.header("x-rate-limit-remaining")).isEqualTo("0");
    assertThat(third.status()).isEqualTo(429);
    assertThat(third.json().path("title").asText()).isEqualTo("Too Many Requests");
    assertThat(third.json().path("type").asText()).isEqualTo("about:blank");
    assertThat(third.header("x-rate-limit-limit")).isEqualTo("2");
    assertThat(third.header("x-rate-limit-remaining")).isEqualTo("0");
    assertThat(third.header("x-rate-limit-reset")).isEqualTo(Long.toString(T0.plus(Duration.ofMinutes(15))
        .getEpochSecond()));
  }

  @Test
  void rateLimit_afterWindowResets_allowsCallsAgain() {
    AdjustableClock clock = AdjustableClock.at(T0);
    sandbox = XSandbox.builder().clock(clock).rateLimit("getMe", 1).start();
    SandboxHttp http = new SandboxHttp(sandbox);
    String token = sandbox.issueUserToken(sandbox.authorizingUser().id());
    http.get("/2/users/me", token);
    assertThat(http.get("/2/users/me", token).status()).isEqualTo(429);

    clock.advance(Duration.ofMinutes(15));

    assertThat(http.get("/2/users/me", token).status()).isEqualTo(200);
  }

  @Test
  void rateLimit_countsPerUser_otherUsersUnaffected() {
    sandbox = XSandbox.builder().rateLimit("GET /2/users/me", 1).start();
    SandboxHttp http = new SandboxHttp(sandbox);
    String devToken = sandbox.issueUserToken(sandbox.user("sandbox_dev").id());
    http.get("/2/users/me", devToken);

    assertThat(http.get("/2/users/me", devToken).status()).isEqualTo(429);
    assertThat(http.get("/2/users/me", sandbox.issueUserToken(sandbox.user("kai_rivers").id())).status())
        .isEqualTo(200);
  }

  @Test
  void builder_rateLimitForUnknownEndpoint_failsEarlyNamingIt() {
    assertThatThrownBy(() -> XSandbox.builder().rateLimit("GET /2/nowhere", 3).start())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GET /2/nowhere");
  }

  @Test
  void failNext_twoRequests_answer503ThenNormal() {
    sandbox = XSandbox.builder().start();
    SandboxHttp http = new SandboxHttp(sandbox);
    String token = sandbox.issueUserToken(sandbox.authorizingUser().id());

    sandbox.faults().failNext(2);

    SandboxHttp.Reply first = http.get("/2/users/me", token);
    assertThat(first.status()).isEqualTo(503);
    assertThat(first.json().path("title").asText()).isEqualTo("Service Unavailable");
    assertThat(http.get("/2/users/me", token).status()).isEqualTo(503);
    assertThat(http.get("/2/users/me", token).status()).isEqualTo(200);
  }

  @Test
  void failRatio_one_failsEveryRequestUntilReset() {
    sandbox = XSandbox.builder().start();
    SandboxHttp http = new SandboxHttp(sandbox);
    String token = sandbox.issueAppToken();
    sandbox.faults().failRatio(1.0);

    assertThat(http.get("/2/users/" + sandbox.authorizingUser().id(), token).status()).isEqualTo(503);

    sandbox.faults().reset();

    assertThat(http.get("/2/users/" + sandbox.authorizingUser().id(), token).status()).isEqualTo(200);
  }

  @Test
  void dropNext_closesTheConnectionWithoutResponse_andDoesNotRunTheRequest() throws Exception {
    sandbox = XSandbox.builder().start();
    String token = sandbox.issueUserToken(sandbox.authorizingUser().id());
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest createPost = HttpRequest.newBuilder(java.net.URI.create(sandbox.baseUrl() + "/2/tweets"))
        .header("authorization", "Bearer " + token).header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Lost in transit #dropped\"}")).build();

    sandbox.faults().dropNext(1);

    assertThatThrownBy(() -> client.send(createPost, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
    SandboxHttp http = new SandboxHttp(sandbox);
    assertThat(http.get("/2/tweets/search/recent?query=%23dropped", token).json().path("meta")
        .path("result_count").asInt()).isZero();
  }

  @Test
  void usageCapped_apiAnswers429UsageCapped_butOAuthStillWorks() {
    sandbox = XSandbox.builder().start();
    SandboxHttp http = new SandboxHttp(sandbox);
    String token = sandbox.issueUserToken(sandbox.authorizingUser().id());

    sandbox.faults().usageCapped(true);

    SandboxHttp.Reply reply = http.get("/2/users/" + sandbox.authorizingUser().id() + "/liked_tweets", token);
    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.json().path("type").asText()).isEqualTo("https://api.twitter.com/2/problems/usage-capped");
    assertThat(reply.json().path("title").asText()).isEqualTo("UsageCapExceeded");
    assertThat(http.postForm("/oauth2/token", XSandbox.Builder.DEFAULT_CONSUMER_KEY,
        XSandbox.Builder.DEFAULT_CONSUMER_SECRET, "grant_type=client_credentials").status()).isEqualTo(200);
  }

  @Test
  void latency_delaysEachResponseByTheConfiguredTime() {
    List<Duration> delays = new CopyOnWriteArrayList<>();
    sandbox = XSandbox.builder().sleeper(delays::add).start();
    SandboxHttp http = new SandboxHttp(sandbox);

    sandbox.faults().latency(Duration.ofMillis(750));
    http.get("/2/users/me", null);
    http.get("/2/users/me", null);

    assertThat(delays).containsExactly(Duration.ofMillis(750), Duration.ofMillis(750));
  }

  @Test
  void faults_invalidSettings_failEarly() {
    sandbox = XSandbox.builder().start();

    assertThatThrownBy(() -> sandbox.faults().failRatio(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sandbox.faults().dropNext(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sandbox.faults().latency(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
