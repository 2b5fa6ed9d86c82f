package io.github.xconnector.sandbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open stream connections of a sandbox: hands every published post to each of them, enforces one connection per
 * app and stream, and keeps the answers planned for the next connections.
 *
 * <p>A client that drops a connection and reconnects at once may arrive before the sandbox has seen the old
 * connection close; a new connection therefore waits up to {@link #CLOSE_GRACE} for the old one to go before it is
 * refused with X's {@code TooManyConnections}.
 */
final class StreamHub {

  private static final Logger LOG = LoggerFactory.getLogger(StreamHub.class);
  private static final Duration CLOSE_GRACE = Duration.ofSeconds(1);
  private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(5);

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Map<String, StreamConnection> open = new LinkedHashMap<>();
  private final ArrayDeque<Integer> plannedRefusals = new ArrayDeque<>();
  private final AtomicLong droppedPosts = new AtomicLong();
  private boolean shutDown;

  /**
   * Registers a new connection, or returns the answer that refuses it: a planned refusal, X's 429
   * {@code TooManyConnections} while the same app holds a connection with the same key, or a 503 once the sandbox is
   * closing.
   */
  SandboxResponse open(StreamConnection connection) {
    lock.lock();
    try {
      if (shutDown) {
        return Problems.serviceUnavailable();
      }
      Integer refusal = plannedRefusals.poll();
      if (refusal != null) {
        return refusal == 429 ? StreamProblems.tooManyConnections() : Problems.serviceUnavailable();
      }
      long graceLeft = CLOSE_GRACE.toNanos();
      while (open.containsKey(connection.key()) && graceLeft > 0) {
        graceLeft = changed.awaitNanos(graceLeft);
      }
      if (open.containsKey(connection.key())) {
        return StreamProblems.tooManyConnections();
      }
      open.put(connection.key(), connection);
      changed.signalAll();
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Problems.serviceUnavailable();
    } finally {
      lock.unlock();
    }
  }

  /** Forgets a connection that ended; a new one with its key may open at once. */
  void closed(StreamConnection connection) {
    lock.lock();
    try {
      if (open.remove(connection.key(), connection)) {
        changed.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Hands a published post to every open connection; a failure to render it for one never fails the publisher. */
  void published(Post post) {
    for (StreamConnection connection : snapshot()) {
      try {
        connection.publish(post);
      } catch (RuntimeException e) {
        LOG.warn("The X sandbox could not render post {} for a stream", post.id(), e);
      }
    }
  }

  void forEachOpen(Consumer<StreamConnection> action) {
    snapshot().forEach(action);
  }

  int openConnections() {
    lock.lock();
    try {
      return open.size();
    } finally {
      lock.unlock();
    }
  }

  /** Waits until exactly {@code count} connections are open; returns false if the time ran out first. */
  boolean awaitOpenConnections(int count, Duration timeout) throws InterruptedException {
    lock.lock();
    try {
      long left = timeout.toNanos();
      while (open.size() != count) {
        if (left <= 0) {
          return false;
        }
        left = changed.awaitNanos(left);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Plans the answer to the next {@code count} connections, after those already planned. */
  void refuseNext(int count, int status) {
    lock.lock();
    try {
      for (int i = 0; i < count; i++) {
        plannedRefusals.add(status);
      }
    } finally {
      lock.unlock();
    }
  }

  void countDropped() {
    droppedPosts.incrementAndGet();
  }

  long droppedPosts() {
    return droppedPosts.get();
  }

  /** Ends every open stream and refuses new ones; waits a little for the writers to return. */
  void shutDown() {
    List<StreamConnection> connections;
    lock.lock();
    try {
      shutDown = true;
      connections = new ArrayList<>(open.values());
    } finally {
      lock.unlock();
    }
    connections.forEach(StreamConnection::end);
    long deadline = System.nanoTime() + SHUTDOWN_WAIT.toNanos();
    try {
      for (StreamConnection connection : connections) {
        connection.awaitFinished(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private List<StreamConnection> snapshot() {
    lock.lock();
    try {
      return new ArrayList<>(open.values());
    } finally {
      lock.unlock();
    }
  }
}
