package io.github.xconnector.credentials;

import java.util.Optional;
import java.util.Set;

/**
 * Supplies the access token that authenticates each request.
 *
 * <p>Implementations must be thread-safe: the client calls {@link #accessToken()} from every thread that makes a
 * request. The {@code x-connector-auth} module provides the implementations users need (a static Bearer token, an
 * app-only token from the consumer key and secret, and a refreshing OAuth 2.0 user token).
 */
public interface AccessTokenProvider {

  /**
   * Returns a token that is valid now, refreshing it first when it is about to expire.
   *
   * @return the bare access token, without the {@code Bearer } prefix
   * @throws io.github.xconnector.errors.XAuthenticationException if no valid token can be obtained
   */
  String accessToken();

  /**
   * Returns the kind of authentication the tokens give.
   *
   * @return {@link AuthenticationType#USER_CONTEXT} or {@link AuthenticationType#APP_ONLY}
   */
  AuthenticationType authenticationType();

  /**
   * Returns the scopes X granted to the token, when known.
   *
   * @return the granted scopes, or empty when the provider does not know them (then no scope check is made)
   */
  default Optional<Set<String>> grantedScopes() {
    return Optional.empty();
  }

  /**
   * Reacts to X rejecting a token with 401.
   *
   * <p>Called once per failed request, with the token that request carried. A refreshing provider refreshes only
   * when {@code rejectedToken} is still its current token (another thread may already have replaced it) and answers
   * {@code true} when a different token is now available, so the request is retried once with it.
   *
   * @param rejectedToken the token X rejected
   * @return {@code true} when a newer token is available and the request should be retried once
   * @throws io.github.xconnector.errors.XAuthenticationException when refreshing failed (for example the refresh
   *     token was revoked)
   */
  default boolean refreshAfterRejection(String rejectedToken) {
    return false;
  }
}
