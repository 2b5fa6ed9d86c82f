package io.github.xconnector.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xconnector.auth.ConnectionSettings.Authentication;
import io.github.xconnector.credentials.AccessTokenProvider;
import io.github.xconnector.credentials.AuthenticationType;
import io.github.xconnector.errors.XAuthenticationException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {

  @TempDir
  Path directory;

  private ConnectionSettings.Builder oauth() {
    return ConnectionSettings.builder().connectionName("my-app").authentication(Authentication.OAUTH)
        .clientId("client-1").redirectUri("http://127.0.0.1:8765/callback");
  }

  @Test
  void fromSettings_bearerToken_isStatic() {
    ConnectionSettings settings = ConnectionSettings.builder().connectionName("my-app")
        .authentication(Authentication.BEARER).bearerToken("token-1").build();

    assertThat(Credentials.fromSettings(settings)).isInstanceOf(StaticBearerTokenProvider.class)
        .extracting(AccessTokenProvider::accessToken).isEqualTo("token-1");
  }

  @Test
  void fromSettings_consumerKeyAndSecret_obtainsAppOnlyToken() {
    ConnectionSettings settings = ConnectionSettings.builder().connectionName("my-app")
        .authentication(Authentication.BEARER).consumerKey("key").consumerSecret("secret").build();

    assertThat(Credentials.fromSettings(settings)).isInstanceOf(ClientCredentialsTokenProvider.class);
  }

  @Test
  void fromSettings_oauthWithStoredTokens_isUserContextFromTheTokenFile() {
    Path tokenFile = directory.resolve("tokens.json");
    new FileTokenStore(tokenFile).save(OAuth2Tokens.of("access-1", "refresh-1", Instant.now().plusSeconds(3600),
        List.of("tweet.read")));

    AccessTokenProvider provider = Credentials.fromSettings(oauth().tokenFile(tokenFile).build());

    assertThat(provider).isInstanceOf(OAuth2UserTokenProvider.class);
    assertThat(provider.accessToken()).isEqualTo("access-1");
    assertThat(provider.authenticationType()).isEqualTo(AuthenticationType.USER_CONTEXT);
  }

  @Test
  void fromSettings_oauthWithoutTokenFile_namesTheTokenFileSetting() {
    assertThatThrownBy(() -> Credentials.fromSettings(oauth().build()))
        .isInstanceOf(XAuthenticationException.class)
        .hasMessageContaining("Connection 'my-app'").hasMessageContaining("X_TOKEN_FILE");
  }

  @Test
  void fromSettings_oauthWithEmptyTokenFile_namesConnectionAndAsksToAuthorize() {
    assertThatThrownBy(() -> Credentials.fromSettings(oauth().tokenFile(directory.resolve("none.json")).build()))
        .isInstanceOfSatisfying(XAuthenticationException.class, e ->
            assertThat(e.reauthorizationRequired()).isTrue())
        .hasMessageContaining("Connection 'my-app'").hasMessageContaining("Authorize the app first");
  }
}
