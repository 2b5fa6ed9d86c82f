package io.github.xconnector.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.xconnector.auth.TokenEndpointStubs.TOKEN_PATH;
import static io.github.xconnector.auth.TokenEndpointStubs.queryParameter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.errors.XAuthenticationException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthorizationCodeFlowTest {

  @RegisterExtension
  static WireMockExtension x = TokenEndpointStubs.server();

  private static final URI REDIRECT = URI.create("http://127.0.0.1:8765/callback");
  private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

  private AuthorizationCodeFlow flow(String clientSecret) {
    return AuthorizationCodeFlow.builder()
        .clientId("client-1")
        .clientSecret(clientSecret)
        .tokenUrl(TokenEndpointStubs.url(x, TOKEN_PATH))
        .redirectUri(REDIRECT)
        .clock(new MutableClock(NOW))
        .build();
  }

  private static URI callback(PendingAuthorization pending, String code) {
    return URI.create(REDIRECT + "?state=" + queryParameter(pending.authorizationUrl(), "state") + "&code=" + code);
  }

  @Test
  void begin_always_urlCarriesClientRedirectScopesStateAndS256Challenge() {
    PendingAuthorization pending = flow(null).begin();
    URI url = pending.authorizationUrl();

    assertThat(url.getScheme() + "://" + url.getHost() + url.getPath()).isEqualTo("https://x.com/i/oauth2/authorize");
    assertThat(queryParameter(url, "response_type")).isEqualTo("code");
    assertThat(queryParameter(url, "client_id")).isEqualTo("client-1");
    assertThat(queryParameter(url, "redirect_uri")).isEqualTo(REDIRECT.toString());
    assertThat(queryParameter(url, "scope")).isEqualTo("tweet.read tweet.write users.read offline.access");
    assertThat(queryParameter(url, "state")).hasSizeGreaterThanOrEqualTo(43);
    assertThat(queryParameter(url, "code_challenge_method")).isEqualTo("S256");
    assertThat(queryParameter(url, "code_challenge")).isEqualTo(pending.verifier().challenge());
    assertThat(url.toString()).doesNotContain(pending.verifier().value());
  }

  @Test
  void begin_twice_usesFreshStateAndVerifier() {
    AuthorizationCodeFlow flow = flow(null);
    PendingAuthorization first = flow.begin();
    PendingAuthorization second = flow.begin();

    assertThat(queryParameter(first.authorizationUrl(), "state"))
        .isNotEqualTo(queryParameter(second.authorizationUrl(), "state"));
    assertThat(first.verifier()).isNotEqualTo(second.verifier());
  }

  @Test
  void pkceVerifier_rfc7636Example_hasKnownS256Challenge() {
    PkceVerifier verifier = PkceVerifier.of("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

    assertThat(verifier.challenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    assertThat(verifier.challengeMethod()).isEqualTo("S256");
    assertThat(verifier.toString()).doesNotContain(verifier.value());
  }

  @Test
  void exchange_confidentialClient_authenticatesWithBasicAndKeepsSecretOutOfBody() {
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.tokens("access-1", "refresh-1",
        "tweet.read users.read offline.access")));
    AuthorizationCodeFlow flow = flow("s3cret-value");
    PendingAuthorization pending = flow.begin();

    OAuth2Tokens tokens = flow.exchange(pending, callback(pending, "code-1"));

    x.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH))
        .withHeader("Authorization", equalTo(TokenEndpointStubs.basic("client-1", "s3cret-value")))
        .withFormParam("grant_type", equalTo("authorization_code"))
        .withFormParam("code", equalTo("code-1"))
        .withFormParam("redirect_uri", equalTo(REDIRECT.toString()))
        .withFormParam("code_verifier", equalTo(pending.verifier().value()))
        .withRequestBody(notContaining("s3cret-value"))
        .withRequestBody(notContaining("client_secret")));
    assertThat(tokens.accessToken()).isEqualTo("access-1");
    assertThat(tokens.refreshToken()).contains("refresh-1");
    assertThat(tokens.expiresAt()).contains(NOW.plusSeconds(7200));
    assertThat(tokens.scopes()).containsExactly("tweet.read", "users.read", "offline.access");
  }

  @Test
  void exchange_publicClient_sendsClientIdInBodyAndNoAuthorizationHeader() {
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.tokens("access-1", "refresh-1", "tweet.read")));
    AuthorizationCodeFlow flow = flow(null);
    PendingAuthorization pending = flow.begin();

    flow.exchange(pending, callback(pending, "code-1"));

    x.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH))
        .withoutHeader("Authorization")
        .withFormParam("client_id", equalTo("client-1"))
        .withFormParam("code_verifier", equalTo(pending.verifier().value())));
  }

  @Test
  void exchange_sameAuthorizationTwice_secondIsRefusedWithoutRequest() {
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.tokens("access-1", "refresh-1", "tweet.read")));
    AuthorizationCodeFlow flow = flow(null);
    PendingAuthorization pending = flow.begin();
    flow.exchange(pending, callback(pending, "code-1"));

    assertThatThrownBy(() -> flow.exchange(pending, callback(pending, "code-1")))
        .isInstanceOf(XAuthenticationException.class)
        .hasMessageContaining("already exchanged")
        .hasMessageNotContaining("code-1");
    x.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void exchange_stateMismatch_isRefusedWithoutRequest() {
    AuthorizationCodeFlow flow = flow(null);
    PendingAuthorization pending = flow.begin();

    assertThatThrownBy(() -> flow.exchange(pending, URI.create(REDIRECT + "?state=forged&code=code-1")))
        .isInstanceOf(XAuthenticationException.class)
        .hasMessageContaining("state")
        .satisfies(e -> assertThat(((XAuthenticationException) e).reauthorizationRequired()).isTrue());
    x.verify(0, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void exchange_missingState_isRefused() {
    AuthorizationCodeFlow flow = flow(null);
    PendingAuthorization pending = flow.begin();

    assertThatThrownBy(() -> flow.exchange(pending, AuthorizationCallback.of("code-1", null)))
        .isInstanceOf(XAuthenticationException.class)
        .hasMessageContaining("state is missing or does not match");
  }

  @Test
  void exchange_accessDenied_explainsThatTheUserDeclined() {
    AuthorizationCodeFlow flow = flow(null);
    PendingAuthorization pending = flow.begin();
    URI denied = URI.create(REDIRECT + "?error=access_denied&state="
        + queryParameter(pending.authorizationUrl(), "state"));

    assertThatThrownBy(() -> flow.exchange(pending, denied))
        .isInstanceOf(XAuthenticationException.class)
        .hasMessageContaining("did not authorize the app (access_denied)");
    x.verify(0, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void exchange_otherErrorInCallback_namesErrorAndDescription() {
    AuthorizationCodeFlow flow = flow(null);
    PendingAuthorization pending = flow.begin();
    URI failed = URI.create(REDIRECT + "?error=invalid_scope&error_description=Scope+bad.read+is+unknown&state="
        + queryParameter(pending.authorizationUrl(), "state"));

    assertThatThrownBy(() -> flow.exchange(pending, failed))
        .isInstanceOf(XAuthenticationException.class)
        .hasMessageContaining("invalid_scope: Scope bad.read is unknown");
  }

  @Test
  void exchange_codeRefused_reportsInvalidGrantAndReauthorization() {
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.oauthError(400, "invalid_grant",
        "Value passed for the authorization code was invalid.")));
    AuthorizationCodeFlow flow = flow("s3cret-value");
    PendingAuthorization pending = flow.begin();

    assertThatThrownBy(() -> flow.exchange(pending, callback(pending, "code-1")))
        .isInstanceOfSatisfying(OAuth2TokenException.class, e -> {
          assertThat(e.reauthorizationRequired()).isTrue();
          assertThat(e.errorCode()).contains("invalid_grant");
          assertThat(e.statusCode()).isEqualTo(400);
          assertThat(e.getMessage()).contains("Start the authorization again")
              .doesNotContain("s3cret-value", "code-1", pending.verifier().value());
        });
  }

  @Test
  void exchange_answerWithoutScope_grantsRequestedScopes() {
    x.stubFor(post(TOKEN_PATH).willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
        "{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\"access-1\"}")));
    AuthorizationCodeFlow flow = AuthorizationCodeFlow.builder().clientId("client-1")
        .tokenUrl(TokenEndpointStubs.url(x, TOKEN_PATH)).scopes(List.of("tweet.read", "users.read")).build();
    PendingAuthorization pending = flow.begin(REDIRECT);

    OAuth2Tokens tokens = flow.exchange(pending, callback(pending, "code-1"));

    assertThat(tokens.scopes()).containsExactly("tweet.read", "users.read");
    assertThat(tokens.refreshToken()).isEmpty();
  }

  @Test
  void build_withoutClientId_namesTheMissingSetting() {
    assertThatThrownBy(() -> AuthorizationCodeFlow.builder().build())
        .hasMessageContaining("clientId(...) is required");
    assertThatThrownBy(() -> AuthorizationCodeFlow.builder().clientId("c").tokenUrl(URI.create("ftp://host/t"))
        .build())
        .hasMessageContaining("tokenUrl(...) is malformed");
    assertThatThrownBy(() -> AuthorizationCodeFlow.builder().clientId("c").readTimeout(Duration.ZERO).build())
        .hasMessageContaining("readTimeout(...) must be positive");
  }

  @Test
  void toString_confidentialFlowAndPending_neverShowSecrets() {
    AuthorizationCodeFlow flow = flow("s3cret-value");
    PendingAuthorization pending = flow.begin();

    assertThat(flow.toString()).contains("confidential=true").doesNotContain("s3cret-value");
    assertThat(pending.toString()).doesNotContain(pending.verifier().value(),
        queryParameter(pending.authorizationUrl(), "state"));
  }
}
