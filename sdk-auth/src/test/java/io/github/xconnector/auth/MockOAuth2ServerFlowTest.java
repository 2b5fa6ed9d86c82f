package io.github.xconnector.auth;

import static io.github.xconnector.auth.TokenEndpointStubs.queryParameter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole flow against an independent OAuth 2.0 server that checks PKCE itself. Its authorize endpoint approves
 * at once (redirecting with a code) and needs the {@code openid} scope; its refresh does not rotate.
 */
class MockOAuth2ServerFlowTest {

  private static final String ISSUER = "x";
  private static final URI REDIRECT = URI.create("http://127.0.0.1:8765/callback");

  private static MockOAuth2Server server;

  private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void startServer() throws Exception {
    server = new MockOAuth2Server();
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterAll
  static void stopServer() {
    server.shutdown();
  }

  private static AuthorizationCodeFlow flow(String clientSecret) {
    return AuthorizationCodeFlow.builder()
        .clientId("client-1")
        .clientSecret(clientSecret)
        .authorizationUrl(loopback(server.authorizationEndpointUrl(ISSUER)))
        .tokenUrl(loopback(server.tokenEndpointUrl(ISSUER)))
        .revokeUrl(loopback(server.revocationEndpointUrl(ISSUER)))
        .redirectUri(REDIRECT)
        .scopes(List.of("openid", "tweet.read", "users.read", "offline.access"))
        .build();
  }

  /** The server names itself localhost; every request goes to 127.0.0.1, where it listens. */
  private static URI loopback(HttpUrl url) {
    return url.newBuilder().host("127.0.0.1").build().uri();
  }

  /** Plays the browser: opens the authorization URL and returns where the server redirects. */
  private URI authorize(PendingAuthorization pending) throws Exception {
    HttpResponse<Void> response = browser.send(HttpRequest.newBuilder(pending.authorizationUrl()).build(),
        HttpResponse.BodyHandlers.discarding());
    assertThat(response.statusCode()).isEqualTo(302);
    return URI.create(response.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void wholeFlow_confidentialClient_exchangesRefreshesAndRevokes() throws Exception {
    AuthorizationCodeFlow flow = flow("s3cret-value");
    PendingAuthorization pending = flow.begin();
    URI callback = authorize(pending);
    assertThat(queryParameter(callback, "state")).isEqualTo(queryParameter(pending.authorizationUrl(), "state"));

    OAuth2Tokens tokens = flow.exchange(pending, callback);
    assertThat(tokens.accessToken()).isNotBlank();
    assertThat(tokens.refreshToken()).isPresent();
    assertThat(tokens.expiresAt()).isPresent();

    InMemoryTokenStore store = new InMemoryTokenStore();
    OAuth2UserTokenProvider provider = OAuth2UserTokenProvider.builder(flow).tokenStore(store).tokens(tokens).build();
    assertThat(provider.refreshAfterRejection(tokens.accessToken())).isTrue();
    String refreshed = provider.accessToken();
    assertThat(refreshed).isNotEqualTo(tokens.accessToken());
    assertThat(store.load().orElseThrow().accessToken()).isEqualTo(refreshed);

    provider.revoke();
    assertThat(store.load()).isEmpty();
  }

  @Test
  void wholeFlow_publicClient_exchangesWithClientIdOnly() throws Exception {
    AuthorizationCodeFlow flow = flow(null);
    PendingAuthorization pending = flow.begin();

    OAuth2Tokens tokens = flow.exchange(pending, authorize(pending));

    assertThat(tokens.accessToken()).isNotBlank();
  }

  @Test
  void exchange_wrongVerifier_isRefusedByTheServer() throws Exception {
    AuthorizationCodeFlow flow = flow(null);
    PendingAuthorization authorized = flow.begin();
    PendingAuthorization other = flow.begin();
    String code = queryParameter(authorize(authorized), "code");

    // The code was issued for the first authorization's challenge; the second one's verifier does not match it.
    AuthorizationCallback callback = AuthorizationCallback.of(code, queryParameter(other.authorizationUrl(), "state"));

    assertThatThrownBy(() -> flow.exchange(other, callback))
        .isInstanceOfSatisfying(OAuth2TokenException.class, e -> {
          assertThat(e.errorCode()).contains("invalid_grant");
          assertThat(e.reauthorizationRequired()).isTrue();
          assertThat(e.getMessage()).doesNotContain(code, other.verifier().value());
        });
  }

  @Test
  void wholeFlow_loopbackReceiver_receivesTheRedirectFromTheServer() throws Exception {
    AuthorizationCodeFlow flow = flow(null);
    HttpClient followingBrowser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      PendingAuthorization pending = flow.begin(receiver.redirectUri());

      CompletableFuture<HttpResponse<String>> page = followingBrowser.sendAsync(
          HttpRequest.newBuilder(pending.authorizationUrl()).timeout(Duration.ofSeconds(20)).build(),
          HttpResponse.BodyHandlers.ofString());
      OAuth2Tokens tokens = flow.exchange(pending, receiver.awaitCallback(pending, Duration.ofSeconds(20)));

      assertThat(tokens.accessToken()).isNotBlank();
      HttpResponse<String> shown = page.get(20, TimeUnit.SECONDS);
      assertThat(shown.uri().getPort()).isEqualTo(receiver.redirectUri().getPort());
      assertThat(shown.statusCode()).isEqualTo(200);
      assertThat(shown.body()).contains("You can close this window");
    }
  }
}
