package io.github.xconnector.auth;

import java.util.Locale;

/**
 * The connection settings, with their names in each place they are read from.
 *
 * <p>The environment variable is {@code X_} plus the constant's name; the property is {@code x.} plus the name in
 * lower case with hyphens. Both schemes are derived here, in one place, so they cannot drift apart.
 */
enum Setting {
  CONNECTION_NAME("Connection name", "connectionName", false),
  ENDPOINT_URL("Endpoint URL", "endpointUrl", false),
  AUTHENTICATION("Authentication", "authentication", false),
  FLOW("Flow", "flow", false),
  CLIENT_ID("Client ID", "clientId", false),
  CLIENT_SECRET("Client Secret", "clientSecret", true),
  TOKEN_URL("Token URL", "tokenUrl", false),
  AUTHORIZATION_URL("Authorization URL", "authorizationUrl", false),
  REVOKE_URL("Revoke URL", "revokeUrl", false),
  SCOPES("Scopes", "scopes", false),
  REDIRECT_URI("Redirect URI", "redirectUri", false),
  TOKEN_FILE("Token file", "tokenFile", false),
  BEARER_TOKEN("Token (Bearer)", "bearerToken", true),
  CONSUMER_KEY("Consumer key", "consumerKey", true),
  CONSUMER_SECRET("Consumer secret", "consumerSecret", true),
  APP_ONLY_TOKEN_URL("App-only token URL", "appOnlyTokenUrl", false);

  private final String displayName;
  private final String builderMethod;
  private final boolean secret;

  Setting(String displayName, String builderMethod, boolean secret) {
    this.displayName = displayName;
    this.builderMethod = builderMethod;
    this.secret = secret;
  }

  /** The setting's name as users see it in the documentation. */
  String displayName() {
    return displayName;
  }

  /** The name of the {@link ConnectionSettings.Builder} method that sets it. */
  String builderMethod() {
    return builderMethod;
  }

  /** Whether the value is a secret that must never be printed. */
  boolean secret() {
    return secret;
  }

  /** The environment variable, for example {@code X_CLIENT_ID}. */
  String environmentVariable() {
    return "X_" + name();
  }

  /** The properties-file key, for example {@code x.client-id}. */
  String propertyName() {
    return "x." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
