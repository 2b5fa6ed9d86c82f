package io.github.xconnector.streams;

import io.github.xconnector.transport.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The stall timer of one connection: a thread of its own that waits, through the client's {@link Sleeper} and by its
 * {@link Clock}, until the connection has been silent for the timeout, and then stops it. Every byte read restarts the
 * timer; while the reader waits for a slow consumer ({@link #pause()}) the connection is not read, and that time does
 * not count.
 */
final class StallWatch implements Runnable {

  private final Duration timeout;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Runnable onStall;
  private final Thread thread;
  private volatile Instant lastActivity;
  private volatile boolean paused;
  private volatile boolean stopped;
  private volatile Duration silence;

  StallWatch(Duration timeout, Clock clock, Sleeper sleeper, Runnable onStall, String threadName) {
    this.timeout = timeout;
    this.clock = clock;
    this.sleeper = sleeper;
    this.onStall = onStall;
    this.thread = new Thread(this, threadName);
    this.thread.setDaemon(true);
  }

  /** Starts the timer: the connection was just opened. */
  void start() {
    lastActivity = clock.instant();
    thread.start();
  }

  /** Restarts the timer: bytes arrived. */
  void activity() {
    lastActivity = clock.instant();
  }

  /** Stops counting: the reader waits for the consumer and does not read meanwhile. */
  void pause() {
    paused = true;
  }

  /** Counts again from now: the reader reads again. */
  void resume() {
    lastActivity = clock.instant();
    paused = false;
  }

  /** @return how long the connection had been silent when the timer stopped it, or {@code null} if it did not */
  Duration stalledAfter() {
    return silence;
  }

  /** Ends the timer and waits for its thread to end; the calling thread's interrupt flag is kept. */
  void stop() {
    stopped = true;
    thread.interrupt();
    if (Thread.currentThread() == thread) {
      return;
    }
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void run() {
    while (!stopped) {
      Instant now = clock.instant();
      Duration idle = paused ? Duration.ZERO : Duration.between(lastActivity, now);
      Duration remaining = timeout.minus(idle);
      if (remaining.isZero() || remaining.isNegative()) {
        silence = idle;
        onStall.run();
        return;
      }
      try {
        sleeper.sleep(remaining);
        // A sleeper that lets no time pass (a test's recording sleeper) would make this loop spin: wait for real.
        if (!stopped && clock.instant().equals(now)) {
          Thread.sleep(Math.max(1, remaining.toMillis()));
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
