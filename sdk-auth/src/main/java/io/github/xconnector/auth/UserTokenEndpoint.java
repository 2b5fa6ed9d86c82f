package io.github.xconnector.auth;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Token;
import com.nimbusds.oauth2.sdk.token.Tokens;
import io.github.xconnector.errors.XAuthenticationException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * The token and revocation endpoints as one OAuth 2.0 client uses them: code exchange, refresh and revocation.
 *
 * <p>A confidential client (with a secret) authenticates with HTTP Basic ({@code client_secret_basic}; X refuses
 * the secret in the body); a public client sends only its {@code client_id} in the body.
 */
final class UserTokenEndpoint {

  private final ClientID clientId;
  private final ClientSecretBasic clientAuthentication;
  private final URI tokenUrl;
  private final URI revokeUrl;
  private final OAuth2Http.Timeouts timeouts;
  private final Clock clock;

  UserTokenEndpoint(String clientId, String clientSecret, URI tokenUrl, URI revokeUrl, OAuth2Http.Timeouts timeouts,
      Clock clock) {
    this.clientId = new ClientID(clientId);
    this.clientAuthentication = clientSecret == null ? null : new ClientSecretBasic(this.clientId,
        new Secret(clientSecret));
    this.tokenUrl = tokenUrl;
    this.revokeUrl = revokeUrl;
    this.timeouts = timeouts;
    this.clock = clock;
  }

  Clock clock() {
    return clock;
  }

  boolean confidential() {
    return clientAuthentication != null;
  }

  OAuth2Tokens exchange(String code, URI redirectUri, PkceVerifier verifier, Set<String> requestedScopes) {
    AuthorizationGrant grant = new AuthorizationCodeGrant(new AuthorizationCode(code), redirectUri,
        verifier.toNimbus());
    return request(grant, OAuth2Http.Purpose.EXCHANGE, requestedScopes, null);
  }

  /**
   * Exchanges the refresh token of {@code current} for a new pair.
   *
   * @throws XAuthenticationException when {@code current} has no refresh token
   */
  OAuth2Tokens refresh(OAuth2Tokens current) {
    String refreshToken = current.refreshToken().orElseThrow(() -> new XAuthenticationException("The access token"
        + " expired or was rejected and there is no refresh token to renew it (X gives one only with the"
        + " offline.access scope). Authorize the app again, with offline.access to stay signed in.", true));
    return request(new RefreshTokenGrant(new RefreshToken(refreshToken)), OAuth2Http.Purpose.REFRESH,
        current.scopes(), refreshToken);
  }

  /** Revokes a token; X answers 200 also for tokens it no longer knows. */
  void revoke(String token, boolean refreshToken) {
    Token revoked = refreshToken ? new RefreshToken(token) : new BearerAccessToken(token);
    TokenRevocationRequest revocation = confidential()
        ? new TokenRevocationRequest(revokeUrl, clientAuthentication, revoked)
        : new TokenRevocationRequest(revokeUrl, clientId, revoked);
    HTTPRequest request = revocation.toHTTPRequest();
    HTTPResponse response = OAuth2Http.send(request, timeouts, OAuth2Http.Purpose.REVOKE);
    if (response.getStatusCode() != HTTPResponse.SC_OK) {
      throw OAuth2Http.failure(response, request, OAuth2Http.Purpose.REVOKE);
    }
  }

  private OAuth2Tokens request(AuthorizationGrant grant, OAuth2Http.Purpose purpose, Set<String> knownScopes,
      String previousRefreshToken) {
    TokenRequest.Builder builder = confidential()
        ? new TokenRequest.Builder(tokenUrl, clientAuthentication, grant)
        : new TokenRequest.Builder(tokenUrl, clientId, grant);
    HTTPRequest request = builder.build().toHTTPRequest();
    // Expiry counts from before the request was sent, so it is never later than X's own.
    Instant sentAt = clock.instant();
    HTTPResponse response = OAuth2Http.send(request, timeouts, purpose);
    AccessTokenResponse answer = OAuth2Http.tokens(response, request, purpose);
    Tokens tokens = answer.getTokens();
    AccessToken accessToken = tokens.getAccessToken();
    Instant expiresAt = accessToken.getLifetime() > 0 ? sentAt.plusSeconds(accessToken.getLifetime()) : null;
    // RFC 6749 section 5.1: an answer without scope grants what was requested (or, on refresh, what was granted).
    Collection<String> scopes = accessToken.getScope() == null ? knownScopes : accessToken.getScope().toStringList();
    // RFC 6749 section 6: a refresh answer without a refresh token leaves the old one valid.
    String refreshToken = tokens.getRefreshToken() != null ? tokens.getRefreshToken().getValue()
        : previousRefreshToken;
    return OAuth2Tokens.of(accessToken.getValue(), refreshToken, expiresAt, scopes);
  }
}
