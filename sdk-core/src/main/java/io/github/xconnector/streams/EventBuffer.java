package io.github.xconnector.streams;

import io.github.xconnector.errors.XException;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bounded queue between a stream's reader and its consumer, which also carries the end of the stream: once
 * finished, the consumer takes what is left and then learns how it ended. Thread-safe.
 */
final class EventBuffer {

  private final int capacity;
  private final ArrayDeque<StreamEvent> events = new ArrayDeque<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition notEmpty = lock.newCondition();
  private final Condition notFull = lock.newCondition();
  private boolean finished;
  private XException failure;

  EventBuffer(int capacity) {
    this.capacity = capacity;
  }

  /** Adds an event, waiting while the buffer is full; after the end, drops it. */
  void put(StreamEvent event) throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (events.size() >= capacity && !finished) {
        notFull.await();
      }
      if (!finished) {
        events.add(event);
        notEmpty.signal();
      }
    } finally {
      lock.unlock();
    }
  }

  /** Adds an event if there is room; {@code false} when full. After the end, drops it and returns {@code true}. */
  boolean offer(StreamEvent event) {
    lock.lock();
    try {
      if (finished) {
        return true;
      }
      if (events.size() >= capacity) {
        return false;
      }
      events.add(event);
      notEmpty.signal();
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Takes the next event, waiting for one; {@code null} once the buffer is finished and empty. */
  StreamEvent take() throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (events.isEmpty() && !finished) {
        notEmpty.await();
      }
      StreamEvent next = events.poll();
      if (next != null) {
        notFull.signal();
      }
      return next;
    } finally {
      lock.unlock();
    }
  }

  /** Ends the stream; the consumer still takes what is held. The first end counts. */
  void finish(XException why) {
    lock.lock();
    try {
      if (!finished) {
        finished = true;
        failure = why;
      }
      notEmpty.signalAll();
      notFull.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Ends the stream and drops what is held: the consumer sees the end at once. */
  void discard() {
    lock.lock();
    try {
      finished = true;
      events.clear();
      notEmpty.signalAll();
      notFull.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** @return why the stream stopped on its own, or {@code null} */
  XException failure() {
    lock.lock();
    try {
      return failure;
    } finally {
      lock.unlock();
    }
  }

  /** @return whether the stream has ended, closed or stopped */
  boolean finished() {
    lock.lock();
    try {
      return finished;
    } finally {
      lock.unlock();
    }
  }

  /** @return how many events are held */
  int size() {
    lock.lock();
    try {
      return events.size();
    } finally {
      lock.unlock();
    }
  }
}
