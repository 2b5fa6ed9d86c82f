package io.github.xconnector.errors;

/** Thrown when X could not be reached, the connection failed or timed out, or its answer could not be read. */
public class XIoException extends XException {

  private static final long serialVersionUID = 1L;

  private final boolean possiblyDelivered;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param possiblyDelivered whether X may have received and acted on the request
   * @param cause the underlying failure
   */
  public XIoException(String message, boolean possiblyDelivered, Throwable cause) {
    super(message, cause);
    this.possiblyDelivered = possiblyDelivered;
  }

  /**
   * Tells whether the request may have reached X. When it did, a request that creates something (a post, a like)
   * may have taken effect: look before sending it again.
   *
   * @return {@code false} only when the request certainly did not reach X
   */
  public boolean possiblyDelivered() {
    return possiblyDelivered;
  }
}
