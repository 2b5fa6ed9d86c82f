package io.github.xconnector.auth;

import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import io.github.xconnector.credentials.AccessTokenProvider;
import io.github.xconnector.credentials.AuthenticationType;
import io.github.xconnector.errors.XIoException;
import io.github.xconnector.errors.XValidationException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Obtains an app-only Bearer token from the app's consumer key and secret, and can invalidate it.
 *
 * <p>The token is requested on first use ({@code POST /oauth2/token} with {@code grant_type=client_credentials} and
 * HTTP Basic), once however many threads ask at the same time, and reused: X's app-only tokens do not expire until
 * invalidated. App-only tokens read public data; they cannot act for a user.
 *
 * <p>Thread-safe; {@link #toString()} never shows the token or secret.
 */
public final class ClientCredentialsTokenProvider implements AccessTokenProvider {

  private final ClientSecretBasic consumerCredentials;
  private final URI tokenUrl;
  private final URI invalidateUrl;
  private final OAuth2Http.Timeouts timeouts;
  private final SingleFlight<String> requests = new SingleFlight<>();
  private volatile String token;

  private ClientCredentialsTokenProvider(Builder builder) {
    this.consumerCredentials = new ClientSecretBasic(new ClientID(builder.consumerKey),
        new Secret(builder.consumerSecret));
    this.tokenUrl = builder.tokenUrl;
    this.invalidateUrl = builder.invalidateUrl != null ? builder.invalidateUrl : tokenUrl.resolve("invalidate_token");
    this.timeouts = new OAuth2Http.Timeouts(builder.connectTimeout, builder.readTimeout);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the app-only token, requesting it first if this provider has none.
   *
   * @throws OAuth2TokenException when X refuses the consumer key and secret
   * @throws XIoException when the token endpoint cannot be reached
   */
  @Override
  public String accessToken() {
    String current = token;
    return current != null ? current : replace(null);
  }

  /** Returns {@link AuthenticationType#APP_ONLY}. */
  @Override
  public AuthenticationType authenticationType() {
    return AuthenticationType.APP_ONLY;
  }

  /**
   * Requests a new token after X rejected {@code rejectedToken} (it was invalidated), unless another thread already
   * did.
   *
   * @throws OAuth2TokenException when X refuses the consumer key and secret
   * @throws XIoException when the token endpoint cannot be reached
   */
  @Override
  public boolean refreshAfterRejection(String rejectedToken) {
    return !replace(rejectedToken).equals(rejectedToken);
  }

  /**
   * Invalidates the current token at X ({@code POST /oauth2/invalidate_token}); the next request obtains a new one.
   * Does nothing when no token was obtained yet.
   *
   * @throws OAuth2TokenException when X refuses the invalidation
   * @throws XIoException when the endpoint cannot be reached
   */
  public void invalidate() {
    String current = token;
    if (current == null) {
      return;
    }
    HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, invalidateUrl);
    request.setAuthorization(consumerCredentials.toHTTPAuthorizationHeader());
    request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    request.setBody(URLUtils.serializeParameters(Map.of("access_token", List.of(current))));
    HTTPResponse response = OAuth2Http.send(request, timeouts, OAuth2Http.Purpose.APP_ONLY_INVALIDATE);
    if (response.getStatusCode() != HTTPResponse.SC_OK) {
      throw OAuth2Http.failure(response, request, OAuth2Http.Purpose.APP_ONLY_INVALIDATE);
    }
    token = null;
  }

  /** Obtains a token unless another thread obtained one that differs from {@code stale} meanwhile. */
  private String replace(String stale) {
    return requests.run(() -> {
      String current = token;
      return current != null && !current.equals(stale) ? current : null;
    }, () -> {
      HTTPRequest request = new TokenRequest.Builder(tokenUrl, consumerCredentials, new ClientCredentialsGrant())
          .build().toHTTPRequest();
      HTTPResponse response = OAuth2Http.send(request, timeouts, OAuth2Http.Purpose.APP_ONLY_TOKEN);
      String obtained = OAuth2Http.tokens(response, request, OAuth2Http.Purpose.APP_ONLY_TOKEN).getTokens()
          .getAccessToken().getValue();
      token = obtained;
      return obtained;
    });
  }

  /** Describes the provider without showing the token or secret. */
  @Override
  public String toString() {
    return "ClientCredentialsTokenProvider[tokenUrl=" + tokenUrl + ", token=" + Redaction.presence(token) + "]";
  }

  /** Collects the provider's settings. Not thread-safe. */
  public static final class Builder {

    private String consumerKey;
    private String consumerSecret;
    private URI tokenUrl = ConnectionSettings.DEFAULT_APP_ONLY_TOKEN_URL;
    private URI invalidateUrl;
    private Duration connectTimeout = OAuth2Http.Timeouts.DEFAULT.connect();
    private Duration readTimeout = OAuth2Http.Timeouts.DEFAULT.read();

    private Builder() {
    }

    /**
     * Sets the consumer key (API key). Required.
     *
     * @param consumerKey the key
     * @return this builder
     */
    public Builder consumerKey(String consumerKey) {
      this.consumerKey = consumerKey;
      return this;
    }

    /**
     * Sets the consumer secret (API key secret). Required.
     *
     * @param consumerSecret the secret
     * @return this builder
     */
    public Builder consumerSecret(String consumerSecret) {
      this.consumerSecret = consumerSecret;
      return this;
    }

    /**
     * Sets the endpoint that issues app-only tokens. Defaults to {@code https://api.x.com/oauth2/token}.
     *
     * @param tokenUrl an absolute http(s) URL
     * @return this builder
     */
    public Builder tokenUrl(URI tokenUrl) {
      this.tokenUrl = tokenUrl;
      return this;
    }

    /**
     * Sets the endpoint that invalidates app-only tokens. Defaults to {@code invalidate_token} next to the token URL
     * ({@code https://api.x.com/oauth2/invalidate_token}).
     *
     * @param invalidateUrl an absolute http(s) URL
     * @return this builder
     */
    public Builder invalidateUrl(URI invalidateUrl) {
      this.invalidateUrl = invalidateUrl;
      return this;
    }

    /**
     * Sets how long to wait for a connection. Defaults to 10 seconds.
     *
     * @param connectTimeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * Sets how long to wait for an answer. Defaults to 30 seconds.
     *
     * @param readTimeout a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
      return this;
    }

    /**
     * Validates the settings and creates the provider; no request is sent yet.
     *
     * @return the provider
     * @throws XValidationException when the key or secret is missing, a URL is malformed or a timeout is not
     *     positive
     */
    public ClientCredentialsTokenProvider build() {
      if (consumerKey == null || consumerKey.isBlank() || consumerSecret == null || consumerSecret.isBlank()) {
        throw new XValidationException("consumerKey(...) and consumerSecret(...) are required: the app's API key and"
            + " secret from the X developer portal");
      }
      BuilderChecks.httpUrl("tokenUrl", tokenUrl);
      if (invalidateUrl != null) {
        BuilderChecks.httpUrl("invalidateUrl", invalidateUrl);
      }
      BuilderChecks.positive("connectTimeout", connectTimeout);
      BuilderChecks.positive("readTimeout", readTimeout);
      return new ClientCredentialsTokenProvider(this);
    }
  }
}
