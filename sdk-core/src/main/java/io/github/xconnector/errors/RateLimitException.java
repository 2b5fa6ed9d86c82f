package io.github.xconnector.errors;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Thrown when X answers 429 and the client did not wait: the wait was longer than the configured maximum, retries
 * were used up, or the app's monthly usage cap is exhausted ({@link #usageCapped()}), which waiting cannot fix.
 */
public class RateLimitException extends XServiceException {

  private static final long serialVersionUID = 1L;

  private final Instant retryAt;

  /**
   * Creates the exception.
   *
   * @param operation the operation that failed
   * @param statusCode the HTTP status (429)
   * @param problem the main problem of the body
   * @param errors the entries of the body's errors array
   * @param headers the response headers
   * @param retryAt when X will accept the request again, or {@code null} when unknown
   */
  public RateLimitException(String operation, int statusCode, XError problem, List<XError> errors,
      Map<String, List<String>> headers, Instant retryAt) {
    super(operation, statusCode, problem, errors, headers);
    this.retryAt = retryAt;
  }

  /**
   * Tells whether the app's monthly usage cap is exhausted (problem type {@code usage-capped}).
   *
   * @return {@code true} for a usage cap, {@code false} for an ordinary rate limit
   */
  public boolean usageCapped() {
    return problemType() == ProblemType.USAGE_CAPPED;
  }

  /**
   * Returns when X will accept the request again, from {@code Retry-After} or {@code x-rate-limit-reset}.
   *
   * @return the time, if X said
   */
  public Optional<Instant> retryAt() {
    return Optional.ofNullable(retryAt);
  }
}
