package io.github.xconnector.errors;

/**
 * Thrown when the SDK cannot authenticate a request: a refresh failed, the user must authorize again, the
 * authorization callback was refused, or the credentials cannot call the operation at all.
 */
public class XAuthenticationException extends XException {

  private static final long serialVersionUID = 1L;

  private final boolean reauthorizationRequired;

  /**
   * Creates the exception.
   *
   * @param message what failed and what to do
   * @param reauthorizationRequired whether the user must go through the authorization flow again
   */
  public XAuthenticationException(String message, boolean reauthorizationRequired) {
    super(message);
    this.reauthorizationRequired = reauthorizationRequired;
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what failed and what to do
   * @param reauthorizationRequired whether the user must go through the authorization flow again
   * @param cause the underlying failure
   */
  public XAuthenticationException(String message, boolean reauthorizationRequired, Throwable cause) {
    super(message, cause);
    this.reauthorizationRequired = reauthorizationRequired;
  }

  /**
   * Tells whether stored tokens are no longer usable (revoked, expired or already used refresh token), so the user
   * must authorize the app again.
   *
   * @return {@code true} when only a new authorization can fix this
   */
  public boolean reauthorizationRequired() {
    return reauthorizationRequired;
  }
}
