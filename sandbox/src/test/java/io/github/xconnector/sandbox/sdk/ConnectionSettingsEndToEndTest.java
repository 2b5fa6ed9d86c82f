package io.github.xconnector.sandbox.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xconnector.XClient;
import io.github.xconnector.auth.AuthorizationCodeFlow;
import io.github.xconnector.auth.ConnectionSettings;
import io.github.xconnector.auth.Credentials;
import io.github.xconnector.auth.FileTokenStore;
import io.github.xconnector.auth.LoopbackReceiver;
import io.github.xconnector.auth.TokenStore;
import io.github.xconnector.credentials.AccessTokenProvider;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.sandbox.XSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The way the README connects, end to end: settings from environment variables, the first run authorizing in the
 * browser and writing the token file, later runs reading it, and Bearer connections from the consumer key and secret.
 */
class ConnectionSettingsEndToEndTest {

  @TempDir
  Path home;

  private SdkSandbox x;
  private Map<String, String> environment;

  @BeforeEach
  void start() {
    x = SdkSandbox.start();
    environment = new HashMap<>(Map.of(
        "X_CONNECTION_NAME", "sandbox-app",
        "X_ENDPOINT_URL", x.sandbox().baseUrl(),
        "X_TOKEN_URL", x.sandbox().baseUrl() + "/2/oauth2/token",
        "X_AUTHORIZATION_URL", x.sandbox().baseUrl() + "/i/oauth2/authorize",
        "X_REVOKE_URL", x.sandbox().baseUrl() + "/2/oauth2/revoke",
        "X_APP_ONLY_TOKEN_URL", x.sandbox().baseUrl() + "/oauth2/token"));
  }

  @AfterEach
  void stop() {
    x.close();
  }

  @Test
  void oauthSettings_publicClient_firstRunAuthorizesAndLaterRunsReuseTheTokenFile() {
    oauth(SdkSandbox.PUBLIC_CLIENT, null);

    assertFirstAndLaterRunsActAsDeveloper();
  }

  @Test
  void oauthSettings_confidentialClient_firstRunAuthorizesAndLaterRunsReuseTheTokenFile() {
    oauth(SdkSandbox.CONFIDENTIAL_CLIENT, SdkSandbox.CLIENT_SECRET);

    assertFirstAndLaterRunsActAsDeveloper();
  }

  @Test
  void bearerSettings_consumerKeyAndSecret_readPublicDataButCannotActForAUser() {
    environment.put("X_AUTHENTICATION", "Bearer");
    environment.put("X_CONSUMER_KEY", XSandbox.Builder.DEFAULT_CONSUMER_KEY);
    environment.put("X_CONSUMER_SECRET", XSandbox.Builder.DEFAULT_CONSUMER_SECRET);
    ConnectionSettings settings = ConnectionSettings.fromEnvironment(environment::get);

    XClient reader = x.client(Credentials.fromSettings(settings));

    assertThat(reader.users().byUsername("orbit_news").getData().getName()).isEqualTo("Orbit News");
    assertThat(x.transport().exchanges().get(0).bearerToken()).isEqualTo(x.sandbox().issueAppToken());
    assertThat(catchThrowableOfType(() -> reader.users().me(), XAuthenticationException.class)).isNotNull();
    assertThat(x.transport().exchanges()).hasSize(1);
  }

  private void oauth(String clientId, String clientSecret) {
    environment.put("X_AUTHENTICATION", "OAuth");
    environment.put("X_CLIENT_ID", clientId);
    if (clientSecret != null) {
      environment.put("X_CLIENT_SECRET", clientSecret);
    }
    environment.put("X_REDIRECT_URI", "http://127.0.0.1:" + freePort() + "/callback");
    environment.put("X_TOKEN_FILE", home.resolve(".config/app/x-tokens.json").toString());
    environment.put("X_SCOPES", String.join(" ", SdkSandbox.SCOPES));
  }

  private void assertFirstAndLaterRunsActAsDeveloper() {
    ConnectionSettings settings = ConnectionSettings.fromEnvironment(environment::get);
    TokenStore store = new FileTokenStore(settings.tokenFile().orElseThrow());
    assertThat(store.load()).isEmpty();
    AuthorizationCodeFlow flow = AuthorizationCodeFlow.fromSettings(settings);
    try (LoopbackReceiver receiver = LoopbackReceiver.start(settings.redirectUri().orElseThrow())) {
      store.save(x.authorize(flow, receiver));
    }
    XClient firstRun = x.client(Credentials.fromSettings(settings, store));
    assertThat(firstRun.users().me().getData().getUsername()).isEqualTo("sandbox_dev");

    AccessTokenProvider laterRun = Credentials.fromSettings(ConnectionSettings.fromEnvironment(environment::get));
    assertThat(x.client(laterRun).users().me().getData().getUsername()).isEqualTo("sandbox_dev");
    assertThat(x.transport().exchanges()).hasSize(2)
        .allSatisfy(e -> assertThat(e.bearerToken()).isEqualTo(store.load().orElseThrow().accessToken()));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
