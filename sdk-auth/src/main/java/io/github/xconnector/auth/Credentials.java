package io.github.xconnector.auth;

import io.github.xconnector.credentials.AccessTokenProvider;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XValidationException;

/**
 * Turns {@link ConnectionSettings} into the matching {@link AccessTokenProvider}.
 *
 * <pre>{@code
 * ConnectionSettings settings = ConnectionSettings.fromEnvironment();
 * XClient x = XClient.builder()
 *     .baseUrl(settings.endpointUrl().toString())
 *     .connectionName(settings.connectionName())
 *     .credentials(Credentials.fromSettings(settings))
 *     .build();
 * }</pre>
 */
public final class Credentials {

  private Credentials() {
  }

  /**
   * Creates the provider the settings describe, keeping OAuth 2.0 tokens in the settings' token file.
   *
   * <p>For OAuth the tokens are read from a {@link FileTokenStore} on the settings' token file; without a token file
   * this fails (use {@link #fromSettings(ConnectionSettings, TokenStore)} to keep tokens elsewhere).
   *
   * @param settings the connection settings
   * @return the provider
   * @throws XAuthenticationException for OAuth when there is no token file or it holds no tokens yet: authorize the
   *     app first
   */
  public static AccessTokenProvider fromSettings(ConnectionSettings settings) {
    if (settings.authentication() == ConnectionSettings.Authentication.OAUTH && settings.tokenFile().isEmpty()) {
      throw new XAuthenticationException("Connection '" + settings.connectionName() + "' uses OAuth but has no token"
          + " file, so no tokens can be found: set the Token file (X_TOKEN_FILE or x.token-file) and authorize the app"
          + " once, or pass a TokenStore that holds the tokens.", true);
    }
    TokenStore store = settings.tokenFile().<TokenStore>map(FileTokenStore::new).orElseGet(InMemoryTokenStore::new);
    return fromSettings(settings, store);
  }

  /**
   * Creates the provider the settings describe.
   *
   * <ul>
   *   <li>OAuth: an {@link OAuth2UserTokenProvider} starting from the tokens in {@code store}.
   *   <li>Bearer with a token: a {@link StaticBearerTokenProvider}.
   *   <li>Bearer with the consumer key and secret: a {@link ClientCredentialsTokenProvider}.
   * </ul>
   *
   * @param settings the connection settings
   * @param store where OAuth 2.0 tokens are kept; not used for Bearer
   * @return the provider
   * @throws XAuthenticationException for OAuth when the store holds no tokens: authorize the app first
   * @throws XValidationException when a Bearer token is malformed
   */
  public static AccessTokenProvider fromSettings(ConnectionSettings settings, TokenStore store) {
    if (settings.authentication() == ConnectionSettings.Authentication.OAUTH) {
      try {
        return OAuth2UserTokenProvider.builder(AuthorizationCodeFlow.fromSettings(settings)).tokenStore(store).build();
      } catch (XAuthenticationException e) {
        throw new XAuthenticationException("Connection '" + settings.connectionName() + "': " + e.getMessage(),
            e.reauthorizationRequired(), e);
      }
    }
    if (settings.bearerToken().isPresent()) {
      return StaticBearerTokenProvider.of(settings.bearerToken().get());
    }
    return ClientCredentialsTokenProvider.builder()
        .consumerKey(settings.consumerKey().orElseThrow())
        .consumerSecret(settings.consumerSecret().orElseThrow())
        .tokenUrl(settings.appOnlyTokenUrl())
        .build();
  }
}
