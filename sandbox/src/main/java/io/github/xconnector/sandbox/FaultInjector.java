package io.github.xconnector.sandbox;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Switches that make a running sandbox misbehave, for testing how code copes with a slow or failing X.
 *
 * <p>Obtain it with {@link XSandbox#faults()}. Every switch applies to every request, the OAuth endpoints included,
 * from the moment it is set, and is safe to flip from any thread. Drops are checked before 503s, and both before the
 * usage cap. Ratios are random: use the {@code next} counters where a test needs an exact sequence.
 */
public final class FaultInjector {

  /** What the sandbox does instead of answering normally. */
  enum Fault {
    NONE, DROP_CONNECTION, SERVICE_UNAVAILABLE
  }

  private final AtomicReference<Duration> latency = new AtomicReference<>(Duration.ZERO);
  private final AtomicInteger failNext = new AtomicInteger();
  private final AtomicInteger dropNext = new AtomicInteger();
  private final AtomicLong failRatioBits = new AtomicLong(Double.doubleToLongBits(0));
  private final AtomicLong dropRatioBits = new AtomicLong(Double.doubleToLongBits(0));
  private final AtomicBoolean usageCapped = new AtomicBoolean();

  FaultInjector() {}

  /**
   * Delays every response by the given time. {@code Duration.ZERO} turns the delay off.
   *
   * @return this injector
   * @throws IllegalArgumentException if the latency is negative
   */
  public FaultInjector latency(Duration latency) {
    Objects.requireNonNull(latency, "latency");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative, got " + latency);
    }
    this.latency.set(latency);
    return this;
  }

  /**
   * Answers the next {@code count} requests with X's 503 Service Unavailable.
   *
   * @return this injector
   */
  public FaultInjector failNext(int count) {
    failNext.set(requireCount(count));
    return this;
  }

  /**
   * Answers each request with a 503 with the given probability, between 0 and 1.
   *
   * @return this injector
   */
  public FaultInjector failRatio(double ratio) {
    failRatioBits.set(Double.doubleToLongBits(requireRatio(ratio)));
    return this;
  }

  /**
   * Closes the connection of the next {@code count} requests without sending any response.
   *
   * @return this injector
   */
  public FaultInjector dropNext(int count) {
    dropNext.set(requireCount(count));
    return this;
  }

  /**
   * Closes the connection without a response with the given probability, between 0 and 1.
   *
   * @return this injector
   */
  public FaultInjector dropRatio(double ratio) {
    dropRatioBits.set(Double.doubleToLongBits(requireRatio(ratio)));
    return this;
  }

  /**
   * Answers every X API request (not the OAuth endpoints) with X's 429 {@code usage-capped} problem while on.
   *
   * @return this injector
   */
  public FaultInjector usageCapped(boolean capped) {
    usageCapped.set(capped);
    return this;
  }

  /**
   * Turns every switch off.
   *
   * @return this injector
   */
  public FaultInjector reset() {
    latency.set(Duration.ZERO);
    failNext.set(0);
    dropNext.set(0);
    failRatioBits.set(Double.doubleToLongBits(0));
    dropRatioBits.set(Double.doubleToLongBits(0));
    usageCapped.set(false);
    return this;
  }

  Duration currentLatency() {
    return latency.get();
  }

  boolean isUsageCapped() {
    return usageCapped.get();
  }

  /** Picks the fault for one request, consuming a "next N" count when one applies. */
  Fault nextFault() {
    if (takeOne(dropNext) || chance(dropRatioBits)) {
      return Fault.DROP_CONNECTION;
    }
    if (takeOne(failNext) || chance(failRatioBits)) {
      return Fault.SERVICE_UNAVAILABLE;
    }
    return Fault.NONE;
  }

  private static boolean takeOne(AtomicInteger counter) {
    return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }

  private static boolean chance(AtomicLong ratioBits) {
    double ratio = Double.longBitsToDouble(ratioBits.get());
    return ratio > 0 && ThreadLocalRandom.current().nextDouble() < ratio;
  }

  private static int requireCount(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, got " + count);
    }
    return count;
  }

  private static double requireRatio(double ratio) {
    if (!(ratio >= 0 && ratio <= 1)) {
      throw new IllegalArgumentException("ratio must be between 0 and 1, got " + ratio);
    }
    return ratio;
  }
}
