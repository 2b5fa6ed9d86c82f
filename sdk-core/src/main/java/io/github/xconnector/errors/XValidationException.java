package io.github.xconnector.errors;

/** Thrown before any request is sent when an argument breaks one of X's rules; the message says which and how. */
public class XValidationException extends XException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the rule that was broken and how to fix the input
   */
  public XValidationException(String message) {
    super(message);
  }
}
