package io.github.xconnector.errors;

import java.util.List;
import java.util.Map;

/** Thrown when X answers 5xx: X failed to handle the request. */
public class ServerException extends XServiceException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed
   * @param statusCode the HTTP status
   * @param problem the main problem of the body
   * @param errors the entries of the body's errors array
   * @param headers the response headers
   */
  public ServerException(String operation, int statusCode, XError problem, List<XError> errors,
      Map<String, List<String>> headers) {
    super(operation, statusCode, problem, errors, headers);
  }
}
