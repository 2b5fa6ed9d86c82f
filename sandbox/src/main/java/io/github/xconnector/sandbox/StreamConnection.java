package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * One open stream connection: what is waiting to be written to it, and the writer that writes it.
 *
 * <p>Posts are rendered when they are published and wait in a bounded queue of {@code capacity} lines. When the
 * client reads more slowly than posts arrive (or the connection is stalled), the queue fills up and further posts are
 * dropped and counted rather than buffered: the sandbox's memory stays bounded whatever the reader does.
 *
 * <p>Commands (stall, drop, operational disconnect, end) wait in the same queue, so everything published before a
 * command is written before it takes effect. A stalled connection writes nothing, keep-alives included, and still
 * obeys a later drop or disconnect.
 *
 * <p>The writer waits on a condition, never sleeps: a post, a command, the client leaving or the keep-alive time
 * wakes it, so it ends at once when the connection closes.
 */
final class StreamConnection implements StreamedBody {

  private static final byte[] LINE_END = "\r\n".getBytes(StandardCharsets.UTF_8);

  /** What the writer does next. */
  private sealed interface Event permits Line, Stall, Drop, Disconnect, End {}

  private record Line(byte[] bytes) implements Event {}

  private record Stall() implements Event {}

  private record Drop() implements Event {}

  private record Disconnect(byte[] message) implements Event {}

  private record End() implements Event {}

  private final String key;
  private final Duration keepAlive;
  private final int capacity;
  private final Function<Post, ObjectNode> renderer;
  private final StreamHub hub;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<Event> events = new ArrayDeque<>();
  private final CountDownLatch finished = new CountDownLatch(1);
  private int queuedLines;
  private boolean stalled;
  private boolean over;

  /**
   * Creates a connection that is not yet registered.
   *
   * @param key what the one-connection rule counts by (app, stream and partition)
   * @param renderer the line for a post, or null when the post does not belong on this stream
   */
  StreamConnection(String key, Duration keepAlive, int capacity, Function<Post, ObjectNode> renderer,
      StreamHub hub) {
    this.key = key;
    this.keepAlive = keepAlive;
    this.capacity = capacity;
    this.renderer = renderer;
    this.hub = hub;
  }

  String key() {
    return key;
  }

  /** Offers a published post: rendered and queued when it belongs on this stream and the queue has room. */
  void publish(Post post) {
    ObjectNode line = renderer.apply(post);
    if (line != null) {
      offerLine(Json.bytes(line));
    }
  }

  void stall() {
    command(new Stall());
  }

  void drop() {
    command(new Drop());
  }

  void disconnect(ObjectNode message) {
    command(new Disconnect(Json.bytes(message)));
  }

  /** Ends the stream, such as when the sandbox closes; the writer finishes the response and returns. */
  void end() {
    lock.lock();
    try {
      if (!over) {
        events.addFirst(new End());
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Waits until the writer has returned, or the time is up; returns whether it returned. */
  boolean awaitFinished(Duration timeout) throws InterruptedException {
    return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public void writeTo(StreamSink sink) {
    sink.onClientGone(this::end);
    try {
      while (true) {
        Event event = next();
        if (event instanceof Line line) {
          sink.send(withLineEnd(line.bytes()));
        } else if (event == null) {
          sink.send(LINE_END);
        } else if (event instanceof Disconnect disconnect) {
          hub.closed(this);
          sink.send(withLineEnd(disconnect.message()));
          return;
        } else if (event instanceof Drop) {
          hub.closed(this);
          sink.abort();
          return;
        } else {
          return;
        }
      }
    } catch (IOException e) {
      // The client left; the connection is over.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      lock.lock();
      try {
        over = true;
        events.clear();
        queuedLines = 0;
      } finally {
        lock.unlock();
      }
      hub.closed(this);
      finished.countDown();
    }
  }

  /** The next event, or null when a keep-alive is due. A stalled connection only takes commands. */
  private Event next() throws InterruptedException {
    lock.lock();
    try {
      long deadline = System.nanoTime() + keepAlive.toNanos();
      while (true) {
        Event event = stalled ? takeCommand() : events.poll();
        if (event instanceof Line) {
          queuedLines--;
          return event;
        }
        if (event instanceof Stall) {
          stalled = true;
          continue;
        }
        if (event != null) {
          return event;
        }
        if (stalled) {
          changed.await();
          continue;
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          return null;
        }
        changed.awaitNanos(remaining);
      }
    } finally {
      lock.unlock();
    }
  }

  /** Takes the first command past the queued lines, leaving the lines where they are. */
  private Event takeCommand() {
    Iterator<Event> queued = events.iterator();
    while (queued.hasNext()) {
      Event event = queued.next();
      if (!(event instanceof Line)) {
        queued.remove();
        return event;
      }
    }
    return null;
  }

  private void offerLine(byte[] bytes) {
    lock.lock();
    try {
      if (over) {
        return;
      }
      if (queuedLines >= capacity) {
        hub.countDropped();
        return;
      }
      events.add(new Line(bytes));
      queuedLines++;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void command(Event command) {
    lock.lock();
    try {
      if (!over) {
        events.add(command);
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  private static byte[] withLineEnd(byte[] bytes) {
    byte[] line = new byte[bytes.length + LINE_END.length];
    System.arraycopy(bytes, 0, line, 0, bytes.length);
    System.arraycopy(LINE_END, 0, line, bytes.length, LINE_END.length);
    return line;
  }
}
