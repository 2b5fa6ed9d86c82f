package io.github.xconnector.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.xconnector.auth.TokenEndpointStubs.TOKEN_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XIoException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Many threads find the token expired at once: one refresh request, one shared result or failure. */
class ConcurrentRefreshTest {

  @RegisterExtension
  static WireMockExtension x = TokenEndpointStubs.server();

  private static final int THREADS = 64;
  private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stopThreads() {
    pool.shutdownNow();
  }

  private OAuth2UserTokenProvider expiredProvider() {
    AuthorizationCodeFlow flow = AuthorizationCodeFlow.builder().clientId("client-1")
        .tokenUrl(TokenEndpointStubs.url(x, TOKEN_PATH)).clock(new MutableClock(NOW)).build();
    // An unlocked store, so only the provider's own single flight keeps the refreshes to one.
    return OAuth2UserTokenProvider.builder(flow).tokenStore(new UnlockedTokenStore())
        .tokens(OAuth2Tokens.of("access-old", "refresh-old", NOW.minusSeconds(1), List.of("tweet.read")))
        .build();
  }

  /** Starts every task at once; each outcome is the value or the exception. Bounded, so a hang fails the test. */
  private List<Object> runTogether(Callable<Object> task) throws InterruptedException {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      futures.add(pool.submit(() -> {
        start.await();
        return task.call();
      }));
    }
    start.countDown();
    List<Object> outcomes = new ArrayList<>();
    for (Future<Object> future : futures) {
      try {
        outcomes.add(future.get(30, TimeUnit.SECONDS));
      } catch (ExecutionException e) {
        outcomes.add(e.getCause());
      } catch (java.util.concurrent.TimeoutException e) {
        throw new AssertionError("a thread did not finish: it hangs", e);
      }
    }
    return outcomes;
  }

  @Test
  void accessToken_64ThreadsExpiredToken_oneRefreshAndAllGetTheNewToken() throws Exception {
    // The delay keeps the refresh in flight while the other threads arrive.
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.tokens("access-new", "refresh-new", "tweet.read")
        .withFixedDelay(200)));
    OAuth2UserTokenProvider provider = expiredProvider();

    List<Object> outcomes = runTogether(provider::accessToken);

    assertThat(outcomes).hasSize(THREADS).allMatch("access-new"::equals);
    x.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void accessToken_64ThreadsRefreshRefused_allFailWithTheSameClearError() throws Exception {
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.oauthError(400, "invalid_grant",
        "Value passed for the token was invalid.").withFixedDelay(200)));
    OAuth2UserTokenProvider provider = expiredProvider();

    List<Object> outcomes = runTogether(provider::accessToken);

    assertThat(outcomes).hasSize(THREADS).allMatch(outcome -> outcome == outcomes.get(0));
    assertThat(outcomes.get(0)).isInstanceOfSatisfying(XAuthenticationException.class, e -> {
      assertThat(e.reauthorizationRequired()).isTrue();
      assertThat(e.getMessage()).contains("invalid_grant", "Authorize the app again");
    });
    x.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void accessToken_64ThreadsServerErrorThatLasts_allFailAfterBoundedRetriesAndNoneHangs() throws Exception {
    x.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(503).withFixedDelay(50)));
    OAuth2UserTokenProvider provider = expiredProvider();

    List<Object> outcomes = runTogether(provider::accessToken);

    assertThat(outcomes).hasSize(THREADS).allSatisfy(outcome ->
        assertThat(outcome).isInstanceOfSatisfying(OAuth2TokenException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(503);
          assertThat(e.reauthorizationRequired()).isFalse();
        }));
    x.verify(4, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void accessToken_64ThreadsOne503ThenTokens_allGetTheNewTokenFromOneRetriedRefresh() throws Exception {
    x.stubFor(post(TOKEN_PATH).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withFixedDelay(100)).willSetStateTo("recovered"));
    x.stubFor(post(TOKEN_PATH).inScenario("flaky").whenScenarioStateIs("recovered")
        .willReturn(TokenEndpointStubs.tokens("access-new", "refresh-new", "tweet.read")));
    OAuth2UserTokenProvider provider = expiredProvider();

    List<Object> outcomes = runTogether(provider::accessToken);

    assertThat(outcomes).hasSize(THREADS).allMatch("access-new"::equals);
    x.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void accessToken_earlyRefreshFailingForAPassingReason_keepsUsingTheStillValidToken() throws Exception {
    x.stubFor(post(TOKEN_PATH).willReturn(aResponse().withStatus(503)));
    AuthorizationCodeFlow flow = AuthorizationCodeFlow.builder().clientId("client-1")
        .tokenUrl(TokenEndpointStubs.url(x, TOKEN_PATH)).clock(new MutableClock(NOW)).build();
    // Valid for 30 more seconds, inside the default 60-second refresh margin.
    OAuth2UserTokenProvider provider = OAuth2UserTokenProvider.builder(flow).tokenStore(new UnlockedTokenStore())
        .tokens(OAuth2Tokens.of("access-old", "refresh-old", NOW.plusSeconds(30), List.of("tweet.read")))
        .build();

    List<Object> outcomes = runTogether(provider::accessToken);

    assertThat(outcomes).hasSize(THREADS).allMatch("access-old"::equals);
  }

  @Test
  void accessToken_connectionResetDuringRefresh_sendsTheRefreshOnlyOnce() {
    x.stubFor(post(TOKEN_PATH).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    OAuth2UserTokenProvider provider = expiredProvider();

    assertThatThrownBy(provider::accessToken).isInstanceOfSatisfying(XIoException.class,
        e -> assertThat(e.possiblyDelivered()).isTrue());
    x.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void refreshAfterRejection_64ThreadsRejectedSameToken_oneRefreshAndAllRetry() throws Exception {
    x.stubFor(post(TOKEN_PATH).willReturn(TokenEndpointStubs.tokens("access-new", "refresh-new", "tweet.read")
        .withFixedDelay(200)));
    AuthorizationCodeFlow flow = AuthorizationCodeFlow.builder().clientId("client-1")
        .tokenUrl(TokenEndpointStubs.url(x, TOKEN_PATH)).clock(new MutableClock(NOW)).build();
    OAuth2UserTokenProvider provider = OAuth2UserTokenProvider.builder(flow).tokenStore(new UnlockedTokenStore())
        .tokens(OAuth2Tokens.of("access-old", "refresh-old", NOW.plusSeconds(3600), List.of("tweet.read")))
        .build();

    List<Object> outcomes = runTogether(() -> provider.refreshAfterRejection("access-old"));

    assertThat(outcomes).hasSize(THREADS).allMatch(Boolean.TRUE::equals);
    assertThat(provider.accessToken()).isEqualTo("access-new");
    x.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }
}
