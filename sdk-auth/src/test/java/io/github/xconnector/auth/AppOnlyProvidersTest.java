package io.github.xconnector.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.credentials.AuthenticationType;
import io.github.xconnector.errors.XValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AppOnlyProvidersTest {

  @RegisterExtension
  static WireMockExtension x = TokenEndpointStubs.server();

  private static final String TOKEN_PATH = "/oauth2/token";
  private static final String INVALIDATE_PATH = "/oauth2/invalidate_token";
  private static final String APP_TOKEN =
      "AAAAAAAAAAAAAAAAAAAAAFakeAppOnlyTokenForTests%2Bnot%2Freal%3D";

  private ClientCredentialsTokenProvider provider() {
    return ClientCredentialsTokenProvider.builder().consumerKey("consumer-key").consumerSecret("consumer-s3cret")
        .tokenUrl(TokenEndpointStubs.url(x, TOKEN_PATH)).build();
  }

  @Test
  void builder_plainHttpTokenUrlOffThisMachine_isRefusedBeforeAnySecretIsSent() {
    assertThatThrownBy(() -> ClientCredentialsTokenProvider.builder().consumerKey("consumer-key")
        .consumerSecret("consumer-s3cret").tokenUrl(java.net.URI.create("http://api.x.com/oauth2/token")).build())
        .isInstanceOf(XValidationException.class).hasMessageContaining("https")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("consumer-s3cret"));
  }

  private static void stubToken(String token) {
    x.stubFor(post(TOKEN_PATH).willReturn(okJson("{\"token_type\":\"bearer\",\"access_token\":\"" + token + "\"}")
        .withFixedDelay(100)));
  }

  @Test
  void accessToken_firstUse_requestsClientCredentialsWithBasicOnce() {
    stubToken(APP_TOKEN);
    ClientCredentialsTokenProvider provider = provider();
    x.verify(0, postRequestedFor(urlEqualTo(TOKEN_PATH)));

    assertThat(provider.accessToken()).isEqualTo(APP_TOKEN);
    assertThat(provider.accessToken()).isEqualTo(APP_TOKEN);

    x.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH))
        .withHeader("Authorization", equalTo(TokenEndpointStubs.basic("consumer-key", "consumer-s3cret")))
        .withFormParam("grant_type", equalTo("client_credentials"))
        .withRequestBody(WireMock.notContaining("consumer-s3cret")));
    assertThat(provider.authenticationType()).isEqualTo(AuthenticationType.APP_ONLY);
    assertThat(provider.grantedScopes()).isEmpty();
  }

  @Test
  void accessToken_64ThreadsAtOnce_oneRequest() throws Exception {
    stubToken(APP_TOKEN);
    ClientCredentialsTokenProvider provider = provider();
    ExecutorService pool = Executors.newFixedThreadPool(64);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<String>> tokens = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        tokens.add(pool.submit(() -> {
          start.await();
          return provider.accessToken();
        }));
      }
      start.countDown();
      for (Future<String> token : tokens) {
        assertThat(token.get(30, TimeUnit.SECONDS)).isEqualTo(APP_TOKEN);
      }
    } finally {
      pool.shutdownNow();
    }
    x.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void invalidate_obtainedToken_postsItWithBasicAndNextUseObtainsAnother() {
    stubToken(APP_TOKEN);
    x.stubFor(post(INVALIDATE_PATH).willReturn(okJson("{\"access_token\":\"" + APP_TOKEN + "\"}")));
    ClientCredentialsTokenProvider provider = provider();
    provider.accessToken();

    provider.invalidate();

    x.verify(1, postRequestedFor(urlEqualTo(INVALIDATE_PATH))
        .withHeader("Authorization", equalTo(TokenEndpointStubs.basic("consumer-key", "consumer-s3cret")))
        .withFormParam("access_token", equalTo(APP_TOKEN)));
    stubToken("second-token");
    assertThat(provider.accessToken()).isEqualTo("second-token");
    x.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void refreshAfterRejection_invalidatedToken_obtainsNewOneOnce() {
    stubToken(APP_TOKEN);
    ClientCredentialsTokenProvider provider = provider();
    provider.accessToken();
    stubToken("second-token");

    assertThat(provider.refreshAfterRejection(APP_TOKEN)).isTrue();
    assertThat(provider.refreshAfterRejection(APP_TOKEN)).isTrue();

    assertThat(provider.accessToken()).isEqualTo("second-token");
    x.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
  }

  @Test
  void accessToken_credentialsRefused_explainsWithoutSecret() {
    x.stubFor(post(TOKEN_PATH).willReturn(WireMock.aResponse().withStatus(403)
        .withHeader("Content-Type", "application/json").withBodyFile("403_v1_oauth2_token_unable_to_verify.json")));

    assertThatThrownBy(provider()::accessToken).isInstanceOfSatisfying(OAuth2TokenException.class, e -> {
      assertThat(e.statusCode()).isEqualTo(403);
      assertThat(e.getMessage()).contains("Unable to verify your credentials").doesNotContain("consumer-s3cret");
    });
  }

  @Test
  void toString_afterTokenObtained_hidesTokenAndSecret() {
    stubToken(APP_TOKEN);
    ClientCredentialsTokenProvider provider = provider();
    provider.accessToken();

    assertThat(provider.toString()).doesNotContain(APP_TOKEN, "consumer-s3cret");
  }

  @Test
  void staticBearer_validToken_isSuppliedAsAppOnly() {
    StaticBearerTokenProvider provider = StaticBearerTokenProvider.of(" " + APP_TOKEN + "\n");

    assertThat(provider.accessToken()).isEqualTo(APP_TOKEN);
    assertThat(provider.authenticationType()).isEqualTo(AuthenticationType.APP_ONLY);
    assertThat(provider.refreshAfterRejection(APP_TOKEN)).isFalse();
    assertThat(provider.toString()).doesNotContain(APP_TOKEN);
  }

  @Test
  void staticBearer_blankOrPrefixedToken_isRefusedClearly() {
    assertThatThrownBy(() -> StaticBearerTokenProvider.of("  ")).isInstanceOf(XValidationException.class)
        .hasMessageContaining("missing or blank");
    assertThatThrownBy(() -> StaticBearerTokenProvider.of("Bearer " + APP_TOKEN))
        .isInstanceOf(XValidationException.class).hasMessageContaining("without the 'Bearer ' prefix")
        .hasMessageNotContaining(APP_TOKEN);
    assertThatThrownBy(() -> StaticBearerTokenProvider.of("abc def")).isInstanceOf(XValidationException.class)
        .hasMessageContaining("copied whole");
  }
}
