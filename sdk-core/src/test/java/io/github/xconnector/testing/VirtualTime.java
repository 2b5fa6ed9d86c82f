package io.github.xconnector.testing;

import io.github.xconnector.transport.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock and a sleeper on one virtual time line: a sleeping thread waits until the test moves the clock past its
 * deadline, so tests see every wait the code asks for, exactly, and decide when it ends, without real sleeping.
 */
public final class VirtualTime extends Clock implements Sleeper {

  /** One wait a thread asked for. */
  public record Wait(String thread, Duration duration) {
  }

  private Instant now;
  private final List<Wait> waits = new ArrayList<>();
  private final List<Wait> sleeping = new ArrayList<>();

  public VirtualTime(Instant start) {
    this.now = start;
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("VirtualTime is UTC");
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    Wait wait = new Wait(Thread.currentThread().getName(), duration);
    synchronized (this) {
      Instant deadline = now.plus(duration);
      waits.add(wait);
      sleeping.add(wait);
      notifyAll();
      try {
        while (now.isBefore(deadline)) {
          wait();
        }
      } finally {
        sleeping.remove(wait);
        notifyAll();
      }
    }
  }

  /** Moves the clock on, waking every thread whose wait has passed. */
  public synchronized void advance(Duration duration) {
    now = now.plus(duration);
    notifyAll();
  }

  /** Blocks until a thread whose name contains {@code threadPart} sleeps for exactly {@code duration}. */
  public synchronized void awaitSleeping(String threadPart, Duration duration) throws InterruptedException {
    while (sleeping.stream().noneMatch(w -> w.thread().contains(threadPart) && w.duration().equals(duration))) {
      wait();
    }
  }

  /** Blocks until no thread whose name contains {@code threadPart} sleeps. */
  public synchronized void awaitNoneSleeping(String threadPart) throws InterruptedException {
    while (sleeping.stream().anyMatch(w -> w.thread().contains(threadPart))) {
      wait();
    }
  }

  /** The waits asked for by threads whose name contains {@code threadPart}, in order. */
  public synchronized List<Duration> waitsOf(String threadPart) {
    List<Duration> found = new ArrayList<>();
    for (Wait wait : waits) {
      if (wait.thread().contains(threadPart)) {
        found.add(wait.duration());
      }
    }
    return found;
  }
}
