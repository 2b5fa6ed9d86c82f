package io.github.xconnector.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * How X runs a streaming operation, from its {@code x-stream} entry in the spec: how often X sends a keep-alive, how
 * long a silent connection is given before it counts as stalled, how long to wait before reconnecting after each kind
 * of failure, and by which names X's in-stream messages are told apart. The generated operation table builds it; no
 * value is written by hand.
 *
 * <p>Immutable and thread-safe.
 */
public final class StreamProfile {

  private final Duration keepAlive;
  private final Duration stallMargin;
  private final Backoff networkErrors;
  private final Backoff httpErrors;
  private final Backoff rateLimited;
  private final Set<String> disconnectProblems;
  private final Set<String> connectionProblems;

  private StreamProfile(Builder b) {
    this.keepAlive = b.keepAlive;
    this.stallMargin = b.stallMargin;
    this.networkErrors = b.networkErrors;
    this.httpErrors = b.httpErrors;
    this.rateLimited = b.rateLimited;
    this.disconnectProblems = Collections.unmodifiableSet(new LinkedHashSet<>(b.disconnectProblems));
    this.connectionProblems = Collections.unmodifiableSet(new LinkedHashSet<>(b.connectionProblems));
  }

  /** @return a builder, for the generated table */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the longest time X lets pass between two keep-alives */
  public Duration keepAlive() {
    return keepAlive;
  }

  /** @return the allowance on top of the keep-alive interval for keep-alives that arrive late */
  public Duration stallMargin() {
    return stallMargin;
  }

  /** @return how long a connection may stay silent before it counts as stalled: keep-alive plus margin */
  public Duration stallTimeout() {
    return keepAlive.plus(stallMargin);
  }

  /** @return the waits after network errors (refused, reset, timed out) */
  public Backoff networkErrors() {
    return networkErrors;
  }

  /** @return the waits after HTTP error answers other than 429 */
  public Backoff httpErrors() {
    return httpErrors;
  }

  /** @return the waits after 429 answers */
  public Backoff rateLimited() {
    return rateLimited;
  }

  /**
   * Tells whether an in-stream problem says that X is closing the connection.
   *
   * @param type the problem's type URI, or {@code null}
   * @param title the problem's title, or {@code null}
   * @return whether the last path segment of the type, or the title, is one the spec lists as a disconnection
   */
  public boolean isDisconnect(String type, String title) {
    return matches(disconnectProblems, type, title);
  }

  /**
   * Tells whether a problem says that the app holds too many connections, or another fault of the connection itself.
   *
   * @param type the problem's type URI, or {@code null}
   * @param title the problem's title, or {@code null}
   * @return whether the last path segment of the type, or the title, is one the spec lists as a connection problem
   */
  public boolean isConnectionProblem(String type, String title) {
    return matches(connectionProblems, type, title);
  }

  private static boolean matches(Set<String> names, String type, String title) {
    return type != null && names.contains(lastSegment(type)) || title != null && names.contains(title);
  }

  private static String lastSegment(String type) {
    String trimmed = type.endsWith("/") ? type.substring(0, type.length() - 1) : type;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }

  /** How a wait grows from one failed attempt to the next. */
  public enum Growth {
    /** By the first wait each time: 250 ms, 500 ms, 750 ms, ... */
    LINEAR,
    /** Doubling: 5 s, 10 s, 20 s, ... */
    EXPONENTIAL
  }

  /** One reconnect schedule: the first wait, how it grows and, where X gives one, its largest value. */
  public static final class Backoff {
    // Past this many doublings a wait is beyond any sensible run of a program; the count stops there.
    private static final int MAX_DOUBLINGS = 30;

    private final Growth growth;
    private final Duration first;
    private final Duration max;

    Backoff(Growth growth, Duration first, Duration max) {
      this.growth = growth;
      this.first = first;
      this.max = max;
    }

    /** @return how the wait grows */
    public Growth growth() {
      return growth;
    }

    /** @return the wait before the first reconnect of a run of failures */
    public Duration first() {
      return first;
    }

    /** @return the largest wait, when X gives one */
    public Optional<Duration> max() {
      return Optional.ofNullable(max);
    }

