package io.github.xconnector.streams;

import io.github.xconnector.errors.XException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A reconnect the stream is about to make: why, the how-manieth in a row of its kind, and how long it waits first.
 * The waits follow X's rules for streams, as the spec's {@code x-stream} gives them: none after an established
 * connection ended; after network errors, growing linearly; after HTTP errors and after a 429, doubling, each from
 * its own first wait (README, "Streams"). A connection counts as established once it delivered a byte; then every
 * count starts again.
 *
 * <p>Immutable.
 */
public final class Reconnect {

  /** Why the stream reconnects. */
  public enum Cause {
    /** An established connection ended: X closed it, it broke, or it stalled. No wait. */
    CONNECTION_ENDED,
    /** Connecting failed, or the connection ended before its first byte: refused, reset, timed out. */
    NETWORK_ERROR,
    /** X answered the connection with an HTTP error that may pass (5xx). */
    HTTP_ERROR,
    /** X answered 429, or said in the stream that the app has too many connections. */
    RATE_LIMITED
  }

  private final Cause cause;
  private final int attempt;
  private final Duration waitTime;
  private final XException failure;

  Reconnect(Cause cause, int attempt, Duration waitTime, XException failure) {
    this.cause = Objects.requireNonNull(cause, "cause");
    this.attempt = attempt;
    this.waitTime = Objects.requireNonNull(waitTime, "waitTime");
    this.failure = failure;
  }

  /** @return why */
  public Cause cause() {
    return cause;
  }

  /** @return how many reconnects of this cause came in a row, this one included (1 after an ended connection) */
  public int attempt() {
    return attempt;
  }

  /** @return how long the stream waits before connecting, through the client's {@code Sleeper} */
  public Duration waitTime() {
    return waitTime;
  }

  /** @return the failure that made the reconnect necessary, when there was one */
  public Optional<XException> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Reconnect)) {
      return false;
    }
    Reconnect that = (Reconnect) other;
    return cause == that.cause && attempt == that.attempt && waitTime.equals(that.waitTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cause, attempt, waitTime);
  }

  @Override
  public String toString() {
    return "Reconnect{" + cause + " #" + attempt + ", wait " + waitTime
        + (failure == null ? "" : ", after " + failure.getMessage()) + "}";
  }
}
