package io.github.xconnector.sandbox;

/** Writes a response body that is produced over time, such as a stream of posts, to an open connection. */
@FunctionalInterface
interface StreamedBody {

  /** Writes until the stream ends; returns when it ended, whether the client left, the writer stopped or it failed. */
  void writeTo(StreamSink sink);
}
