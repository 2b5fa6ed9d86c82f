package io.github.xconnector.sandbox;

import java.io.IOException;

/** An open connection a streamed body is written to, independent of the server library. */
interface StreamSink {

  /**
   * Writes the bytes and sends them to the client at once.
   *
   * @throws IOException when the connection is closed
   */
  void send(byte[] bytes) throws IOException;

  /**
   * Runs the action once when the client closes its side of the connection. The server notices a close without
   * writing, so a writer that is waiting learns of it at once.
   */
  void onClientGone(Runnable action);

  /** Closes the connection at once without ending the response, as a broken network path would. */
  void abort();
}
