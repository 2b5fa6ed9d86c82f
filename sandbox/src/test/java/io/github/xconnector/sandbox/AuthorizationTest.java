package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthorizationTest {

  private XSandbox sandbox;
  private SandboxHttp http;
  private SandboxUser dev;

  @BeforeEach
  void start() {
    sandbox = XSandbox.builder().start();
    http = new SandboxHttp(sandbox);
    dev = sandbox.user("sandbox_dev");
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void getMe_withoutToken_answersXs401Body() {
    SandboxHttp.Reply reply = http.get("/2/users/me", null);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().path("title").asText()).isEqualTo("Unauthorized");
    assertThat(reply.json().path("type").asText()).isEqualTo("about:blank");
    assertThat(reply.json().path("status").asInt()).isEqualTo(401);
    assertThat(reply.json().path("detail").asText()).isEqualTo("Unauthorized");
  }

  @Test
  void getMe_withUnknownToken_answers401() {
    assertThat(http.get("/2/users/me", "not-a-token").status()).isEqualTo(401);
  }

  @Test
  void getMe_withAppOnlyToken_answers403UnsupportedAuthentication() {
    SandboxHttp.Reply reply = http.get("/2/users/me", sandbox.issueAppToken());

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().path("type").asText())
        .isEqualTo("https://api.twitter.com/2/problems/unsupported-authentication");
    assertThat(reply.json().path("title").asText()).isEqualTo("Unsupported Authentication");
  }

  @Test
  void getUser_withAppOnlyToken_isAllowedAsTheSpecListsBearerToken() {
    SandboxHttp.Reply reply = http.get("/2/users/" + dev.id(), sandbox.issueAppToken());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("data").path("username").asText()).isEqualTo("sandbox_dev");
  }

  @Test
  void getMe_withUserToken_returnsTheTokensUser() {
    SandboxUser kai = sandbox.user("kai_rivers");

    SandboxHttp.Reply reply = http.get("/2/users/me", sandbox.issueUserToken(kai.id()));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("data").path("id").asText()).isEqualTo(kai.id());
  }

  @Test
  void likePost_tokenWithoutLikeWrite_answers403NamingTheScope() {
    String token = sandbox.issueUserToken(dev.id(), "tweet.read", "users.read");

    SandboxHttp.Reply reply = http.postJson("/2/users/" + dev.id() + "/likes", token, "{\"tweet_id\":\"1\"}");

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().path("title").asText()).isEqualTo("Forbidden");
    assertThat(reply.json().path("detail").asText()).contains("like.write");
  }

  @Test
  void likePost_onBehalfOfAnotherUser_answers403() {
    String token = sandbox.issueUserToken(dev.id());
    String kaiId = sandbox.user("kai_rivers").id();
    String postId = PostStateTest.ids(http.get("/2/users/" + dev.id() + "/tweets", token)).get(0);

    SandboxHttp.Reply reply = http.postJson("/2/users/" + kaiId + "/likes", token, "{\"tweet_id\":\"" + postId + "\"}");

    assertThat(reply.status()).isEqualTo(403);
    assertThat(http.get("/2/tweets/" + postId + "/liking_users", token).json().path("data").toString())
        .doesNotContain(kaiId);
  }

  @Test
  void homeTimeline_ofAnotherUser_answers403() {
    String token = sandbox.issueUserToken(dev.id());

    assertThat(http.get("/2/users/" + sandbox.user("kai_rivers").id() + "/timelines/reverse_chronological", token)
        .status()).isEqualTo(403);
  }

  @Test
  void getMe_withExpiredToken_answers401() {
    AdjustableClock clock = AdjustableClock.at(java.time.Instant.parse("2026-03-01T12:00:00Z"));
    try (XSandbox timed = XSandbox.builder().clock(clock).accessTokenLifetime(java.time.Duration.ofMinutes(5))
        .start()) {
      SandboxHttp timedHttp = new SandboxHttp(timed);
      String token = timed.issueUserToken(timed.authorizingUser().id());
      assertThat(timedHttp.get("/2/users/me", token).status()).isEqualTo(200);

      clock.advance(java.time.Duration.ofMinutes(5));

      assertThat(timedHttp.get("/2/users/me", token).status()).isEqualTo(401);
    }
  }

  @Test
  void anyResponse_carriesRateLimitAndTransactionHeaders() {
    SandboxHttp.Reply reply = http.get("/2/users/me", sandbox.issueUserToken(dev.id()));

    assertThat(reply.header("x-rate-limit-limit")).isEqualTo("900");
    assertThat(reply.header("x-rate-limit-remaining")).isEqualTo("899");
    assertThat(Long.parseLong(reply.header("x-rate-limit-reset")))
        .isGreaterThan(java.time.Instant.now().getEpochSecond());
    assertThat(reply.header("x-transaction-id")).matches("[0-9a-f]{16}");
  }

  @Test
  void unknownPath_answers404() {
    assertThat(http.get("/2/nowhere", sandbox.issueAppToken()).status()).isEqualTo(404);
  }
}