    /**
     * Returns the wait before a reconnect.
     *
     * @param failures how many attempts in a row have failed this way, at least 1
     * @return the wait
     */
    public Duration wait(int failures) {
      int n = Math.max(1, failures);
      Duration wait = growth == Growth.LINEAR ? first.multipliedBy(n)
          : first.multipliedBy(1L << Math.min(n - 1, MAX_DOUBLINGS));
      return max != null && wait.compareTo(max) > 0 ? max : wait;
    }

    @Override
    public String toString() {
      return growth.name().toLowerCase(Locale.ROOT) + " from " + first + (max == null ? "" : " up to " + max);
    }
  }

  /** Builds a {@link StreamProfile}; used by the generated table only. */
  public static final class Builder {
    private Duration keepAlive;
    private Duration stallMargin = Duration.ZERO;
    private Backoff networkErrors;
    private Backoff httpErrors;
    private Backoff rateLimited;
    private List<String> disconnectProblems = List.of();
    private List<String> connectionProblems = List.of();

    private Builder() {
    }

    /**
     * @param seconds {@code keep-alive-seconds}
     * @return this
     */
    public Builder keepAliveSeconds(long seconds) {
      this.keepAlive = Duration.ofSeconds(seconds);
      return this;
    }

    /**
     * @param seconds {@code stall-margin-seconds}
     * @return this
     */
    public Builder stallMarginSeconds(long seconds) {
      this.stallMargin = Duration.ofSeconds(seconds);
      return this;
    }

    /**
     * @param growth {@code backoff.network.growth}
     * @param firstMillis {@code backoff.network.first-millis}
     * @param maxMillis {@code backoff.network.max-millis}, or empty
     * @return this
     */
    public Builder networkErrors(String growth, String firstMillis, String maxMillis) {
      this.networkErrors = backoff("network", growth, firstMillis, maxMillis);
      return this;
    }

    /**
     * @param growth {@code backoff.http.growth}
     * @param firstMillis {@code backoff.http.first-millis}
     * @param maxMillis {@code backoff.http.max-millis}, or empty
     * @return this
     */
    public Builder httpErrors(String growth, String firstMillis, String maxMillis) {
      this.httpErrors = backoff("http", growth, firstMillis, maxMillis);
      return this;
    }

    /**
     * @param growth {@code backoff.rate-limit.growth}
     * @param firstMillis {@code backoff.rate-limit.first-millis}
     * @param maxMillis {@code backoff.rate-limit.max-millis}, or empty
     * @return this
     */
    public Builder rateLimited(String growth, String firstMillis, String maxMillis) {
      this.rateLimited = backoff("rate-limit", growth, firstMillis, maxMillis);
      return this;
    }

    /**
     * @param names {@code disconnect-problems}
     * @return this
     */
    public Builder disconnectProblems(String... names) {
      this.disconnectProblems = List.of(names);
      return this;
    }

    /**
     * @param names {@code connection-problems}
     * @return this
     */
    public Builder connectionProblems(String... names) {
      this.connectionProblems = List.of(names);
      return this;
    }

    /** @return the profile */
    public StreamProfile build() {
      if (keepAlive == null || keepAlive.isZero() || keepAlive.isNegative()) {
        throw new IllegalStateException("x-stream needs a positive keep-alive-seconds");
      }
      if (networkErrors == null || httpErrors == null || rateLimited == null) {
        throw new IllegalStateException("x-stream needs backoff.network, backoff.http and backoff.rate-limit");
      }
      return new StreamProfile(this);
    }

    private static Backoff backoff(String name, String growth, String firstMillis, String maxMillis) {
      Growth parsed;
      try {
        parsed = Growth.valueOf(growth.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new IllegalStateException("x-stream backoff." + name + ".growth must be linear or exponential, was '"
            + growth + "'");
      }
      Duration first = millis(name + ".first-millis", firstMillis);
      if (first == null || first.isZero()) {
        throw new IllegalStateException("x-stream backoff." + name + ".first-millis must be positive");
      }
      return new Backoff(parsed, first, millis(name + ".max-millis", maxMillis));
    }

    private static Duration millis(String name, String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        long parsed = Long.parseLong(value.trim());
        if (parsed < 0) {
          throw new NumberFormatException();
        }
        return Duration.ofMillis(parsed);
      } catch (NumberFormatException e) {
        throw new IllegalStateException("x-stream backoff." + name + " must be a number of milliseconds, was '"
            + value + "'");
      }
    }
  }
}
