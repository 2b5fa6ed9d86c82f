package io.github.xconnector.streams;

/**
 * What the stream does with an event when its buffer is full, because the consumer is slower than the stream. Either
 * way memory stays bounded by the buffer's size.
 */
public enum OverflowPolicy {
  /**
   * The reader waits until the consumer takes an event: nothing is lost in the client, and the connection is not
   * read meanwhile (the stall timer does not count that time). X closes a connection read too slowly for long (an
   * operational disconnect, {@code SlowReader}); the stream then reconnects, and {@code backfillMinutes} can recover
   * what was missed.
   */
  BLOCK,
  /**
   * The event that does not fit is dropped and counted ({@link PostStream#droppedEvents()}, {@link
   * StreamListener#dropped}); the connection is read at full speed.
   */
  DROP_NEWEST
}
