package io.github.xconnector.auth;

import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XIoException;
import io.github.xconnector.errors.XValidationException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The OAuth 2.0 Authorization Code flow with PKCE (S256) for one X app: builds the authorization URL and exchanges
 * the code X sends back for tokens.
 *
 * <pre>{@code
 * AuthorizationCodeFlow flow = AuthorizationCodeFlow.fromSettings(settings);
 * PendingAuthorization pending = flow.begin();
 * // send the user to pending.authorizationUrl(); X redirects to the redirect URI
 * OAuth2Tokens tokens = flow.exchange(pending, callback);
 * }</pre>
 *
 * <p>Immutable and thread-safe. It is also the client that {@link OAuth2UserTokenProvider} refreshes and revokes
 * tokens with.
 */
public final class AuthorizationCodeFlow {

  private final String clientId;
  private final URI authorizationUrl;
  private final URI redirectUri;
  private final Set<String> scopes;
  private final SecureRandom random;
  private final UserTokenEndpoint endpoint;

  private AuthorizationCodeFlow(Builder builder) {
    this.clientId = builder.clientId;
    this.authorizationUrl = builder.authorizationUrl;
    this.redirectUri = builder.redirectUri;
    this.scopes = Collections.unmodifiableSet(new LinkedHashSet<>(builder.scopes));
    this.random = builder.random != null ? builder.random : new SecureRandom();
    this.endpoint = new UserTokenEndpoint(builder.clientId, builder.clientSecret, builder.tokenUrl,
        builder.revokeUrl, new OAuth2Http.Timeouts(builder.connectTimeout, builder.readTimeout), builder.clock);
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
   * Creates the flow from OAuth connection settings.
   *
   * @param settings settings with {@code Authentication} {@code OAuth}
   * @return the flow
   * @throws XValidationException when the settings are not for OAuth
   */
  public static AuthorizationCodeFlow fromSettings(ConnectionSettings settings) {
    if (settings.authentication() != ConnectionSettings.Authentication.OAUTH) {
      throw new XValidationException("Connection '" + settings.connectionName() + "' uses "
          + settings.authentication().displayName() + " authentication; the Authorization Code flow needs OAuth.");
    }
    return builder().clientId(settings.clientId().orElseThrow()).clientSecret(settings.clientSecret().orElse(null))
        .authorizationUrl(settings.authorizationUrl()).tokenUrl(settings.tokenUrl()).revokeUrl(settings.revokeUrl())
        .redirectUri(settings.redirectUri().orElseThrow()).scopes(settings.scopes()).build();
  }

  /**
   * Starts an authorization with the configured redirect URI: a fresh state and PKCE verifier, and the URL to open.
   *
   * @return the authorization in progress
   * @throws XValidationException when no redirect URI was configured
   */
  public PendingAuthorization begin() {
    if (redirectUri == null) {
      throw new XValidationException("No redirect URI is configured: set redirectUri(...) on the builder or call"
          + " begin(redirectUri), for example with LoopbackReceiver.redirectUri().");
    }
    return begin(redirectUri);
  }

  /**
   * Starts an authorization that redirects to {@code redirectUri}, for example a {@link LoopbackReceiver}'s.
   *
   * @param redirectUri the redirect URI; X accepts only URIs registered for the app
   * @return the authorization in progress
   */
  public PendingAuthorization begin(URI redirectUri) {
    Objects.requireNonNull(redirectUri, "redirectUri");
    String state = randomToken();
    PkceVerifier verifier = PkceVerifier.generate(random);
    URI url = new AuthorizationRequest.Builder(new ResponseType(ResponseType.Value.CODE), new ClientID(clientId))
        .endpointURI(authorizationUrl)
        .redirectionURI(redirectUri)
        .scope(new Scope(scopes.toArray(String[]::new)))
        .state(new State(state))
        .codeChallenge(verifier.toNimbus(), CodeChallengeMethod.S256)
        .build()
        .toURI();
    return new PendingAuthorization(url, redirectUri, scopes, state, verifier);
  }

  /**
   * Checks the callback and exchanges its code for tokens, sending the PKCE verifier.
   *
   * @param pending the authorization the callback answers
   * @param callback what X sent to the redirect URI
   * @return the tokens; save them (see {@link TokenStore}) before use
   * @throws XAuthenticationException when the state does not match, the user denied access, the authorization was
   *     already exchanged, or X refused the code ({@link OAuth2TokenException})
   * @throws XIoException when the token endpoint cannot be reached
   */
  public OAuth2Tokens exchange(PendingAuthorization pending, AuthorizationCallback callback) {
    String code = pending.verify(callback);
    if (!pending.markExchanged()) {
      throw new XAuthenticationException("This authorization was already exchanged for tokens, and an authorization"
          + " code works only once. Start a new authorization.", true);
    }
    return endpoint.exchange(code, pending.redirectUri(), pending.verifier(), pending.scopes());
  }

  /**
   * Checks the callback URI and exchanges its code for tokens.
   *
   * @param pending the authorization the callback answers
   * @param callbackUri the full URI X redirected the browser to
   * @return the tokens; save them (see {@link TokenStore}) before use
   * @throws XAuthenticationException as {@link #exchange(PendingAuthorization, AuthorizationCallback)}
   * @throws XIoException when the token endpoint cannot be reached
   */
  public OAuth2Tokens exchange(PendingAuthorization pending, URI callbackUri) {
    return exchange(pending, AuthorizationCallback.fromUri(callbackUri));
  }

  UserTokenEndpoint endpoint() {
    return endpoint;
  }

  private String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Describes the flow; the client secret shows only as present or not. */
  @Override
  public String toString() {
    return "AuthorizationCodeFlow[clientId=" + clientId + ", confidential=" + endpoint.confidential()
        + ", authorizationUrl=" + authorizationUrl + ", redirectUri=" + redirectUri + ", scopes="
        + String.join(" ", scopes) + "]";
  }

  /**
   * Collects the flow's settings. Not thread-safe; further changes do not affect flows already built.
   */
  public static final class Builder {

    private String clientId;
    private String clientSecret;
    private URI authorizationUrl = ConnectionSettings.DEFAULT_AUTHORIZATION_URL;
    private URI tokenUrl = ConnectionSettings.DEFAULT_TOKEN_URL;
    private URI revokeUrl = ConnectionSettings.DEFAULT_REVOKE_URL;
    private URI redirectUri;
    private Set<String> scopes = ConnectionSettings.DEFAULT_SCOPES;
    private Duration connectTimeout = OAuth2Http.Timeouts.DEFAULT.connect();
    private Duration readTimeout = OAuth2Http.Timeouts.DEFAULT.read();
    private Clock clock = Clock.systemUTC();
    private SecureRandom random;

    private Builder() {
    }

    /**
     * Sets the app's OAuth 2.0 Client ID. Required.
     *
     * @param clientId the client ID
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /**
     * Sets the Client Secret of a confidential client; leave unset (or {@code null}) for a public client.
     *
     * @param clientSecret the secret
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * Sets the authorization page. Defaults to {@code https://x.com/i/oauth2/authorize}.
     *
     * @param authorizationUrl an absolute http(s) URL
     * @return this builder
     */
    public Builder authorizationUrl(URI authorizationUrl) {
      this.authorizationUrl = authorizationUrl;
      return this;
    }

    /**
     * Sets the token endpoint. Defaults to {@code https://api.x.com/2/oauth2/token}.
     *
     * @param tokenUrl an absolute http(s) URL
     * @return this builder
     */
    public Builder tokenUrl(URI tokenUrl) {
      this.tokenUrl = tokenUrl;
      return this;
    }

    /**
     * Sets the revocation endpoint. Defaults to {@code https://api.x.com/2/oauth2/revoke}.
     *
     * @param revokeUrl an absolute http(s) URL
     * @return this builder
     */
    public Builder revokeUrl(URI revokeUrl) {
      this.revokeUrl = revokeUrl;
      return this;
    }

    /**
     * Sets the redirect URI used by {@link AuthorizationCodeFlow#begin()}. Unset by default.
     *
     * @param redirectUri an absolute URI registered for the app
     * @return this builder
     */
    public Builder redirectUri(URI redirectUri) {
      this.redirectUri = redirectUri;
      return this;
    }

    /**
     * Sets the scopes to request. Defaults to {@code tweet.read tweet.write users.read offline.access}.
     *
     * @param scopes the scopes; not empty
     * @return this builder
     */
    public Builder scopes(Collection<String> scopes) {
      this.scopes = new LinkedHashSet<>(Objects.requireNonNull(scopes, "scopes"));
      return this;
    }

    /**
     * Sets how long to wait for a connection to the token endpoint. Defaults to 10 seconds.
     *
     * @param connectTimeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * Sets how long to wait for the token endpoint's answer. Defaults to 30 seconds.
     *
     * @param readTimeout a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
      return this;
    }

    /**
     * Sets the clock that token expiry is computed and checked with. Defaults to the system clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the source of the state and PKCE verifiers. Defaults to a new {@link SecureRandom}.
     *
     * @param random the source
     * @return this builder
     */
    public Builder secureRandom(SecureRandom random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Validates the settings and creates the flow.
     *
     * @return the flow
     * @throws XValidationException when the client ID is missing, a URL is not absolute http(s), the scopes are
     *     empty or a timeout is not positive
     */
    public AuthorizationCodeFlow build() {
      if (clientId == null || clientId.isBlank()) {
        throw new XValidationException("clientId(...) is required: the app's OAuth 2.0 Client ID from the X"
            + " developer portal");
      }
      if (clientSecret != null && clientSecret.isBlank()) {
        throw new XValidationException("clientSecret(...) is blank: pass null for a public client");
      }
      BuilderChecks.httpUrl("authorizationUrl", authorizationUrl);
      BuilderChecks.httpUrl("tokenUrl", tokenUrl);
      BuilderChecks.httpUrl("revokeUrl", revokeUrl);
      if (redirectUri != null && !redirectUri.isAbsolute()) {
        throw new XValidationException("redirectUri(...) must be an absolute URI, for example"
            + " http://127.0.0.1:8765/callback");
      }
      if (scopes.isEmpty()) {
        throw new XValidationException("scopes(...) is empty: request at least tweet.read and users.read");
      }
      BuilderChecks.positive("connectTimeout", connectTimeout);
      BuilderChecks.positive("readTimeout", readTimeout);
      return new AuthorizationCodeFlow(this);
    }
  }
}
