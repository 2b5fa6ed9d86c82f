package io.github.xconnector.sandbox;

import java.time.Duration;
import java.util.Objects;

/**
 * Switches that make the sandbox's post streams misbehave the ways X's do, so that code reading a stream can rehearse
 * every case: a dropped connection, a stalled one, X's {@code operational-disconnect} message, and connections
 * refused with 429 or 503.
 *
 * <p>Obtain it with {@link XSandbox#streams()}. The switches act on the connections open at the moment they are
 * flipped (except {@link #refuseNextConnections(int, int)}, which acts on the next ones), after the posts already on
 * their way: a post published before {@code dropConnections()} is still written first. Safe to use from any thread.
 *
 * <p>Each connection keeps at most the configured number of posts waiting to be written
 * ({@link XSandbox.Builder#streamBuffer(int)}); when a reader is slower than the posts, or the connection is stalled,
 * further posts are dropped and counted in {@link #droppedPosts()}, never buffered without bound.
 *
 * <p>The fault switches of {@link XSandbox#faults()} apply to stream connections too: {@code dropNext} breaks the
 * connection before it is established and {@code failNext} answers it with a 503.
 */
public final class StreamControl {

  /** The {@code disconnect_type} of {@link #operationalDisconnect()}. */
  public static final String DEFAULT_DISCONNECT_TYPE = "OperationalDisconnect";

  private final StreamHub hub;

  StreamControl(StreamHub hub) {
    this.hub = hub;
  }

  /** Returns how many stream connections are open now. */
  public int openConnections() {
    return hub.openConnections();
  }

  /**
   * Waits until exactly {@code count} stream connections are open, such as the one a test just opened, or none after
   * a client closed its stream.
   *
   * @return true when that many are open, false if the timeout passed first or the thread was interrupted (the
   *     interrupt flag is then set again)
   * @throws IllegalArgumentException if the count is negative
   */
  public boolean awaitOpenConnections(int count, Duration timeout) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, got " + count);
    }
    Objects.requireNonNull(timeout, "timeout");
    try {
      return hub.awaitOpenConnections(count, timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Closes every open stream connection at once, without ending the response, as a broken network path would. A
   * client should reconnect immediately.
   *
   * @return this control
   */
  public StreamControl dropConnections() {
    hub.forEachOpen(StreamConnection::drop);
    return this;
  }

  /**
   * Makes every open stream connection fall silent: no posts and no keep-alives, until the client gives up and
   * closes it. Posts published meanwhile wait in the connection's bounded buffer.
   *
   * @return this control
   */
  public StreamControl stall() {
    hub.forEachOpen(StreamConnection::stall);
    return this;
  }

  /**
   * Writes X's {@code operational-disconnect} message, with {@code disconnect_type} {@value #DEFAULT_DISCONNECT_TYPE},
   * into every open stream, then ends those streams.
   *
   * @return this control
   */
  public StreamControl operationalDisconnect() {
    return operationalDisconnect(DEFAULT_DISCONNECT_TYPE, "The sandbox closed this stream for operational reasons."
        + " Reconnect to continue.");
  }

  /**
   * Writes X's {@code operational-disconnect} message with the given {@code disconnect_type} (X uses
   * {@code OperationalDisconnect}, {@code UpstreamOperationalDisconnect}, {@code ForceDisconnect},
   * {@code SlowReader}, ...) and detail into every open stream, then ends those streams.
   *
   * @return this control
   * @throws IllegalArgumentException if the type or detail is blank
   */
  public StreamControl operationalDisconnect(String disconnectType, String detail) {
    requireText(disconnectType, "disconnectType");
    requireText(detail, "detail");
    hub.forEachOpen(connection -> connection.disconnect(StreamProblems.operationalDisconnect(disconnectType,
        detail)));
    return this;
  }

  /**
   * Answers the next {@code count} stream connections, of any stream, instead of opening them: with 429, X's
   * {@code ConnectionException} problem ({@code connection_issue} {@code TooManyConnections}); with 503, X's Service
   * Unavailable. Calls add up: a later plan answers after the earlier ones.
   *
   * @return this control
   * @throws IllegalArgumentException if the count is negative or the status is not 429 or 503
   */
  public StreamControl refuseNextConnections(int count, int status) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, got " + count);
    }
    if (status != 429 && status != 503) {
      throw new IllegalArgumentException("A stream connection can be refused with 429 or 503, got " + status);
    }
    hub.refuseNext(count, status);
    return this;
  }

  /** Returns how many posts were dropped, over all connections, because a connection's buffer was full. */
  public long droppedPosts() {
    return hub.droppedPosts();
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
