package io.github.xconnector.sandbox;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes post and media ids shaped like X's snowflakes: milliseconds since X's epoch shifted left by 22 bits, so ids
 * sort by time. Each id is larger than the last, even for equal or earlier times.
 */
final class PostIds {

  private static final long X_EPOCH_MILLIS = 1288834974657L;

  private final AtomicLong last = new AtomicLong();

  String next(Instant time) {
    long candidate = Math.max(0, time.toEpochMilli() - X_EPOCH_MILLIS) << 22;
    return Long.toString(last.updateAndGet(previous -> Math.max(previous + 1, candidate)));
  }
}
