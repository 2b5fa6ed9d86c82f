package io.github.xconnector.sandbox.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xconnector.XClient;
import io.github.xconnector.auth.AuthorizationCodeFlow;
import io.github.xconnector.auth.FileTokenStore;
import io.github.xconnector.auth.OAuth2Tokens;
import io.github.xconnector.auth.OAuth2UserTokenProvider;
import io.github.xconnector.auth.StaticBearerTokenProvider;
import io.github.xconnector.errors.UnauthorizedException;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.generated.model.User;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OAuth 2.0 Authorization Code flow with PKCE and the refreshing token provider, end to end against the
 * sandbox's authorization, token and revocation endpoints, with access tokens that live five minutes on the shared
 * clock.
 */
class OAuthEndToEndTest {

  private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);
  private static final String ME = "GET /2/users/me";
  private static final int THREADS = 8;

  @TempDir
  Path tokens;

  private SdkSandbox x;
  private FileTokenStore store;

  @BeforeEach
  void start() {
    x = SdkSandbox.start(b -> b.accessTokenLifetime(TOKEN_LIFETIME));
    store = new FileTokenStore(tokens.resolve("x-tokens.json"));
  }

  @AfterEach
  void stop() {
    x.close();
  }

  @Test
  void exchange_publicClient_tokensActForTheAuthorizingUser() {
    assertAuthorizedAsDeveloper(x.publicFlow());
  }

  @Test
  void exchange_confidentialClient_tokensActForTheAuthorizingUser() {
    assertAuthorizedAsDeveloper(x.confidentialFlow());
  }

  private void assertAuthorizedAsDeveloper(AuthorizationCodeFlow flow) {
    OAuth2Tokens issued = x.authorize(flow);
    assertThat(issued.refreshToken()).isPresent();
    assertThat(issued.scopes()).containsAll(SdkSandbox.SCOPES);
    assertThat(issued.expiresAt()).contains(SdkSandbox.START.plus(TOKEN_LIFETIME));
    OAuth2UserTokenProvider provider = OAuth2UserTokenProvider.builder(flow).tokenStore(store).tokens(issued).build();
    XClient client = x.client(provider);

    User me = client.users().me().getData();

    assertThat(me.getId()).isEqualTo(x.sandbox().authorizingUser().id());
    assertThat(me.getUsername()).isEqualTo("sandbox_dev");
    assertThat(store.load()).contains(issued);
    assertThat(x.transport().exchanges(ME)).singleElement()
        .satisfies(e -> assertThat(e.bearerToken()).isEqualTo(issued.accessToken()));
  }

  @Test
  void accessToken_expiredOnTheSharedClock_refreshedBeforeTheRequestAndRotated() {
    OAuth2UserTokenProvider provider = x.userTokens(store);
    XClient client = x.client(provider);
    client.users().me();
    OAuth2Tokens before = store.load().orElseThrow();

    x.clock().advance(TOKEN_LIFETIME.plusSeconds(1));
    User me = client.users().me().getData();

    OAuth2Tokens after = store.load().orElseThrow();
    assertThat(me.getUsername()).isEqualTo("sandbox_dev");
    assertThat(after.accessToken()).isNotEqualTo(before.accessToken());
    assertThat(after.refreshToken()).isPresent().isNotEqualTo(before.refreshToken());
    assertThat(after.expiresAt()).contains(x.clock().instant().plus(TOKEN_LIFETIME));
    // Refreshed before sending: the sandbox never saw the expired token and answered nothing but 200.
    assertThat(x.transport().exchanges(ME)).extracting(RecordingTransport.Exchange::status).containsExactly(200, 200);
    assertThat(x.transport().exchanges(ME).get(1).bearerToken()).isEqualTo(after.accessToken());
    assertThat(refreshAtServer(before.refreshToken().orElseThrow()).body()).contains("invalid_grant");
    assertThat(refreshAtServer(after.refreshToken().orElseThrow()).statusCode()).isEqualTo(200);
  }

  @Test
  void accessToken_revokedAtServer_401RefreshedOnceAndRetriedOnce() {
    OAuth2UserTokenProvider provider = x.userTokens(store);
    XClient client = x.client(provider);
    OAuth2Tokens before = store.load().orElseThrow();
    x.revokeAtServer(before.accessToken());

    User me = client.users().me().getData();

    OAuth2Tokens after = store.load().orElseThrow();
    assertThat(me.getUsername()).isEqualTo("sandbox_dev");
    assertThat(x.transport().exchanges(ME)).extracting(RecordingTransport.Exchange::status).containsExactly(401, 200);
    assertThat(x.transport().exchanges(ME).get(0).bearerToken()).isEqualTo(before.accessToken());
    assertThat(x.transport().exchanges(ME).get(1).bearerToken()).isEqualTo(after.accessToken())
        .isNotEqualTo(before.accessToken());
    assertThat(after.refreshToken()).isNotEqualTo(before.refreshToken());
  }

  @Test
  void createPost_accessTokenRevokedAtServer_401RefreshedAndPublishedExactlyOnce() {
    XClient client = x.client(x.userTokens(store));
    x.revokeAtServer(store.load().orElseThrow().accessToken());

    String id = client.posts().create("Sent again only after a 401").getData().getId();

    assertThat(x.transport().exchanges("POST /2/tweets")).extracting(RecordingTransport.Exchange::status)
        .containsExactly(401, 201);
    assertThat(client.timelines().userPosts(x.sandbox().authorizingUser().id()).stream()
        .filter(post -> post.getText().equals("Sent again only after a 401"))).singleElement()
        .satisfies(post -> assertThat(post.getId()).isEqualTo(id));
  }

  @Test
  void refreshToken_revokedAtServerWhileAccessTokenIsRejected_reauthorizationRequired() {
    OAuth2UserTokenProvider provider = x.userTokens(store);
    XClient client = x.client(provider);
    OAuth2Tokens before = store.load().orElseThrow();
    x.revokeAtServer(before.refreshToken().orElseThrow());
    x.revokeAtServer(before.accessToken());

    XAuthenticationException failure = catchThrowableOfType(() -> client.users().me(),
        XAuthenticationException.class);

    assertThat(failure.reauthorizationRequired()).isTrue();
    assertThat(failure.getMessage()).doesNotContain(before.accessToken(), before.refreshToken().orElseThrow());
    assertThat(x.transport().exchanges(ME)).extracting(RecordingTransport.Exchange::status).containsExactly(401);
  }

  @Test
  void refreshToken_revokedAtServerWhenAccessTokenExpires_reauthorizationRequiredWithoutAnApiRequest() {
    OAuth2UserTokenProvider provider = x.userTokens(store);
    XClient client = x.client(provider);
    x.revokeAtServer(store.load().orElseThrow().refreshToken().orElseThrow());
    x.clock().advance(TOKEN_LIFETIME);

    XAuthenticationException failure = catchThrowableOfType(() -> client.users().me(),
        XAuthenticationException.class);

    assertThat(failure.reauthorizationRequired()).isTrue();
    assertThat(x.transport().exchanges()).isEmpty();
  }

  @Test
  void revoke_throughTheProvider_serverRefusesBothTokensAndStoreIsCleared() {
    OAuth2UserTokenProvider provider = x.userTokens(store);
    XClient client = x.client(provider);
    OAuth2Tokens before = store.load().orElseThrow();

    provider.revoke();

    assertThat(store.load()).isEmpty();
    XAuthenticationException failure = catchThrowableOfType(() -> client.users().me(),
        XAuthenticationException.class);
    assertThat(failure.reauthorizationRequired()).isTrue();
    assertThat(x.transport().exchanges()).isEmpty();
    XClient withOldToken = x.client(StaticBearerTokenProvider.of(before.accessToken()));
    UnauthorizedException refused = catchThrowableOfType(() -> withOldToken.users().get("1000000002"),
        UnauthorizedException.class);
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refreshAtServer(before.refreshToken().orElseThrow()).body()).contains("invalid_grant");
  }

  @Test
  void everyApiRequest_acrossRefreshAndRetry_carriesExactlyOneAuthorizationHeader() {
    OAuth2UserTokenProvider provider = x.userTokens(store);
    XClient client = x.client(provider);
    client.users().me();
    x.clock().advance(TOKEN_LIFETIME);
    client.users().me();
    x.revokeAtServer(store.load().orElseThrow().accessToken());
    client.users().me();

    assertThat(x.transport().exchanges()).hasSize(4)
        .allSatisfy(e -> assertThat(e.authorizations()).singleElement().asString().startsWith("Bearer "));
  }

  @Test
  void accessToken_expiredWhileManyThreadsCall_oneRefreshServesThemAll() throws Exception {
    XClient client = x.client(x.userTokens(store));
    x.clock().advance(TOKEN_LIFETIME);
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<String>> calls = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        calls.add(threads.submit(() -> client.users().me().getData().getUsername()));
      }
      for (Future<String> call : calls) {
        // A second refresh would present the already rotated refresh token, which the sandbox refuses.
        assertThat(call.get(30, TimeUnit.SECONDS)).isEqualTo("sandbox_dev");
      }
    } finally {
      threads.shutdownNow();
    }

    String current = store.load().orElseThrow().accessToken();
    assertThat(x.transport().exchanges(ME)).hasSize(THREADS)
        .allSatisfy(e -> assertThat(e.bearerToken()).isEqualTo(current));
  }

  @Test
  void fileTokenStore_sharedByTwoProviders_secondTakesTheRotatedPairInsteadOfRefreshingAgain() {
    AuthorizationCodeFlow flow = x.publicFlow();
    store.save(x.authorize(flow));
    XClient first = x.client(OAuth2UserTokenProvider.builder(flow).tokenStore(store).build());
    XClient second = x.client(OAuth2UserTokenProvider.builder(flow)
        .tokenStore(new FileTokenStore(store.file())).build());
    x.clock().advance(TOKEN_LIFETIME);

    first.users().me();
    second.users().me();

    OAuth2Tokens rotated = store.load().orElseThrow();
    assertThat(x.transport().exchanges(ME)).extracting(RecordingTransport.Exchange::status).containsExactly(200, 200);
    assertThat(x.transport().exchanges(ME))
        .allSatisfy(e -> assertThat(e.bearerToken()).isEqualTo(rotated.accessToken()));
    assertThat(refreshAtServer(rotated.refreshToken().orElseThrow()).statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> refreshAtServer(String refreshToken) {
    return x.postForm("/2/oauth2/token", null, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken,
        "client_id", SdkSandbox.PUBLIC_CLIENT));
  }
}
