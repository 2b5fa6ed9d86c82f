package io.github.xconnector;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The latest rate-limit state X reported for each endpoint this client called, so that the headers of calls that
 * return a single result (a post, a user, a like) are readable too. Pages carry their own state
 * ({@link Page#rateLimit()}), and so do exceptions ({@link io.github.xconnector.errors.XServiceException#rateLimit()}).
 *
 * <p>Endpoints are named by method and path template, as in X's documentation and the README's table:
 * {@code "GET /2/users/me"}, {@code "GET /2/users/{id}/followers"}, {@code "POST /2/tweets"}. Thread-safe: every
 * response replaces its endpoint's entry, whichever thread made the call. To get the state of one particular call
 * when several threads share the client, wrap it in {@link #capture(Supplier)}.
 */
public final class RateLimits {

  private final Map<String, RateLimit> latest = new ConcurrentHashMap<>();
  // The capture in progress on the calling thread, if any: calls run on the thread that makes them.
  private final ThreadLocal<RateLimit[]> captured = new ThreadLocal<>();

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

  /**
   * Makes a call and returns its result with the rate-limit state X reported on its response, unaffected by calls
   * other threads make meanwhile.
   *
   * <pre>{@code
   * RateLimited<CreatePostResponse> posted = x.rateLimits().capture(() -> x.posts().create("Hello"));
   * posted.rateLimit().userDaily().ifPresent(window -> log.info("{} posts left today", window.remaining()));
   * }</pre>
   *
   * @param call one call on this client (when it makes several, the last response counts)
   * @param <T> the result type
   * @return the result and the state; the state's windows are empty when X sent no rate-limit headers
   */
  public <T> RateLimited<T> capture(Supplier<T> call) {
    Objects.requireNonNull(call, "call");
    RateLimit[] outer = captured.get();
    RateLimit[] slot = {RateLimit.fromHeaders(Map.of())};
    captured.set(slot);
    try {
      T result = call.get();
      return new RateLimited<>(result, slot[0]);
    } finally {
      if (outer == null) {
        captured.remove();
      } else {
        captured.set(outer);
      }
    }
  }

  void record(String endpoint, RateLimit rateLimit) {
    RateLimit[] slot = captured.get();
    if (slot != null) {
      slot[0] = rateLimit;
    }
    if (rateLimit.endpoint().isPresent() || rateLimit.appDaily().isPresent() || rateLimit.userDaily().isPresent()) {
      latest.put(endpoint, rateLimit);
    }
  }

  @Override
  public String toString() {
    return "RateLimits" + latest;
  }
}
