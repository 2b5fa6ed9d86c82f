package io.github.xconnector.auth;

import io.github.xconnector.errors.XValidationException;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/**
 * The settings of one connection to X: where X is, how to authenticate, and the OAuth 2.0 client's details.
 *
 * <p>Settings come from a {@link #builder()}, from environment variables ({@link #fromEnvironment()}) or from a
 * properties file ({@link #fromPropertiesFile(Path)}). Each setting has an environment variable {@code X_NAME} and a
 * property {@code x.name}, for example {@code X_CLIENT_ID} and {@code x.client-id}. Every value is checked when the
 * settings are created: a missing or malformed one fails with an {@link XValidationException} that names the
 * setting and where it was looked for.
 *
 * <p>Instances are immutable and thread-safe. {@link #toString()} never shows secrets.
 */
public final class ConnectionSettings {

  static final URI DEFAULT_ENDPOINT_URL = URI.create("https://api.x.com");
  static final URI DEFAULT_TOKEN_URL = URI.create("https://api.x.com/2/oauth2/token");
  static final URI DEFAULT_AUTHORIZATION_URL = URI.create("https://x.com/i/oauth2/authorize");
  static final URI DEFAULT_REVOKE_URL = URI.create("https://api.x.com/2/oauth2/revoke");
  static final URI DEFAULT_APP_ONLY_TOKEN_URL = URI.create("https://api.x.com/oauth2/token");
  static final Set<String> DEFAULT_SCOPES = SettingsReader.scopeSet("tweet.read tweet.write users.read offline.access");

  /** The environment variable that names an optional properties file consulted after the environment. */
  static final String SETTINGS_FILE_VARIABLE = "X_SETTINGS_FILE";

  /** How the connection authenticates. */
  public enum Authentication {
    /** OAuth 2.0 Authorization Code with PKCE: acts for a user. */
    OAUTH("OAuth"),
    /** An app-only Bearer token, given or obtained from the consumer key and secret. */
    BEARER("Bearer");

    private final String displayName;

    Authentication(String displayName) {
      this.displayName = displayName;
    }

    /**
     * Returns the name used in settings, {@code OAuth} or {@code Bearer}.
     *
     * @return the display name
     */
    public String displayName() {
      return displayName;
    }

    static Authentication parse(String value) {
      String key = value.toLowerCase(Locale.ROOT).replaceAll("[\\s._-]", "");
      if (key.equals("oauth") || key.equals("oauth2") || key.equals("oauth20")) {
        return OAUTH;
      }
      if (key.equals("bearer")) {
        return BEARER;
      }
      throw new IllegalArgumentException("use OAuth or Bearer");
    }
  }

  /** The OAuth 2.0 flow. X supports one for user access. */
  public enum Flow {
    /** Authorization Code with PKCE. */
    AUTHORIZATION_CODE("Authorization Code");

    private final String displayName;

    Flow(String displayName) {
      this.displayName = displayName;
    }

    /**
     * Returns the name used in settings, {@code Authorization Code}.
     *
     * @return the display name
     */
    public String displayName() {
      return displayName;
    }

