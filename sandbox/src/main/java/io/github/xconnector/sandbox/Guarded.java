package io.github.xconnector.sandbox;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/** The lock of one in-memory store: reads share it, changes hold it alone. */
final class Guarded {

  private final ReadWriteLock lock = new ReentrantReadWriteLock();

  /** Runs a read of the store's state. */
  <T> T read(Supplier<T> action) {
    lock.readLock().lock();
    try {
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Runs a change of the store's state and returns its result. */
  <T> T write(Supplier<T> action) {
    lock.writeLock().lock();
    try {
      return action.get();
    } finally {
      lock.writeLock().unlock();
    }
  }
}
