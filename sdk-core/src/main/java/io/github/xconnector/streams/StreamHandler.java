package io.github.xconnector.streams;

import io.github.xconnector.errors.XException;

/**
 * Receives the events of a stream opened with a handler, one at a time, on a thread of the stream's own. The next
 * event waits until {@link #onEvent} returns; what does not fit into the stream's buffer meanwhile is handled by
 * its {@link OverflowPolicy}.
 */
@FunctionalInterface
public interface StreamHandler {

  /**
   * Handles one event. An exception thrown here stops the stream and reaches {@link #onFailure}.
   *
   * @param event the event
   */
  void onEvent(StreamEvent event);

  /**
   * Called once when the stream stops on its own: X refused the credentials (401, 403) or the request (400),
   * the usage cap was reached, or {@link #onEvent} threw. Not called when the stream is closed.
   *
   * @param failure why it stopped
   */
  default void onFailure(XException failure) {
  }
}
