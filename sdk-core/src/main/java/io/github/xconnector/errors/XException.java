package io.github.xconnector.errors;

/**
 * The root of every exception the SDK throws. It is unchecked.
 *
 * <p>Subtypes say what went wrong: {@link XServiceException} when X answered with an error,
 * {@link XIoException} when X could not be reached or the answer could not be read,
 * {@link XAuthenticationException} when no valid credentials could be obtained, and
 * {@link XValidationException} when a request was refused before it was sent.
 */
public class XException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what happened and what to do
   */
  public XException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what happened and what to do
   * @param cause the underlying failure
   */
  public XException(String message, Throwable cause) {
    super(message, cause);
  }
}
