package io.github.xconnector.benchmarks.clients;

import io.github.xconnector.credentials.AccessTokenProvider;
import io.github.xconnector.credentials.AuthenticationType;

/**
 * A fixed OAuth 2.0 user token whose scopes are not known: the cheapest credentials, so the benchmark measures the
 * client and not token handling. With no scopes known the client makes no scope check.
 */
public final class StaticUserToken implements AccessTokenProvider {

  private final String token;

  /**
   * Creates the credentials.
   *
   * @param token the token sent with every request
   */
  public StaticUserToken(String token) {
    this.token = token;
  }

  @Override
  public String accessToken() {
    return token;
  }

  @Override
  public AuthenticationType authenticationType() {
    return AuthenticationType.USER_CONTEXT;
  }
}
