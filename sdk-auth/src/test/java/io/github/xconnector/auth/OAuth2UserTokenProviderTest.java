package io.github.xconnector.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.xconnector.auth.TokenEndpointStubs.REVOKE_PATH;
import static io.github.xconnector.auth.TokenEndpointStubs.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.credentials.AuthenticationType;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XIoException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OAuth2UserTokenProviderTest {

  @RegisterExtension
  static WireMockExtension x = TokenEndpointStubs.server();

  private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
  private static final List<String> SCOPES = List.of("tweet.read", "users.read", "offline.access");

  private final MutableClock clock = new MutableClock(NOW);

  private AuthorizationCodeFlow flow(String clientSecret) {
    return AuthorizationCodeFlow.builder()
        .clientId("client-1")
        .clientSecret(clientSecret)
        .tokenUrl(TokenEndpointStubs.url(x, TOKEN_PATH))
        .revokeUrl(TokenEndpointStubs.url(x, REVOKE_PATH))
        .clock(clock)
        .build();
  }

  private static OAuth2Tokens expiringAt(Instant expiry) {
    return OAuth2Tokens.of("access-old", "refresh-old", expiry, SCOPES);
  }

  private OAuth2UserTokenProvider provider(TokenStore store, OAuth2Tokens tokens) {
    return OAuth2UserTokenProvider.builder(flow("s3cret-value")).tokenStore(store).tokens(tokens).build();
  }

  @Test
  void accessToken_freshToken_sendsNoRequest() {
    OAuth2UserTokenProvider provider = provider(new InMemoryTokenStore(), expiringAt(NOW.plusSeconds(3600)));

    assertThat(provider.accessToken()).isEqualTo("access-old");
    x.verify(0, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void accessToken_withinRefreshMargin_refreshesBeforeExpiry() {
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.tokens("access-new", "refresh-new",
        "tweet.read users.read offline.access")));
    OAuth2UserTokenProvider provider = provider(new InMemoryTokenStore(), expiringAt(NOW.plusSeconds(3600)));

    clock.advance(Duration.ofSeconds(3600 - 61));
    assertThat(provider.accessToken()).isEqualTo("access-old");
    clock.advance(Duration.ofSeconds(2));
    assertThat(provider.accessToken()).isEqualTo("access-new");

    x.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH))
        .withHeader("Authorization", equalTo(TokenEndpointStubs.basic("client-1", "s3cret-value")))
        .withFormParam("grant_type", equalTo("refresh_token"))
        .withFormParam("refresh_token", equalTo("refresh-old")));
  }

  @Test
  void refresh_freshToken_refreshesNowAndStoresTheRotatedPair() {
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.tokens("access-new", "refresh-new",
        "tweet.read users.read offline.access")));
    InMemoryTokenStore store = new InMemoryTokenStore();
    OAuth2UserTokenProvider provider = provider(store, expiringAt(NOW.plusSeconds(3600)));

    OAuth2Tokens refreshed = provider.refresh();

    assertThat(refreshed.accessToken()).isEqualTo("access-new");
    assertThat(provider.accessToken()).isEqualTo("access-new");
    assertThat(store.load().orElseThrow().refreshToken()).contains("refresh-new");
    x.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)).withFormParam("refresh_token", equalTo("refresh-old")));
  }

  @Test
  void accessToken_afterRefresh_newPairIsStoredBeforeItIsUsed() {
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.tokens("access-new", "refresh-new",
        "tweet.read users.read offline.access")));
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    InMemoryTokenStore memory = new InMemoryTokenStore();
    TokenStore recording = new TokenStore() {
      @Override
      public Optional<OAuth2Tokens> load() {
        return memory.load();
      }

      @Override
      public void save(OAuth2Tokens tokens) {
        events.add("saved " + tokens.accessToken() + " " + tokens.refreshToken().orElse(""));
        memory.save(tokens);
      }

      @Override
      public void clear() {
        memory.clear();
      }
    };
    OAuth2UserTokenProvider provider = provider(recording, expiringAt(NOW.minusSeconds(1)));

    events.add("used " + provider.accessToken());

    assertThat(events).containsExactly("saved access-old refresh-old", "saved access-new refresh-new",
        "used access-new");
    assertThat(memory.load().orElseThrow().expiresAt()).contains(NOW.plusSeconds(7200));
  }

  @Test
  void accessToken_storeFailsToSave_doesNotHandOutUnsavedTokenButKeepsIt() {
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.tokens("access-new", "refresh-new", "tweet.read")));
    InMemoryTokenStore memory = new InMemoryTokenStore(expiringAt(NOW.minusSeconds(1)));
    TokenStore failing = new TokenStore() {
      @Override
      public Optional<OAuth2Tokens> load() {
        return memory.load();
      }

      @Override
      public void save(OAuth2Tokens tokens) {
        throw new XIoException("disk full", false, null);
      }

      @Override
      public void clear() {
        memory.clear();
      }
    };
    OAuth2UserTokenProvider provider = OAuth2UserTokenProvider.builder(flow(null)).tokenStore(failing).build();

    assertThatThrownBy(provider::accessToken).isInstanceOf(XIoException.class)
        .hasMessageContaining("could not be saved").hasMessageNotContaining("access-new");
    assertThat(provider.accessToken()).isEqualTo("access-new");
    x.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void accessToken_refreshTokenRefused_requiresReauthorizationAndIsNotRetried() {
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.oauthError(400, "invalid_grant",
        "Value passed for the token was invalid.")));
    OAuth2UserTokenProvider provider = provider(new InMemoryTokenStore(), expiringAt(NOW.minusSeconds(1)));

    XAuthenticationException first = catchAuthentication(provider);
    XAuthenticationException second = catchAuthentication(provider);

    assertThat(first).isInstanceOf(OAuth2TokenException.class).isSameAs(second);
    assertThat(first.reauthorizationRequired()).isTrue();
    assertThat(first.getMessage()).contains("invalid_grant", "Authorize the app again")
        .doesNotContain("refresh-old", "access-old", "s3cret-value");
    x.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void accessToken_clientRefused_reportsInvalidClientWithoutReauthorization() {
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.oauthError(401, "invalid_client",
        "Missing valid authorization header")));
    OAuth2UserTokenProvider provider = provider(new InMemoryTokenStore(), expiringAt(NOW.minusSeconds(1)));

    assertThatThrownBy(provider::accessToken).isInstanceOfSatisfying(OAuth2TokenException.class, e -> {
      assertThat(e.reauthorizationRequired()).isFalse();
      assertThat(e.errorCode()).contains("invalid_client");
      assertThat(e.statusCode()).isEqualTo(401);
      assertThat(e.getMessage()).contains("Client ID", "Client Secret").doesNotContain("s3cret-value");
    });
  }

  @Test
  void accessToken_serverErrorThatLasts_isRetriedABoundedNumberOfTimesThenOnTheNextCall() {
    x.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(503).withBody("<html>Over capacity</html>")));
    OAuth2UserTokenProvider provider = provider(new InMemoryTokenStore(), expiringAt(NOW.minusSeconds(1)));

    assertThatThrownBy(provider::accessToken).isInstanceOfSatisfying(OAuth2TokenException.class, e -> {
      assertThat(e.reauthorizationRequired()).isFalse();
      assertThat(e.statusCode()).isEqualTo(503);
      assertThat(e.errorCode()).isEmpty();
      assertThat(e.getMessage()).contains("HTTP 503", "try again later");
    });
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.tokens("access-new", "refresh-new", "tweet.read")));
    x.verify(4, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    assertThat(provider.accessToken()).isEqualTo("access-new");
    x.verify(5, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void accessToken_endpointEchoingTheRefreshTokenInItsError_isNotQuotedInTheMessage() {
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.oauthError(400, "invalid_request",
        "refresh_token refresh-old is malformed")));
    OAuth2UserTokenProvider provider = provider(new InMemoryTokenStore(), expiringAt(NOW.minusSeconds(1)));

    assertThatThrownBy(provider::accessToken).isInstanceOf(OAuth2TokenException.class)
        .hasMessageContaining("invalid_request").hasMessageContaining("[redacted]")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("refresh-old"));
  }

  @Test
  void accessToken_errorsFormatBody_quotesXsMessage() {
    x.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
        .withBodyFile("403_v1_oauth2_token_unable_to_verify.json")));
    OAuth2UserTokenProvider provider = provider(new InMemoryTokenStore(), expiringAt(NOW.minusSeconds(1)));

    assertThatThrownBy(provider::accessToken).isInstanceOf(OAuth2TokenException.class)
        .hasMessageContaining("HTTP 403").hasMessageContaining("Unable to verify your credentials");
  }

  @Test
  void accessToken_noRefreshToken_requiresReauthorizationWithoutRequest() {
    OAuth2UserTokenProvider provider = provider(new InMemoryTokenStore(),
        OAuth2Tokens.of("access-old", null, NOW.minusSeconds(1), List.of("tweet.read")));

    assertThatThrownBy(provider::accessToken).isInstanceOfSatisfying(XAuthenticationException.class, e -> {
      assertThat(e.reauthorizationRequired()).isTrue();
      assertThat(e.getMessage()).contains("offline.access");
    });
    x.verify(0, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void refreshAfterRejection_currentToken_refreshesOnceAndAnswersTrue() {
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.tokens("access-new", "refresh-new", "tweet.read")));
    OAuth2UserTokenProvider provider = provider(new InMemoryTokenStore(), expiringAt(NOW.plusSeconds(3600)));

    assertThat(provider.refreshAfterRejection("access-old")).isTrue();
    assertThat(provider.accessToken()).isEqualTo("access-new");
    x.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void refreshAfterRejection_staleToken_answersTrueWithoutSecondRefresh() {
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.tokens("access-new", "refresh-new", "tweet.read")));
    OAuth2UserTokenProvider provider = provider(new InMemoryTokenStore(), expiringAt(NOW.plusSeconds(3600)));
    provider.refreshAfterRejection("access-old");

    // A second request that was sent with the old token comes back with 401 after the first one refreshed.
    assertThat(provider.refreshAfterRejection("access-old")).isTrue();

    x.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void accessToken_otherProcessRefreshed_usesStoredPairWithoutRequest() {
    InMemoryTokenStore shared = new InMemoryTokenStore();
    OAuth2UserTokenProvider provider = provider(shared, expiringAt(NOW.plusSeconds(30)));
    shared.save(OAuth2Tokens.of("access-other", "refresh-other", NOW.plusSeconds(7200), SCOPES));

    assertThat(provider.accessToken()).isEqualTo("access-other");
    x.verify(0, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void accessToken_otherProcessRefreshedLongAgo_refreshesWithTheStoredRefreshToken() {
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.tokens("access-new", "refresh-new", "tweet.read")));
    InMemoryTokenStore shared = new InMemoryTokenStore();
    OAuth2UserTokenProvider provider = provider(shared, expiringAt(NOW.minusSeconds(7200)));
    shared.save(OAuth2Tokens.of("access-other", "refresh-other", NOW.minusSeconds(10), SCOPES));

    assertThat(provider.accessToken()).isEqualTo("access-new");
    x.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)).withFormParam("refresh_token", equalTo("refresh-other")));
  }

  @Test
  void grantedScopes_afterRefresh_reflectTheNewAnswer() {
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.tokens("access-new", "refresh-new",
        "tweet.read like.write")));
    OAuth2UserTokenProvider provider = provider(new InMemoryTokenStore(), expiringAt(NOW.minusSeconds(1)));
    assertThat(provider.grantedScopes()).contains(new java.util.LinkedHashSet<>(SCOPES));

    provider.accessToken();

    assertThat(provider.grantedScopes()).hasValueSatisfying(scopes ->
        assertThat(scopes).containsExactlyInAnyOrder("tweet.read", "like.write"));
    assertThat(provider.authenticationType()).isEqualTo(AuthenticationType.USER_CONTEXT);
  }

  @Test
  void revoke_confidentialClient_revokesBothTokensClearsStoreAndStopsSupplying() {
    x.stubFor(post(REVOKE_PATH).willReturn(aResponse().withStatus(200).withBody("{\"revoked\":true}")));
    InMemoryTokenStore store = new InMemoryTokenStore();
    OAuth2UserTokenProvider provider = provider(store, expiringAt(NOW.plusSeconds(3600)));

    provider.revoke();

    x.verify(1, postRequestedFor(urlEqualTo(REVOKE_PATH))
        .withHeader("Authorization", equalTo(TokenEndpointStubs.basic("client-1", "s3cret-value")))
        .withFormParam("token", equalTo("refresh-old"))
        .withFormParam("token_type_hint", equalTo("refresh_token")));
    x.verify(1, postRequestedFor(urlEqualTo(REVOKE_PATH))
        .withFormParam("token", equalTo("access-old"))
        .withFormParam("token_type_hint", equalTo("access_token")));
    assertThat(store.load()).isEmpty();
    assertThatThrownBy(provider::accessToken).isInstanceOf(XAuthenticationException.class)
        .hasMessageContaining("revoked");
  }

  @Test
  void accessToken_publicClient_refreshSendsClientIdAndNoAuthorizationHeader() {
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.tokens("access-new", "refresh-new", "tweet.read")));
    OAuth2UserTokenProvider provider = OAuth2UserTokenProvider.builder(flow(null))
        .tokens(expiringAt(NOW.minusSeconds(1))).build();

    assertThat(provider.accessToken()).isEqualTo("access-new");

    x.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH))
        .withoutHeader("Authorization")
        .withFormParam("client_id", equalTo("client-1"))
        .withFormParam("grant_type", equalTo("refresh_token"))
        .withFormParam("refresh_token", equalTo("refresh-old")));
  }

  @Test
  void revoke_publicClient_sendsClientIdInBody() {
    x.stubFor(post(REVOKE_PATH).willReturn(aResponse().withStatus(200)));
    OAuth2UserTokenProvider provider = OAuth2UserTokenProvider.builder(flow(null))
        .tokens(expiringAt(NOW.plusSeconds(3600))).build();

    provider.revoke();

    x.verify(2, postRequestedFor(urlEqualTo(REVOKE_PATH)).withoutHeader("Authorization")
        .withFormParam("client_id", equalTo("client-1")));
  }

  @Test
  void revoke_serverRevokesRefreshTokensOnly_succeedsOnceRefreshTokenIsRevoked() {
    x.stubFor(post(REVOKE_PATH).withFormParam("token_type_hint", equalTo("refresh_token"))
        .willReturn(aResponse().withStatus(200)));
    x.stubFor(post(REVOKE_PATH).withFormParam("token_type_hint", equalTo("access_token"))
        .willReturn(TokenEndpointStubs.oauthError(400, "unsupported_token_type", "unsupported token type")));
    InMemoryTokenStore store = new InMemoryTokenStore();
    OAuth2UserTokenProvider provider = provider(store, expiringAt(NOW.plusSeconds(3600)));

    provider.revoke();

    assertThat(store.load()).isEmpty();
  }

  @Test
  void revoke_accessTokenOnlyAndServerRefuses_reportsTheRefusal() {
    x.stubFor(post(REVOKE_PATH).willReturn(TokenEndpointStubs.oauthError(400, "unsupported_token_type",
        "unsupported token type")));
    InMemoryTokenStore store = new InMemoryTokenStore();
    OAuth2UserTokenProvider provider = provider(store,
        OAuth2Tokens.of("access-old", null, NOW.plusSeconds(3600), SCOPES));

    assertThatThrownBy(provider::revoke).isInstanceOf(OAuth2TokenException.class)
        .hasMessageContaining("unsupported_token_type").hasMessageNotContaining("access-old");
    assertThat(store.load()).isPresent();
    assertThat(provider.accessToken()).isEqualTo("access-old");
  }

  @Test
  void build_emptyStore_tellsTheUserToAuthorizeFirst() {
    assertThatThrownBy(() -> OAuth2UserTokenProvider.builder(flow(null)).build())
        .isInstanceOfSatisfying(XAuthenticationException.class, e ->
            assertThat(e.reauthorizationRequired()).isTrue())
        .hasMessageContaining("Authorize the app first");
  }

  @Test
  void toString_always_hidesTokens() {
    OAuth2UserTokenProvider provider = provider(new InMemoryTokenStore(), expiringAt(NOW.plusSeconds(3600)));

    assertThat(provider.toString()).doesNotContain("access-old", "refresh-old", "s3cret-value");
    assertThat(expiringAt(NOW).toString()).doesNotContain("access-old", "refresh-old");
  }

  private static XAuthenticationException catchAuthentication(OAuth2UserTokenProvider provider) {
    try {
      provider.accessToken();
    } catch (XAuthenticationException e) {
      return e;
    }
    throw new AssertionError("expected an XAuthenticationException");
  }
}
