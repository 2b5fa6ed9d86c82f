package io.github.xconnector.streams;

import java.time.Duration;

/**
 * Observes a stream's connection: every connect, keep-alive, stall, reconnect with its wait, full buffer and dropped
 * line.
 * Each method does nothing unless overridden. Called on the stream's reader thread, so it must return quickly; an
 * exception thrown here is ignored.
 *
 * <pre>{@code
 * StreamListener log = new StreamListener() {
 *   public void reconnecting(Reconnect reconnect) {
 *     System.out.println("reconnecting in " + reconnect.waitTime() + ": " + reconnect.cause());
 *   }
 * };
 * }</pre>
 */
public interface StreamListener {

  /** Does nothing. */
  StreamListener NONE = new StreamListener() {
  };

  /** X accepted the connection (200); posts follow. */
  default void connected() {
  }

  /** X sent a keep-alive: the connection is alive though no post came. */
  default void keepAlive() {
  }

  /**
   * The connection sent nothing, not even a keep-alive, for longer than X's keep-alive interval plus a margin, and
   * was closed; a reconnect follows at once.
   *
   * @param silence how long nothing arrived
   */
  default void stalled(Duration silence) {
  }

  /**
   * The stream is about to wait, then connect again.
   *
   * @param reconnect why, and how long it waits
   */
  default void reconnecting(Reconnect reconnect) {
  }

  /**
   * The buffer is full and the reader waits for the consumer to take an event ({@link OverflowPolicy#BLOCK}); the
   * connection is not read meanwhile.
   *
   * @param bufferSize the number of events the buffer holds
   */
  default void bufferFull(int bufferSize) {
  }

  /**
   * A line was dropped instead of delivered.
   *
   * @param reason why
   * @param droppedSoFar how many the stream dropped in all, this one included
   */
  default void dropped(DropReason reason, long droppedSoFar) {
  }
}
