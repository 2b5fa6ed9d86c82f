package io.github.xconnector.streams;

import io.github.xconnector.errors.XException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An open stream of posts. It connects at once, on a thread of its own, and stays connected, reconnecting by X's rules,
 * until it is closed or X refuses it for good (401 or 403: the credentials; 400: the request; the usage cap).
 * Between the connection and the consumer sits a buffer of {@link StreamRequest#bufferSize()} events with the
 * request's {@link OverflowPolicy}.
 *
 * <p>Read it by iterating (one consumer thread), or give a {@link StreamHandler} when opening it. Iteration blocks
 * until the next event; it ends after {@link #close()}, and throws the exception that stopped the stream when X
 * refused it. When the consuming thread is interrupted, the stream is closed, iteration ends and the thread keeps its
 * interrupt flag.
 *
 * <pre>{@code
 * try (PostStream stream = x.streams().filtered(StreamRequest.defaults())) {
 *   for (StreamEvent event : stream) {
 *     if (event instanceof PostEvent post) {
 *       handle(post);
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>{@link #close()} may be called from any thread, also from the handler or a listener: it cancels the connection at
 * once, drops what the buffer holds and returns when the stream's threads have ended.
 */
public final class PostStream implements AutoCloseable, Iterable<StreamEvent> {

  private final String name;
  private final StreamSession session;
  private final EventBuffer buffer;
  private final Thread reader;
  private final Runnable onClose;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile Thread delivery;
  private volatile XException handlerFailure;
  private StreamEvent next;

  PostStream(String name, StreamSession session, EventBuffer buffer, Runnable onClose) {
    this.name = name;
    this.session = session;
    this.buffer = buffer;
    this.onClose = onClose;
    this.reader = new Thread(session, name + " reader");
    this.reader.setDaemon(true);
  }

  void start(StreamHandler handler) {
    if (handler != null) {
      Thread thread = new Thread(() -> deliver(handler), name + " handler");
      thread.setDaemon(true);
      delivery = thread;
      reader.start();
      thread.start();
    } else {
      reader.start();
    }
  }

  private void deliver(StreamHandler handler) {
    XException failure;
    try {
      while (hasNext()) {
        handler.onEvent(next());
      }
      return;
    } catch (XException stopped) {
      failure = stopped;
    } catch (RuntimeException thrown) {
      failure = new XException(name + " stopped: the handler threw " + thrown, thrown);
      handlerFailure = failure;
      close();
    }
    if (!closed.get() || handlerFailure != null) {
      try {
        handler.onFailure(failure);
      } catch (RuntimeException ignored) {
        // The stream has stopped; nothing is left to tell.
      }
    }
  }

  /**
   * Waits for the next event.
   *
   * @return {@code true} when there is one; {@code false} once the stream is closed, or when the waiting thread was
   *     interrupted (the stream is then closed and the thread's interrupt flag set)
   * @throws XException the failure that stopped the stream, such as an
   *     {@link io.github.xconnector.errors.UnauthorizedException} when X refused the credentials, once the events
   *     received before it have been taken
   * @throws IllegalStateException when the stream delivers to a handler and this is another thread
   */
  public boolean hasNext() {
    Thread handlerThread = delivery;
    if (handlerThread != null && Thread.currentThread() != handlerThread) {
      throw new IllegalStateException(name + " delivers its events to a handler; it cannot be iterated too.");
    }
    if (next != null) {
      return true;
    }
    try {
      next = buffer.take();
    } catch (InterruptedException interrupted) {
      close();
      Thread.currentThread().interrupt();
      return false;
    }
    if (next != null) {
      return true;
    }
    XException failure = buffer.failure();
    if (failure != null && !closed.get()) {
      throw failure;
    }
    return false;
  }

  /**
   * Returns the next event, waiting for it.
   *
   * @return the event
   * @throws NoSuchElementException when the stream is closed
   * @throws XException the failure that stopped the stream, as {@link #hasNext()}
   */
  public StreamEvent next() {
    if (!hasNext()) {
      throw new NoSuchElementException(name + " is closed.");
    }
    StreamEvent event = next;
    next = null;
    return event;
  }

  /** @return an iterator over the events of this stream; the stream is read once, whatever the number of iterators */
  @Override
  public Iterator<StreamEvent> iterator() {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return PostStream.this.hasNext();
      }

      @Override
      public StreamEvent next() {
        return PostStream.this.next();
      }
    };
  }

  /** @return the events as a sequential {@link Stream}; closing it closes this stream */
  public Stream<StreamEvent> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED
        | Spliterator.NONNULL), false).onClose(this::close);
  }

  /** @return how many lines were dropped: not delivered because the buffer was full, too long or unreadable */
  public long droppedEvents() {
    return session.dropped();
  }

  /** @return why the stream stopped on its own, when it did: X's refusal, or the handler's exception */
  public Optional<XException> failure() {
    XException thrown = handlerFailure;
    return Optional.ofNullable(thrown != null ? thrown : buffer.failure());
  }

  /** @return whether the stream is neither closed nor stopped */
  public boolean isOpen() {
    return !closed.get() && !buffer.finished();
  }

  /**
   * Closes the stream: the connection is cancelled at once, buffered events are dropped, and the call returns when
   * the stream's threads have ended (the handler's after its current event). Closing twice does nothing more; the
   * calling thread's interrupt flag is kept.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      awaitThreads();
      return;
    }
    session.close();
    buffer.discard();
    reader.interrupt();
    Thread handlerThread = delivery;
    if (handlerThread != null && handlerThread != Thread.currentThread()) {
      handlerThread.interrupt();
    }
    awaitThreads();
    onClose.run();
  }

  private void awaitThreads() {
    boolean interrupted = false;
    for (Thread thread : new Thread[] {reader, delivery}) {
      while (thread != null && thread != Thread.currentThread() && thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "PostStream{" + name + (closed.get() ? ", closed" : isOpen() ? ", open" : ", stopped") + ", dropped="
        + droppedEvents() + "}";
  }
}
