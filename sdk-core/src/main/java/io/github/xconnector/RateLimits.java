package io.github.xconnector;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest rate-limit state X reported for each endpoint this client called, so that the headers of calls that
 * return a single result (a post, a user, a like) are readable too. Pages carry their own state
 * ({@link Page#rateLimit()}), and so do exceptions ({@link io.github.xconnector.errors.XServiceException#rateLimit()}).
 *
 * <p>Endpoints are named by method and path template, as in X's documentation and the README's table:
 * {@code "GET /2/users/me"}, {@code "GET /2/users/{id}/followers"}, {@code "POST /2/tweets"}. Thread-safe: every
 * response replaces its endpoint's entry, whichever thread made the call.
 */
public final class RateLimits {

  private final Map<String, RateLimit> latest = new ConcurrentHashMap<>();

  RateLimits() {
  }

  /**
   * Returns the state X reported on the latest response of an endpoint.
   *
   * @param endpoint method and path template, for example {@code "GET /2/tweets/search/recent"}
   * @return the state, or empty when the endpoint was not called yet or X sent no rate-limit headers
   */
  public Optional<RateLimit> latest(String endpoint) {
    Objects.requireNonNull(endpoint, "endpoint");
    return Optional.ofNullable(latest.get(endpoint));
  }

  /**
   * Returns a snapshot of the latest state of every endpoint called so far.
   *
   * @return endpoint to state, unmodifiable
   */
  public Map<String, RateLimit> snapshot() {
    return Map.copyOf(latest);
  }

  void record(String endpoint, RateLimit rateLimit) {
    if (rateLimit.endpoint().isPresent() || rateLimit.appDaily().isPresent() || rateLimit.userDaily().isPresent()) {
      latest.put(endpoint, rateLimit);
    }
  }

  @Override
  public String toString() {
    return "RateLimits" + latest;
  }
}