    static Flow parse(String value) {
      if (value.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "").equals("authorizationcode")) {
        return AUTHORIZATION_CODE;
      }
      throw new IllegalArgumentException("the only supported flow is 'Authorization Code'");
    }
  }

  /** The validated values, filled by {@link SettingsReader}. */
  static final class Values {
    String connectionName;
    URI endpointUrl;
    Authentication authentication;
    Flow flow;
    String clientId;
    String clientSecret;
    URI tokenUrl;
    URI authorizationUrl;
    URI revokeUrl;
    Set<String> scopes;
    URI redirectUri;
    Path tokenFile;
    String bearerToken;
    String consumerKey;
    String consumerSecret;
    URI appOnlyTokenUrl;
  }

  private final Values values;

  ConnectionSettings(Values values) {
    this.values = values;
  }

  /**
   * Reads the settings from the process environment.
   *
   * <p>When {@code X_SETTINGS_FILE} names a properties file, settings missing from the environment are read from it.
   *
   * @return the settings
   * @throws XValidationException when a setting is missing or malformed, or the settings file cannot be read
   */
  public static ConnectionSettings fromEnvironment() {
    return fromEnvironment(System::getenv);
  }

  /**
   * Reads the settings from the given environment, for example a map's {@code get} in tests.
   *
   * <p>When {@code X_SETTINGS_FILE} names a properties file, settings missing from the environment are read from it.
   *
   * @param environment looks up an environment variable; answers {@code null} when it is not set
   * @return the settings
   * @throws XValidationException when a setting is missing or malformed, or the settings file cannot be read
   */
  public static ConnectionSettings fromEnvironment(Function<String, String> environment) {
    Objects.requireNonNull(environment, "environment");
    SettingSource env = SettingSource.environment(environment);
    String file = environment.apply(SETTINGS_FILE_VARIABLE);
    if (file == null || file.isBlank()) {
      return SettingsReader.read(env);
    }
    Path path;
    try {
      path = Path.of(file.trim());
    } catch (InvalidPathException e) {
      throw new XValidationException("Settings file from " + SETTINGS_FILE_VARIABLE + " (environment) is not a file"
          + " path (" + e.getReason() + "): '" + file + "'");
    }
    SettingSource fromFile = SettingSource.properties(load(path, " (named by " + SETTINGS_FILE_VARIABLE
        + " (environment))"), "file " + path);
    return SettingsReader.read(SettingSource.firstOf(List.of(env, fromFile)));
  }

  /**
   * Reads the settings from a properties file (UTF-8) with keys such as {@code x.client-id}.
   *
   * @param file the properties file
   * @return the settings
   * @throws XValidationException when the file cannot be read, or a setting is missing or malformed
   */
  public static ConnectionSettings fromPropertiesFile(Path file) {
    return fromProperties(load(Objects.requireNonNull(file, "file"), ""), "file " + file);
  }

  /**
   * Reads the settings from properties with keys such as {@code x.client-id}.
   *
   * @param properties the properties
   * @param origin where they come from, used in error messages, for example {@code classpath x.properties}
   * @return the settings
   * @throws XValidationException when a setting is missing or malformed
   */
  public static ConnectionSettings fromProperties(Properties properties, String origin) {
    Objects.requireNonNull(properties, "properties");
    return SettingsReader.read(SettingSource.properties(properties, Objects.requireNonNull(origin, "origin")));
  }

  private static Properties load(Path file, String namedBy) {
    // The message names the file and the exception type only: a parse error could quote a secret from the file.
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
      return properties;
    } catch (IOException | IllegalArgumentException e) {
      throw new XValidationException("The settings file " + file + namedBy + " cannot be read ("
          + e.getClass().getSimpleName() + "): check that it exists and is a readable properties file");
    }
  }

  /**
   * Starts a builder with no values set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these settings, to derive changed settings.
   *
   * @return a new builder; changing it does not change these settings
   */
  public Builder toBuilder() {
    Builder builder = new Builder()
        .connectionName(values.connectionName).endpointUrl(values.endpointUrl.toString())
        .authentication(values.authentication).tokenUrl(values.tokenUrl.toString())
        .authorizationUrl(values.authorizationUrl.toString()).revokeUrl(values.revokeUrl.toString())
        .scopes(values.scopes).appOnlyTokenUrl(values.appOnlyTokenUrl.toString())
        .clientId(values.clientId).clientSecret(values.clientSecret).bearerToken(values.bearerToken)
        .consumerKey(values.consumerKey).consumerSecret(values.consumerSecret);
    builder.put(Setting.REDIRECT_URI, values.redirectUri);
    builder.put(Setting.TOKEN_FILE, values.tokenFile);
    return builder;
  }

  /**
   * Returns the connection's name, shown in logs and errors.
   *
   * @return the name
   */
  public String connectionName() {
    return values.connectionName;
  }

  /**
   * Returns the base URL of the X API. Defaults to {@code https://api.x.com}.
   *
   * @return the endpoint URL
   */
  public URI endpointUrl() {
    return values.endpointUrl;
  }

  /**
   * Returns how the connection authenticates.
   *
   * @return {@link Authentication#OAUTH} or {@link Authentication#BEARER}
   */
  public Authentication authentication() {
    return values.authentication;
  }

  /**
   * Returns the OAuth 2.0 flow. Defaults to, and can only be, {@link Flow#AUTHORIZATION_CODE}.
   *
   * @return the flow
   */
  public Flow flow() {
    return values.flow;
  }

  /**
   * Returns the OAuth 2.0 Client ID; required for OAuth.
   *
   * @return the client ID, or empty
   */
  public Optional<String> clientId() {
    return Optional.ofNullable(values.clientId);
  }

  /**
   * Returns the OAuth 2.0 Client Secret. Present for a confidential client, absent for a public one.
   *
   * @return the secret, or empty
   */
  public Optional<String> clientSecret() {
    return Optional.ofNullable(values.clientSecret);
  }

  /**
   * Returns the OAuth 2.0 token endpoint. Defaults to {@code https://api.x.com/2/oauth2/token}.
   *
   * @return the token URL
   */
  public URI tokenUrl() {
    return values.tokenUrl;
  }

  /**
   * Returns the page where users authorize the app. Defaults to {@code https://x.com/i/oauth2/authorize}.
   *
   * @return the authorization URL
   */
  public URI authorizationUrl() {
    return values.authorizationUrl;
  }

  /**
   * Returns the OAuth 2.0 revocation endpoint. Defaults to {@code https://api.x.com/2/oauth2/revoke}.
   *
   * @return the revoke URL
   */
  public URI revokeUrl() {
    return values.revokeUrl;
  }

  /**
   * Returns the scopes to request. Defaults to {@code tweet.read tweet.write users.read offline.access};
   * {@code offline.access} is what gives a refresh token.
   *
   * @return the scopes, in the order given
   */
  public Set<String> scopes() {
    return values.scopes;
  }

  /**
   * Returns the redirect URI registered for the app; required for OAuth.
   *
   * @return the redirect URI, or empty
   */
  public Optional<URI> redirectUri() {
    return Optional.ofNullable(values.redirectUri);
  }

  /**
   * Returns the file where OAuth 2.0 tokens are kept between runs (see {@link FileTokenStore}).
   *
   * @return the token file, or empty when tokens are not kept
   */
  public Optional<Path> tokenFile() {
    return Optional.ofNullable(values.tokenFile);
  }

  /**
   * Returns the app-only Bearer token; for Bearer authentication unless the consumer key and secret are given.
   *
   * @return the token, or empty
   */
  public Optional<String> bearerToken() {
    return Optional.ofNullable(values.bearerToken);
  }

  /**
   * Returns the consumer key (API key), used with the consumer secret to obtain an app-only token.
   *
   * @return the key, or empty
   */
  public Optional<String> consumerKey() {
    return Optional.ofNullable(values.consumerKey);
  }

  /**
   * Returns the consumer secret (API key secret).
   *
   * @return the secret, or empty
   */
  public Optional<String> consumerSecret() {
    return Optional.ofNullable(values.consumerSecret);
  }

  /**
   * Returns the endpoint that issues app-only tokens. Defaults to {@code https://api.x.com/oauth2/token}.
   *
   * @return the app-only token URL
   */
  public URI appOnlyTokenUrl() {
    return values.appOnlyTokenUrl;
  }

  /** Describes the settings; secrets show only whether they are set. */
  @Override
  public String toString() {
    return "ConnectionSettings[connectionName=" + values.connectionName + ", endpointUrl=" + values.endpointUrl
        + ", authentication=" + (values.authentication == null ? null : values.authentication.displayName())
        + ", flow=" + values.flow.displayName() + ", clientId=" + values.clientId
        + ", clientSecret=" + Redaction.presence(values.clientSecret) + ", tokenUrl=" + values.tokenUrl
        + ", authorizationUrl=" + values.authorizationUrl + ", revokeUrl=" + values.revokeUrl
        + ", scopes=" + String.join(" ", values.scopes) + ", redirectUri=" + values.redirectUri
        + ", tokenFile=" + values.tokenFile + ", bearerToken=" + Redaction.presence(values.bearerToken)
        + ", consumerKey=" + Redaction.presence(values.consumerKey)
        + ", consumerSecret=" + Redaction.presence(values.consumerSecret)
        + ", appOnlyTokenUrl=" + values.appOnlyTokenUrl + "]";
  }

  /**
   * Collects settings; {@link #build()} validates them. Values not set take their documented defaults.
   *
   * <p>Not thread-safe. Further changes to a builder do not change settings it already built.
   */
  public static final class Builder {

    private final Map<Setting, String> values = new EnumMap<>(Setting.class);

    private Builder() {
    }

    private Builder put(Setting setting, Object value) {
      if (value == null) {
        values.remove(setting);
      } else {
        values.put(setting, value.toString());
      }
      return this;
    }

    /**
     * Sets the connection's name, shown in logs and errors. Required.
     *
     * @param connectionName free text
     * @return this builder
     */
    public Builder connectionName(String connectionName) {
      return put(Setting.CONNECTION_NAME, connectionName);
    }

    /**
     * Sets the base URL of the X API, for a sandbox or tests. Defaults to {@code https://api.x.com}.
     *
     * @param endpointUrl an absolute http(s) URL
     * @return this builder
     */
    public Builder endpointUrl(String endpointUrl) {
      return put(Setting.ENDPOINT_URL, endpointUrl);
    }

    /**
     * Sets how to authenticate. Required.
     *
     * @param authentication OAuth or Bearer
     * @return this builder
     */
    public Builder authentication(Authentication authentication) {
      return put(Setting.AUTHENTICATION, authentication == null ? null : authentication.displayName());
    }

    /**
     * Sets the OAuth 2.0 Client ID. Required for OAuth.
     *
     * @param clientId the client ID from the X developer portal
     * @return this builder
     */
    public Builder clientId(String clientId) {
      return put(Setting.CLIENT_ID, clientId);
    }

    /**
     * Sets the OAuth 2.0 Client Secret of a confidential client. Leave unset for a public client.
     *
     * @param clientSecret the secret
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      return put(Setting.CLIENT_SECRET, clientSecret);
    }

    /**
     * Sets the token endpoint. Defaults to {@code https://api.x.com/2/oauth2/token}.
     *
     * @param tokenUrl an absolute http(s) URL
     * @return this builder
     */
    public Builder tokenUrl(String tokenUrl) {
      return put(Setting.TOKEN_URL, tokenUrl);
    }

    /**
     * Sets the authorization page. Defaults to {@code https://x.com/i/oauth2/authorize}.
     *
     * @param authorizationUrl an absolute http(s) URL
     * @return this builder
     */
    public Builder authorizationUrl(String authorizationUrl) {
      return put(Setting.AUTHORIZATION_URL, authorizationUrl);
    }

    /**
     * Sets the revocation endpoint. Defaults to {@code https://api.x.com/2/oauth2/revoke}.
     *
     * @param revokeUrl an absolute http(s) URL
     * @return this builder
     */
    public Builder revokeUrl(String revokeUrl) {
      return put(Setting.REVOKE_URL, revokeUrl);
    }

    /**
     * Sets the scopes to request. Defaults to {@code tweet.read tweet.write users.read offline.access}.
     *
     * @param scopes the scopes
     * @return this builder
     */
    public Builder scopes(Collection<String> scopes) {
      return put(Setting.SCOPES, scopes == null ? null : String.join(" ", new LinkedHashSet<>(scopes)));
    }

    /**
     * Sets the redirect URI registered for the app. Required for OAuth.
     *
     * @param redirectUri an absolute URI, for example {@code http://127.0.0.1:8765/callback}
     * @return this builder
     */
    public Builder redirectUri(String redirectUri) {
      return put(Setting.REDIRECT_URI, redirectUri);
    }

    /**
     * Sets the file where OAuth 2.0 tokens are kept between runs. Unset by default.
     *
     * @param tokenFile the file
     * @return this builder
     */
    public Builder tokenFile(Path tokenFile) {
      return put(Setting.TOKEN_FILE, tokenFile);
    }

    /**
     * Sets the app-only Bearer token.
     *
     * @param bearerToken the token, without the {@code Bearer } prefix
     * @return this builder
     */
    public Builder bearerToken(String bearerToken) {
      return put(Setting.BEARER_TOKEN, bearerToken);
    }

    /**
     * Sets the consumer key (API key) used to obtain an app-only token.
     *
     * @param consumerKey the key
     * @return this builder
     */
    public Builder consumerKey(String consumerKey) {
      return put(Setting.CONSUMER_KEY, consumerKey);
    }

    /**
     * Sets the consumer secret (API key secret) used to obtain an app-only token.
     *
     * @param consumerSecret the secret
     * @return this builder
     */
    public Builder consumerSecret(String consumerSecret) {
      return put(Setting.CONSUMER_SECRET, consumerSecret);
    }

    /**
     * Sets the endpoint that issues app-only tokens. Defaults to {@code https://api.x.com/oauth2/token}.
     *
     * @param appOnlyTokenUrl an absolute http(s) URL
     * @return this builder
     */
    public Builder appOnlyTokenUrl(String appOnlyTokenUrl) {
      return put(Setting.APP_ONLY_TOKEN_URL, appOnlyTokenUrl);
    }

    /**
     * Validates the values and creates the settings.
     *
     * @return the settings
     * @throws XValidationException naming every missing or malformed setting
     */
    public ConnectionSettings build() {
      return SettingsReader.read(SettingSource.builder(new EnumMap<>(values)));
    }
  }
}
