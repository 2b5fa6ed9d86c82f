package io.github.xconnector.transport;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The rate-limit state X reported in one response's headers.
 *
 * <p>X sends a per-endpoint window ({@code x-rate-limit-limit}, {@code -remaining}, {@code -reset}) and, on some
 * endpoints, 24-hour windows for the app ({@code x-app-limit-24hour-*}) and the user ({@code x-user-limit-24hour-*}).
 * Each window is present only when X sent its headers. Instances are immutable.
 */
public final class RateLimit {

  private static final RateLimit NONE = new RateLimit(null, null, null);

  private final Window endpoint;
  private final Window appDaily;
  private final Window userDaily;

  private RateLimit(Window endpoint, Window appDaily, Window userDaily) {
    this.endpoint = endpoint;
    this.appDaily = appDaily;
    this.userDaily = userDaily;
  }

  /**
   * Reads the rate-limit headers of a response. Header names are matched without regard to case; malformed values
   * are ignored.
   *
   * @param headers the response headers
   * @return the state; its windows are empty when the headers were absent
   */
  public static RateLimit fromHeaders(Map<String, ? extends Collection<String>> headers) {
    if (headers == null || headers.isEmpty()) {
      return NONE;
    }
    return new RateLimit(
        Window.read(headers, "x-rate-limit-"),
        Window.read(headers, "x-app-limit-24hour-"),
        Window.read(headers, "x-user-limit-24hour-"));
  }

  /**
   * Returns the per-endpoint window (usually 15 minutes).
   *
   * @return the window, if X sent it
   */
  public Optional<Window> endpoint() {
    return Optional.ofNullable(endpoint);
  }

  /**
   * Returns the app's 24-hour window.
   *
   * @return the window, if X sent it
   */
  public Optional<Window> appDaily() {
    return Optional.ofNullable(appDaily);
  }

  /**
   * Returns the user's 24-hour window.
   *
   * @return the window, if X sent it
   */
  public Optional<Window> userDaily() {
    return Optional.ofNullable(userDaily);
  }

  @Override
  public String toString() {
    return "RateLimit{endpoint=" + endpoint + ", appDaily=" + appDaily + ", userDaily=" + userDaily + "}";
  }

  /** One rate-limit window: how many requests it allows, how many are left, and when it resets. */
  public static final class Window {
    private static final long LATEST_RESET_EPOCH_SECOND = 253_402_300_799L;
    private final long limit;
    private final long remaining;
    private final Instant resetAt;

    /**
     * Creates a window.
     *
     * @param limit requests allowed in the window
     * @param remaining requests left
     * @param resetAt when the window resets
     */
    public Window(long limit, long remaining, Instant resetAt) {
      this.limit = limit;
      this.remaining = remaining;
      this.resetAt = resetAt;
    }

    static Window read(Map<String, ? extends Collection<String>> headers, String prefix) {
      Long limit = number(headers, prefix + "limit");
      Long remaining = number(headers, prefix + "remaining");
      Long reset = number(headers, prefix + "reset");
      if (limit == null && remaining == null && reset == null) {
        return null;
      }
      // A reset before 1970 or after 9999 is no time X could mean: ignored rather than failing the response.
      boolean plausible = reset != null && reset >= 0 && reset <= LATEST_RESET_EPOCH_SECOND;
      return new Window(limit == null ? -1 : limit, remaining == null ? -1 : remaining,
          plausible ? Instant.ofEpochSecond(reset) : null);
    }

    private static Long number(Map<String, ? extends Collection<String>> headers, String name) {
      Collection<String> values = header(headers, name);
      if (values == null || values.isEmpty()) {
        return null;
      }
      try {
        return Long.parseLong(values.iterator().next().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }

    // A map sorted case-insensitively (as an answer's headers are) is asked directly; any other is searched.
    private static Collection<String> header(Map<String, ? extends Collection<String>> headers, String name) {
      Collection<String> values = headers.get(name);
      if (values != null || headers instanceof SortedMap
          && ((SortedMap<?, ?>) headers).comparator() == String.CASE_INSENSITIVE_ORDER) {
        return values;
      }
      for (Map.Entry<String, ? extends Collection<String>> header : headers.entrySet()) {
        if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)) {
          return header.getValue();
        }
      }
      return null;
    }

    /**
     * Returns the number of requests the window allows.
     *
     * @return the limit, or -1 when X did not send it
     */
    public long limit() {
      return limit;
    }

    /**
     * Returns the number of requests left in the window.
     *
     * @return the remaining count, or -1 when X did not send it
     */
    public long remaining() {
      return remaining;
    }

    /**
     * Returns when the window resets.
     *
     * @return the reset time, if X sent it
     */
    public Optional<Instant> resetAt() {
      return Optional.ofNullable(resetAt);
    }

    @Override
    public String toString() {
      return remaining + "/" + limit + (resetAt != null ? " until " + resetAt : "");
    }
  }
}
