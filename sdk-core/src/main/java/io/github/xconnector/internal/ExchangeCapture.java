package io.github.xconnector.internal;

import java.util.Collection;
import java.util.Map;

/**
 * The exchange a caller asked to see, recorded on the calling thread: status, headers and the body bytes of the last
 * answer of the calls made inside {@link #capture}. Calls run on the thread that makes them, so a thread-local slot
 * sees exactly the calls of one capture, whichever other threads share the client.
 */
public final class ExchangeCapture {

  private static final ThreadLocal<ExchangeCapture> CURRENT = new ThreadLocal<>();

  private int status;
  private Map<String, ? extends Collection<String>> headers = Map.of();
  private byte[] body;
  private boolean answered;

  private ExchangeCapture() {
  }

  /**
   * Starts recording on this thread.
   *
   * @return the previous capture of this thread, to restore with {@link #end}
   */
  public static ExchangeCapture begin() {
    ExchangeCapture outer = CURRENT.get();
    CURRENT.set(new ExchangeCapture());
    return outer;
  }

  /**
   * Stops recording on this thread.
   *
   * @param outer what {@link #begin()} returned
   * @return what was recorded
   */
  public static ExchangeCapture end(ExchangeCapture outer) {
    ExchangeCapture current = CURRENT.get();
    if (outer == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(outer);
    }
    return current;
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
      current.answered = true;
    }
  }

  /** @return whether any answer was recorded */
  public boolean answered() {
    return answered;
  }

  /** @return the status of the last answer */
  public int status() {
    return status;
  }

  /** @return the headers of the last answer */
  public Map<String, ? extends Collection<String>> headers() {
    return headers;
  }

  /** @return the body bytes of the last answer, or an empty array */
  public byte[] body() {
    return body == null ? new byte[0] : body;
  }
}
