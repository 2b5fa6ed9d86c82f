package io.github.xconnector.auth;

import io.github.xconnector.errors.XAuthenticationException;
import java.util.Optional;

/**
 * Thrown when an OAuth 2.0 endpoint (token, revocation, app-only token) refuses a request.
 *
 * <p>It carries the HTTP status and the OAuth 2.0 error code, such as {@code invalid_grant} (the code or refresh
 * token was revoked, expired or already used: {@link #reauthorizationRequired()} is {@code true}) or
 * {@code invalid_client} (the client ID or secret is wrong). The message never contains a token or secret.
 */
public class OAuth2TokenException extends XAuthenticationException {

  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String errorCode;

  /**
   * Creates the exception.
   *
   * @param message what failed and what to do
   * @param reauthorizationRequired whether the user must authorize the app again
   * @param statusCode the HTTP status the endpoint answered
   * @param errorCode the OAuth 2.0 {@code error} code, or {@code null} when the body had none
   */
  public OAuth2TokenException(String message, boolean reauthorizationRequired, int statusCode, String errorCode) {
    super(message, reauthorizationRequired);
    this.statusCode = statusCode;
    this.errorCode = errorCode;
  }

  /**
   * Returns the HTTP status the endpoint answered.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the OAuth 2.0 error code, for example {@code invalid_grant}.
   *
   * @return the code, or empty when the answer had none (for example a 503 page)
   */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }
}
