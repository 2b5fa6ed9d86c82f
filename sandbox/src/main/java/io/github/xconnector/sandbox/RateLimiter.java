package io.github.xconnector.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts requests per endpoint and caller in 15-minute windows, as X does, and reports the
 * {@code x-rate-limit-*} values for each response.
 */
final class RateLimiter {

  static final Duration WINDOW = Duration.ofMinutes(15);

  /** The outcome of counting one request. */
  record Decision(int limit, int remaining, long resetEpochSeconds, boolean allowed) {

    SandboxResponse addHeaders(SandboxResponse response) {
      return response.header("x-rate-limit-limit", Integer.toString(limit))
          .header("x-rate-limit-remaining", Integer.toString(remaining))
          .header("x-rate-limit-reset", Long.toString(resetEpochSeconds));
    }
  }

  private record Window(Instant reset, int used) {}

  private final Clock clock;
  private final int defaultLimit;
  private final Map<String, Integer> limits;
  private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

  /**
   * @param limits requests per window by endpoint key ({@code "GET /2/users/me"})
   */
  RateLimiter(Clock clock, int defaultLimit, Map<String, Integer> limits) {
    this.clock = clock;
    this.defaultLimit = defaultLimit;
    this.limits = Map.copyOf(limits);
  }

  /** Counts one request of the caller to the endpoint; a request over the limit is not allowed. */
  Decision acquire(String endpointKey, String callerKey) {
    int limit = limits.getOrDefault(endpointKey, defaultLimit);
    Instant now = clock.instant();
    // compute() makes read-increment-write atomic per endpoint and caller.
    Window window = windows.compute(endpointKey + " " + callerKey, (key, current) -> {
      if (current == null || !now.isBefore(current.reset())) {
        return new Window(now.plus(WINDOW), 1);
      }
      return new Window(current.reset(), current.used() + 1);
    });
    return new Decision(limit, Math.max(0, limit - window.used()), window.reset().getEpochSecond(),
        window.used() <= limit);
  }
}
