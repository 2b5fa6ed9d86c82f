package io.github.xconnector.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Cancels one attempt to open and read a stream, from any thread, whatever it is doing at the time: still connecting,
 * waiting for the answer's headers, or reading the body. The transport attaches what stops the exchange (an OkHttp
 * call's {@code cancel}, the body's {@code close}) while the attempt runs on the calling thread; whatever is attached
 * after {@link #cancel()} is stopped at once.
 *
 * <p>Thread-safe.
 */
public final class StreamCancellation {

  private static final ThreadLocal<StreamCancellation> CURRENT = new ThreadLocal<>();

  private final List<Closeable> attached = new ArrayList<>();
  private boolean cancelled;

  /**
   * Runs an attempt with this cancellation as the current one of the thread, so the transport can attach to it.
   *
   * @param attempt the attempt
   * @param <T> its result
   * @return its result
   */
  public <T> T run(Supplier<T> attempt) {
    StreamCancellation previous = CURRENT.get();
    CURRENT.set(this);
    try {
      return attempt.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /**
   * Attaches what stops the exchange of the current thread's attempt, if it has one.
   *
   * @param stop closes or cancels the exchange
   */
  static void attachToCurrent(Closeable stop) {
    StreamCancellation current = CURRENT.get();
    if (current != null) {
      current.attach(stop);
    }
  }

  /**
   * Attaches what stops the exchange; stops it at once when the attempt is already cancelled.
   *
   * @param stop closes or cancels the exchange
   */
  public void attach(Closeable stop) {
    boolean now;
    synchronized (this) {
      now = cancelled;
      if (!now) {
        attached.add(stop);
      }
    }
    if (now) {
      quietly(stop);
    }
  }

  /** Stops the attempt: everything attached is closed, and so is anything attached later. */
  public void cancel() {
    List<Closeable> stops;
    synchronized (this) {
      if (cancelled) {
        return;
      }
      cancelled = true;
      stops = new ArrayList<>(attached);
      attached.clear();
    }
    stops.forEach(StreamCancellation::quietly);
  }

  /** @return whether {@link #cancel()} was called */
  public synchronized boolean isCancelled() {
    return cancelled;
  }

  private static void quietly(Closeable stop) {
    try {
      stop.close();
    } catch (IOException | RuntimeException ignored) {
      // Stopping is all that is wanted; a failure to close leaves nothing to do.
    }
  }
}
