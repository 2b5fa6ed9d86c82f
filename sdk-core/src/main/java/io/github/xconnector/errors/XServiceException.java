package io.github.xconnector.errors;

import io.github.xconnector.transport.RateLimit;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Thrown when X answered a request with an error status.
 *
 * <p>It carries the HTTP status, the problem X described (type, title, detail), every error in the body, the response
 * headers (rate limits and {@code x-transaction-id} included) and never a token. Subtypes name the common statuses.
 */
public class XServiceException extends XException {

  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final transient XError problem;
  private final transient List<XError> errors;
  private final transient Map<String, List<String>> headers;
  private final String operation;

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed, for example {@code GET /2/users/me}
   * @param statusCode the HTTP status
   * @param problem the main problem in the body (never {@code null}; empty members when the body had none)
   * @param errors the entries of the body's {@code errors} array
   * @param headers the response headers
   */
  public XServiceException(String operation, int statusCode, XError problem, List<XError> errors,
      Map<String, List<String>> headers) {
    super(message(operation, statusCode, problem, errors, headers));
    this.operation = operation;
    this.statusCode = statusCode;
    this.problem = problem;
    this.errors = List.copyOf(errors);
    this.headers = Collections.unmodifiableMap(headers);
  }

  private static String message(String operation, int status, XError problem, List<XError> errors,
      Map<String, List<String>> headers) {
    StringBuilder text = new StringBuilder(operation).append(" failed with HTTP ").append(status);
    String described = problem.members().isEmpty() && !errors.isEmpty() ? errors.get(0).describe() : problem.describe();
    text.append(": ").append(described);
    if (problem.type() != null && problem.problemType() != ProblemType.ABOUT_BLANK) {
      text.append(" [").append(problem.type()).append(']');
    }
    if (!problem.members().isEmpty()) {
      for (XError error : errors) {
        text.append("; ").append(error.describe());
      }
    }
    RateLimit.fromHeaders(headers).endpoint().flatMap(RateLimit.Window::resetAt)
        .filter(reset -> status == 429)
        .ifPresent(reset -> text.append(". The rate limit resets at ").append(reset));
    first(headers, "x-transaction-id").ifPresent(id -> text.append(" (x-transaction-id ").append(id).append(')'));
    return text.toString();
  }

  static Optional<String> first(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (header.getKey() != null && header.getKey().toLowerCase(Locale.ROOT).equals(name)
          && !header.getValue().isEmpty()) {
        return Optional.of(header.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the operation that failed, as {@code METHOD path}.
   *
   * @return the operation
   */
  public String operation() {
    return operation;
  }

  /**
   * Returns the HTTP status X answered with.
   *
   * @return the status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the main problem of the body. For bodies that only hold an {@code errors} array it is empty, and
   * {@link #errors()} holds the details.
   *
   * @return the problem
   */
  public XError problem() {
    return problem;
  }

  /**
   * Returns the kind of problem, recognised from the type's last path segment. When the body has no top-level
   * {@code type}, as when X puts the problem inside {@code errors[]}, the first entry of {@link #errors()} with a type
   * says it.
   *
   * @return the problem type, {@link ProblemType#OTHER} when unlisted or absent
   */
  public ProblemType problemType() {
    if (problem.type() == null) {
      for (XError error : errors) {
        if (error.type() != null) {
          return error.problemType();
        }
      }
    }
    return problem.problemType();
  }

  /**
   * Returns the problem's title.
   *
   * @return the title, or {@code null}
   */
  public String title() {
    return problem.title();
  }

  /**
   * Returns the problem's detail.
   *
   * @return the detail, or {@code null}
   */
  public String detail() {
    return problem.detail();
  }

  /**
   * Returns the entries of the body's {@code errors} array, in either format.
   *
   * @return an unmodifiable list, empty when there were none
   */
  public List<XError> errors() {
    return errors;
  }

  /**
   * Returns the response headers.
   *
   * @return an unmodifiable map
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the rate-limit state X reported with the error.
   *
   * @return the rate limits
   */
  public RateLimit rateLimit() {
    return RateLimit.fromHeaders(headers);
  }

  /**
   * Returns X's id for this request, useful when asking X for support.
   *
   * @return the {@code x-transaction-id} header, if present
   */
  public Optional<String> transactionId() {
    return first(headers, "x-transaction-id");
  }
}
