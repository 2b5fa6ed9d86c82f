package io.github.xconnector.transport;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The latest rate-limit state X reported for each endpoint this client called, so that the headers of calls that
 * return a single result (a post, a user, a like) are readable too. Pages carry their own state
 * ({@link io.github.xconnector.paging.Page#rateLimit()}), and so do exceptions
 * ({@link io.github.xconnector.errors.XServiceException#rateLimit()}).
 *
 * <p>Endpoints are named by method and path template, as in X's documentation and the README's table:
 * {@code "GET /2/users/me"}, {@code "GET /2/users/{id}/followers"}, {@code "POST /2/tweets"}. Thread-safe: every
 * response replaces its endpoint's entry, whichever thread made the call. To get the state of one particular call
 * when several threads share the client, wrap it in {@link #capture(Supplier)}.
 */
public interface RateLimits {

  /**
   * Returns the state X reported on the latest response of an endpoint.
   *
   * @param endpoint method and path template, for example {@code "GET /2/tweets/search/recent"}
   * @return the state, or empty when the endpoint was not called yet or X sent no rate-limit headers
   */
  Optional<RateLimit> latest(String endpoint);

  /**
   * Returns a snapshot of the latest state of every endpoint called so far.
   *
   * @return endpoint to state, unmodifiable
   */
  Map<String, RateLimit> snapshot();

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
  <T> RateLimited<T> capture(Supplier<T> call);
}
