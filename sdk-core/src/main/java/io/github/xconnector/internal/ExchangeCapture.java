package io.github.xconnector.internal;

import java.util.Collection;
import io.github.xconnector.transport.RawResponse;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The exchange a caller asked to see, recorded on the calling thread: status, headers and the body bytes of the last
 * answer of the calls made inside {@link #capture(Supplier)}. Calls run on the thread that makes them, so a thread-local slot
 * sees exactly the calls of one capture, whichever other threads share the client.
 */
public final class ExchangeCapture {

  private static final ThreadLocal<ExchangeCapture> CURRENT = new ThreadLocal<>();

  private int status;
  private Map<String, ? extends Collection<String>> headers = Map.of();
  private byte[] body;

  private ExchangeCapture() {
  }

  /**
   * Makes calls on this thread and returns their result with the last answer they received. A capture inside
   * another one is seen by the inner one only.
   *
   * @param call the calls
   * @param <T> the result type
   * @return the result and the answer
   */
  public static <T> RawResponse<T> capture(Supplier<T> call) {
    ExchangeCapture outer = CURRENT.get();
    ExchangeCapture captured = new ExchangeCapture();
    CURRENT.set(captured);
    T value;
    try {
      value = call.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
    return new RawResponse<>(value, captured.status, captured.headers, captured.body);
  }

  /** @return whether a capture is in progress on this thread, so the decoder keeps the body bytes */
  static boolean active() {
    return CURRENT.get() != null;
  }

  static void body(byte[] bytes) {
    ExchangeCapture current = CURRENT.get();
    if (current != null) {
      current.body = bytes;
    }
  }

  static void record(int status, Map<String, ? extends Collection<String>> headers) {
    ExchangeCapture current = CURRENT.get();
    if (current != null) {
      current.status = status;
      current.headers = headers == null ? Map.of() : headers;
    }
  }
}
