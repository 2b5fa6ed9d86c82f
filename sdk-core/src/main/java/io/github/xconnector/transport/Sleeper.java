package io.github.xconnector.transport;

import java.time.Duration;

/**
 * Waits between attempts. The client sleeps only through this interface, so tests can record waits instead of
 * sleeping.
 */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps with {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /**
   * Waits for the given time.
   *
   * @param duration how long to wait
   * @throws InterruptedException if the thread was interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
