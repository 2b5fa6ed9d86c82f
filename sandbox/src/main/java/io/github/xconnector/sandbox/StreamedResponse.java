package io.github.xconnector.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Writes one streamed answer on Jetty: the status and headers at once, then each piece as the writer produces it,
 * on the request's own thread, which the writer blocks until the stream ends.
 *
 * <p>The body is chunked; a dropped stream closes the connection between chunks, so a client sees it broken, and a
 * stream that ends sends the last chunk and then closes the connection (no second request rides on it). While the
 * writer waits, the connection is watched for the client closing its side, so a writer learns of a departed client at
 * once instead of at its next write.
 */
final class StreamedResponse implements StreamSink {

  private static final int PROBE_BYTES = 256;

  private final Callback callback;
  private final EndPoint endPoint;
  private final OutputStream out;
  private final AtomicBoolean aborted = new AtomicBoolean();
  private final AtomicBoolean clientGone = new AtomicBoolean();
  private final AtomicReference<Runnable> onClientGone = new AtomicReference<>();

  StreamedResponse(Request request, Response response, Callback callback) {
    this.callback = callback;
    this.endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
    this.out = Content.Sink.asOutputStream(response);
  }

  void write(StreamedBody body) {
    try {
      out.flush();
      watchForClose();
    } catch (IOException e) {
      gone();
    }
    try {
      body.writeTo(this);
      if (aborted.get()) {
        callback.failed(new EofException("Stream connection dropped by the sandbox"));
        return;
      }
      out.close();
      endPoint.close();
      callback.succeeded();
    } catch (IOException | RuntimeException e) {
      callback.failed(e);
    }
  }

  @Override
  public void send(byte[] bytes) throws IOException {
    if (aborted.get() || clientGone.get()) {
      throw new EofException("The stream connection is closed");
    }
    out.write(bytes);
    out.flush();
  }

  @Override
  public void onClientGone(Runnable action) {
    onClientGone.set(action);
    if (clientGone.get()) {
      action.run();
    }
  }

  @Override
  public void abort() {
    if (aborted.compareAndSet(false, true)) {
      endPoint.close();
    }
  }

  /** Asks to be told when the connection becomes readable: for a stream, only a close (or stray bytes) does that. */
  private void watchForClose() {
    endPoint.tryFillInterested(new Callback() {
      @Override
      public void succeeded() {
        ByteBuffer probe = BufferUtil.allocate(PROBE_BYTES);
        try {
          int read;
          do {
            BufferUtil.clear(probe);
            read = endPoint.fill(probe);
          } while (read > 0);
          if (read < 0) {
            gone();
          } else {
            watchForClose();
          }
        } catch (IOException e) {
          gone();
        }
      }

      @Override
      public void failed(Throwable cause) {
        gone();
      }
    });
  }

  private void gone() {
    if (clientGone.compareAndSet(false, true)) {
      Runnable action = onClientGone.get();
      if (action != null) {
        action.run();
      }
    }
  }
}
