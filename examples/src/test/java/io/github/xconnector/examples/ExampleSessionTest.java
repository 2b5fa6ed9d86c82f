package io.github.xconnector.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xconnector.auth.FileTokenStore;
import io.github.xconnector.auth.OAuth2Tokens;
import io.github.xconnector.sandbox.XSandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleSessionTest {

  private static XSandbox standInForX;
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

  @BeforeAll
  static void startStandInForX() {
    standInForX = XSandbox.builder().start();
  }

  @AfterAll
  static void stopStandInForX() {
    standInForX.close();
  }

  @Test
  void usesRealX_withoutConnectionSettings_isFalse() {
    assertThat(ExampleSession.usesRealX(Map.of())).isFalse();
    assertThat(ExampleSession.usesRealX(Map.of("X_AUTHENTICATION", " ", "HOME", "/home/someone"))).isFalse();
  }

  @Test
  void usesRealX_withAuthenticationOrSettingsFile_isTrue() {
    assertThat(ExampleSession.usesRealX(Map.of("X_AUTHENTICATION", "OAuth"))).isTrue();
    assertThat(ExampleSession.usesRealX(Map.of("X_SETTINGS_FILE", "/etc/x.properties"))).isTrue();
  }

  @Test
  void open_withBearerSettings_usesThoseSettingsAndNoSandbox() {
    Map<String, String> environment = Map.of(
        "X_AUTHENTICATION", "Bearer",
        "X_CONNECTION_NAME", "reader",
        "X_ENDPOINT_URL", standInForX.baseUrl(),
        "X_BEARER_TOKEN", standInForX.issueAppToken());

    try (ExampleSession session = ExampleSession.open(environment, out)) {
      assertThat(firstLine()).isEqualTo("X connection settings found in the environment: using the X API at "
          + standInForX.baseUrl() + " (connection 'reader', Bearer)");
      assertThat(session.sandbox()).isEmpty();
      assertThat(session.actsForUser()).isFalse();
      assertThat(session.appOnly().users().byUsername("kai_rivers").getData().getId()).isEqualTo("1000000002");
      assertThatThrownBy(session::x).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("X_AUTHENTICATION=OAuth");
    }
  }

  @Test
  void open_withOAuthSettingsAndSavedTokens_signsInWithoutBrowser(@TempDir Path directory) {
    Path tokenFile = directory.resolve("tokens.json");
    String userId = standInForX.authorizingUser().id();
    new FileTokenStore(tokenFile).save(OAuth2Tokens.of(standInForX.issueUserToken(userId), null,
        Instant.now().plus(1, ChronoUnit.HOURS), Set.copyOf(XSandbox.ALL_SCOPES)));
    Map<String, String> environment = new HashMap<>(Map.of(
        "X_AUTHENTICATION", "OAuth",
        "X_CONNECTION_NAME", "poster",
        "X_ENDPOINT_URL", standInForX.baseUrl(),
        "X_CLIENT_ID", XSandbox.Builder.DEFAULT_PUBLIC_CLIENT_ID,
        "X_REDIRECT_URI", "http://127.0.0.1:8765/callback",
        "X_TOKEN_FILE", tokenFile.toString()));

    try (ExampleSession session = ExampleSession.open(environment, out)) {
      assertThat(output.toString(StandardCharsets.UTF_8)).contains("Using the tokens saved in " + tokenFile,
          "Signed in as @sandbox_dev (user id " + userId + ")");
      assertThat(session.sandbox()).isEmpty();
      assertThat(session.userId()).isEqualTo(userId);
    }
  }

  @Test
  void open_withoutSettings_startsSandboxAndLogsInWithOAuth() {
    try (ExampleSession session = ExampleSession.open(Map.of("HOME", "/home/someone"), out)) {
      assertThat(session.sandbox()).isPresent();
      assertThat(firstLine()).isEqualTo("No X connection settings in the environment: using a local X sandbox at "
          + session.sandbox().get().baseUrl());
      assertThat(session.tokenStore().load()).isPresent();
      assertThat(session.username()).isEqualTo("sandbox_dev");
    }
  }

  private String firstLine() {
    return output.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
  }
}
