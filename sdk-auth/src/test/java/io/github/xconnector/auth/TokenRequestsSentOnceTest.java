package io.github.xconnector.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xconnector.errors.XIoException;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A token request reaches the endpoint at most once, whatever the HTTP layer meets: X's refresh tokens work once, so
 * a refresh sent twice would end the user's session.
 */
class TokenRequestsSentOnceTest {

  private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

  private final MutableClock clock = new MutableClock(NOW);
  private ScriptedHttpServer server;

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private AuthorizationCodeFlow flow() {
    return AuthorizationCodeFlow.builder()
        .clientId("client-1")
        .clientSecret("s3cret-value")
        .tokenUrl(server.url("/2/oauth2/token"))
        .revokeUrl(server.url("/2/oauth2/revoke"))
        .clock(clock)
        .build();
  }

  private OAuth2UserTokenProvider provider(Instant expiry) {
    return OAuth2UserTokenProvider.builder(flow()).tokenStore(new InMemoryTokenStore())
        .tokens(OAuth2Tokens.of("access-old", "refresh-old", expiry, List.of("tweet.read"))).build();
  }

  @Test
  void refresh_connectionResetAfterTheRequestWasRead_isSentOnceAndSaysTheRefreshTokenMayBeUsedUp()
      throws IOException {
    server = ScriptedHttpServer.start(request -> ScriptedHttpServer.Reply.reset());
    OAuth2UserTokenProvider provider = provider(NOW.plusSeconds(3600));

    assertThatThrownBy(provider::refresh).isInstanceOfSatisfying(XIoException.class, e -> {
      assertThat(e.possiblyDelivered()).isTrue();
      assertThat(e.getMessage()).contains("the token refresh", "may have reached X",
          "refresh token may be used up", "not sent again", "authorize the app again");
    });

    assertThat(server.received()).hasSize(1);
    assertThat(server.received().get(0).body()).contains("refresh_token=refresh-old");
  }

  @Test
  void accessToken_expiredAndConnectionResetAfterTheRequestWasRead_isSentOnce() throws IOException {
    server = ScriptedHttpServer.start(request -> ScriptedHttpServer.Reply.reset());
    OAuth2UserTokenProvider provider = provider(NOW.minusSeconds(1));

    assertThatThrownBy(provider::accessToken).isInstanceOf(XIoException.class);

    assertThat(server.received()).hasSize(1);
  }

  @Test
  void exchange_connectionResetAfterTheRequestWasRead_isSentOnceAndSaysTheCodeMayBeUsedUp() throws IOException {
    server = ScriptedHttpServer.start(request -> ScriptedHttpServer.Reply.reset());
    AuthorizationCodeFlow flow = flow();
    PendingAuthorization pending = flow.begin(java.net.URI.create("http://127.0.0.1:8765/callback"));
    String state = TokenEndpointStubs.queryParameter(pending.authorizationUrl(), "state");

    assertThatThrownBy(() -> flow.exchange(pending, AuthorizationCallback.of("code-1", state)))
        .isInstanceOfSatisfying(XIoException.class, e -> assertThat(e.getMessage())
            .contains("may have reached X", "authorization code", "Start the authorization again"));

    assertThat(server.received()).hasSize(1);
  }

  static Stream<Arguments> answersTheHttpLayerCouldRepeatOn() {
    return Stream.of(
        Arguments.of("503 with Retry-After: 0", ScriptedHttpServer.Reply.json(503, "{}", "Retry-After: 0")),
        Arguments.of("408 request timeout", ScriptedHttpServer.Reply.json(408, "{}")),
        Arguments.of("307 redirect to itself", ScriptedHttpServer.Reply.json(307, "{}",
            "Location: /2/oauth2/token")),
        Arguments.of("401 with a challenge", ScriptedHttpServer.Reply.json(401, "{}",
            "WWW-Authenticate: Basic realm=\"x\"")),
        Arguments.of("421 misdirected", ScriptedHttpServer.Reply.json(421, "{}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answersTheHttpLayerCouldRepeatOn")
  void refreshRequest_answerThatInvitesARepeat_isSentOnce(String what, ScriptedHttpServer.Reply answer)
      throws IOException {
    server = ScriptedHttpServer.start(request -> answer);
    UserTokenEndpoint endpoint = flow().endpoint();

    assertThatThrownBy(() -> endpoint.refresh(OAuth2Tokens.of("access-old", "refresh-old", NOW, List.of())))
        .isInstanceOf(OAuth2TokenException.class);

    assertThat(server.received()).hasSize(1);
  }
}
