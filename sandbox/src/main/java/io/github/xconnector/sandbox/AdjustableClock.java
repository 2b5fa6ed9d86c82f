package io.github.xconnector.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it: pass it to {@link XSandbox.Builder#clock(Clock)} to expire tokens,
 * finish media processing or roll rate-limit windows without waiting.
 *
 * <p>Thread-safe: the sandbox reads it on its server threads while the test advances it.
 */
public final class AdjustableClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private AdjustableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Creates a clock standing at the given instant, in UTC. */
  public static AdjustableClock at(Instant instant) {
    return new AdjustableClock(new AtomicReference<>(Objects.requireNonNull(instant, "instant")), ZoneOffset.UTC);
  }

  /**
   * Moves the clock forward.
   *
   * @throws IllegalArgumentException if the duration is negative
   */
  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("A clock only moves forward here; got " + duration);
    }
    now.updateAndGet(t -> t.plus(duration));
  }

  /** Sets the clock to an instant. */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  /** Returns the time the clock stands at. */
  @Override
  public Instant instant() {
    return now.get();
  }

  /** Returns the zone of this clock (UTC unless derived with {@link #withZone}). */
  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** Returns a clock sharing this one's time, in another zone. */
  @Override
  public Clock withZone(ZoneId newZone) {
    return new AdjustableClock(now, newZone);
  }
}
