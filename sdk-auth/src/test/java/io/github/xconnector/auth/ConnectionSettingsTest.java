package io.github.xconnector.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xconnector.auth.ConnectionSettings.Authentication;
import io.github.xconnector.errors.XValidationException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionSettingsTest {

  private static final String CLIENT_SECRET = "cs-9f8e7d6c5b4a";
  private static final String BEARER_TOKEN = "AAAAAAAAAAAAAAAAAAAAABearer%2Fsecret%3D";
  private static final String CONSUMER_SECRET = "consumer-secret-1a2b3c";

  @TempDir
  Path directory;

  private static Map<String, String> oauthEnvironment() {
    Map<String, String> environment = new HashMap<>();
    environment.put("X_CONNECTION_NAME", "my-app");
    environment.put("X_AUTHENTICATION", "OAuth");
    environment.put("X_CLIENT_ID", "client-1");
    environment.put("X_CLIENT_SECRET", CLIENT_SECRET);
    environment.put("X_REDIRECT_URI", "http://127.0.0.1:8765/callback");
    return environment;
  }

  private static XValidationException failure(Runnable creation) {
    try {
      creation.run();
    } catch (XValidationException e) {
      return e;
    }
    throw new AssertionError("expected an XValidationException");
  }

  @Test
  void fromEnvironment_oauthSettings_appliesDocumentedDefaults() {
    ConnectionSettings settings = ConnectionSettings.fromEnvironment(oauthEnvironment()::get);

    assertThat(settings.connectionName()).isEqualTo("my-app");
    assertThat(settings.authentication()).isEqualTo(Authentication.OAUTH);
    assertThat(settings.flow()).isEqualTo(ConnectionSettings.Flow.AUTHORIZATION_CODE);
    assertThat(settings.endpointUrl()).isEqualTo(URI.create("https://api.x.com"));
    assertThat(settings.tokenUrl()).isEqualTo(URI.create("https://api.x.com/2/oauth2/token"));
    assertThat(settings.authorizationUrl()).isEqualTo(URI.create("https://x.com/i/oauth2/authorize"));
    assertThat(settings.revokeUrl()).isEqualTo(URI.create("https://api.x.com/2/oauth2/revoke"));
    assertThat(settings.appOnlyTokenUrl()).isEqualTo(URI.create("https://api.x.com/oauth2/token"));
    assertThat(settings.scopes()).containsExactly("tweet.read", "tweet.write", "users.read", "offline.access");
    assertThat(settings.clientId()).contains("client-1");
    assertThat(settings.clientSecret()).contains(CLIENT_SECRET);
    assertThat(settings.redirectUri()).contains(URI.create("http://127.0.0.1:8765/callback"));
    assertThat(settings.tokenFile()).isEmpty();
  }

  @Test
  void fromEnvironment_overrides_areRead() {
    Map<String, String> environment = oauthEnvironment();
    environment.put("X_ENDPOINT_URL", "http://127.0.0.1:9000");
    environment.put("X_FLOW", "authorization_code");
    environment.put("X_SCOPES", "tweet.read, users.read,like.write");
    environment.put("X_TOKEN_FILE", "/tmp/x-tokens.json");

    ConnectionSettings settings = ConnectionSettings.fromEnvironment(environment::get);

    assertThat(settings.endpointUrl()).isEqualTo(URI.create("http://127.0.0.1:9000"));
    assertThat(settings.scopes()).containsExactly("tweet.read", "users.read", "like.write");
    assertThat(settings.tokenFile()).contains(Path.of("/tmp/x-tokens.json"));
  }

  @Test
  void fromEnvironment_oauthWithoutClientIdAndRedirect_namesBothVariables() {
    Map<String, String> environment = oauthEnvironment();
    environment.remove("X_CLIENT_ID");
    environment.remove("X_REDIRECT_URI");

    XValidationException e = failure(() -> ConnectionSettings.fromEnvironment(environment::get));

    assertThat(e.getMessage()).contains("Client ID is required", "X_CLIENT_ID (environment)",
        "Redirect URI is required", "X_REDIRECT_URI (environment)").doesNotContain(CLIENT_SECRET);
  }

  @Test
  void fromEnvironment_nothingSet_namesConnectionNameAndAuthentication() {
    XValidationException e = failure(() -> ConnectionSettings.fromEnvironment(name -> null));

    assertThat(e.getMessage()).contains("X_CONNECTION_NAME (environment)", "X_AUTHENTICATION (environment)",
        "OAuth or Bearer");
  }

  @Test
  void fromEnvironment_malformedUrls_nameVariableAndValue() {
    Map<String, String> environment = oauthEnvironment();
    environment.put("X_TOKEN_URL", "ftp://api.x.com/token");
    environment.put("X_ENDPOINT_URL", "api.x.com");
    environment.put("X_REDIRECT_URI", "/callback");

    XValidationException e = failure(() -> ConnectionSettings.fromEnvironment(environment::get));

    assertThat(e.getMessage()).contains(
        "Token URL from X_TOKEN_URL (environment) is malformed: 'ftp://api.x.com/token'",
        "Endpoint URL from X_ENDPOINT_URL (environment)", "absolute http or https URL",
        "Redirect URI from X_REDIRECT_URI (environment)", "absolute URI");
  }

  @Test
  void fromEnvironment_unknownAuthenticationAndFlow_areRefused() {
    Map<String, String> environment = oauthEnvironment();
    environment.put("X_AUTHENTICATION", "Basic");
    environment.put("X_FLOW", "Client Credentials");

    XValidationException e = failure(() -> ConnectionSettings.fromEnvironment(environment::get));

    assertThat(e.getMessage()).contains("X_AUTHENTICATION (environment) is malformed: 'Basic' use OAuth or Bearer",
        "X_FLOW (environment)", "the only supported flow is 'Authorization Code'");
  }

  @Test
  void fromEnvironment_badScope_isRefused() {
    Map<String, String> environment = oauthEnvironment();
    environment.put("X_SCOPES", "tweet.read \"users.read\"");

    assertThat(failure(() -> ConnectionSettings.fromEnvironment(environment::get)).getMessage())
        .contains("Scopes from X_SCOPES (environment) is malformed");
  }

  @Test
  void fromEnvironment_settingsFile_fillsWhatTheEnvironmentLacksAndErrorsNameBothPlaces() throws IOException {
    Path file = directory.resolve("x.properties");
    Files.writeString(file, "x.connection-name=from-file\nx.authentication=OAuth\nx.client-secret=" + CLIENT_SECRET
        + "\nx.redirect-uri=http://127.0.0.1:8765/callback\n");
    Map<String, String> environment = new HashMap<>(Map.of("X_SETTINGS_FILE", file.toString(),
        "X_CONNECTION_NAME", "from-environment"));

    XValidationException e = failure(() -> ConnectionSettings.fromEnvironment(environment::get));
    assertThat(e.getMessage()).contains("X_CLIENT_ID (environment) / x.client-id (file " + file + ")")
        .doesNotContain(CLIENT_SECRET);

    environment.put("X_CLIENT_ID", "client-1");
    ConnectionSettings settings = ConnectionSettings.fromEnvironment(environment::get);
    assertThat(settings.connectionName()).isEqualTo("from-environment");
    assertThat(settings.clientSecret()).contains(CLIENT_SECRET);
  }

  @Test
  void fromEnvironment_settingsFileMissing_namesFileAndVariable() {
    Path missing = directory.resolve("missing.properties");

    XValidationException e = failure(() -> ConnectionSettings.fromEnvironment(
        Map.of("X_SETTINGS_FILE", missing.toString())::get));

    assertThat(e.getMessage()).contains(missing.toString(), "X_SETTINGS_FILE (environment)", "cannot be read");
  }

  @Test
  void fromPropertiesFile_malformedValue_namesPropertyAndFile() throws IOException {
    Path file = directory.resolve("x.properties");
    Files.writeString(file, "x.connection-name=my-app\nx.authentication=Bearer\nx.bearer-token=" + BEARER_TOKEN
        + "\nx.app-only-token-url=not a url\n");

    XValidationException e = failure(() -> ConnectionSettings.fromPropertiesFile(file));

    assertThat(e.getMessage()).contains("x.app-only-token-url (file " + file + ")").doesNotContain(BEARER_TOKEN);
  }

  @Test
  void fromPropertiesFile_bearerSettings_areRead() throws IOException {
    Path file = directory.resolve("x.properties");
    Files.writeString(file, "x.connection-name=my-app\nx.authentication=bearer\nx.bearer-token=" + BEARER_TOKEN
        + "\n");

    ConnectionSettings settings = ConnectionSettings.fromPropertiesFile(file);

    assertThat(settings.authentication()).isEqualTo(Authentication.BEARER);
    assertThat(settings.bearerToken()).contains(BEARER_TOKEN);
  }

  @Test
  void builder_bearerWithConsumerKeyOnly_namesTheMissingSecret() {
    XValidationException e = failure(() -> ConnectionSettings.builder().connectionName("my-app")
        .authentication(Authentication.BEARER).consumerKey("key-1").build());

    assertThat(e.getMessage()).contains("Consumer secret is required", "consumerSecret(...) (builder)");
  }

  @Test
  void builder_bearerWithNothing_offersBothWays() {
    XValidationException e = failure(() -> ConnectionSettings.builder().connectionName("my-app")
        .authentication(Authentication.BEARER).build());

    assertThat(e.getMessage()).contains("bearerToken(...) (builder)", "consumerKey(...) (builder)",
        "consumerSecret(...) (builder)");
  }

  @Test
  void builder_missingClientId_namesTheBuilderMethod() {
    XValidationException e = failure(() -> ConnectionSettings.builder().connectionName("my-app")
        .authentication(Authentication.OAUTH).redirectUri("http://127.0.0.1:8765/callback").build());

    assertThat(e.getMessage()).contains("Client ID is required", "clientId(...) (builder)");
  }

  @Test
  void toBuilder_changedEndpoint_keepsEverythingElse() {
    ConnectionSettings settings = ConnectionSettings.fromEnvironment(oauthEnvironment()::get);

    ConnectionSettings sandbox = settings.toBuilder().endpointUrl("http://127.0.0.1:9000")
        .scopes(List.of("tweet.read")).tokenFile(Path.of("t.json")).build();

    assertThat(sandbox.endpointUrl()).isEqualTo(URI.create("http://127.0.0.1:9000"));
    assertThat(sandbox.clientSecret()).isEqualTo(settings.clientSecret());
    assertThat(sandbox.redirectUri()).isEqualTo(settings.redirectUri());
    assertThat(sandbox.scopes()).containsExactly("tweet.read");
    assertThat(sandbox.tokenFile()).contains(Path.of("t.json"));
  }

  @Test
  void toString_allSecretsSet_showsNone() {
    ConnectionSettings settings = ConnectionSettings.builder().connectionName("my-app")
        .authentication(Authentication.BEARER).bearerToken(BEARER_TOKEN).consumerKey("consumer-key-77")
        .consumerSecret(CONSUMER_SECRET).clientId("client-1").clientSecret(CLIENT_SECRET).build();

    assertThat(settings.toString()).contains("my-app", "client-1", "[redacted]")
        .doesNotContain(BEARER_TOKEN, CLIENT_SECRET, CONSUMER_SECRET, "consumer-key-77");
  }
}
