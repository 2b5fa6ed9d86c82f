package io.github.xconnector.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries: which failures, how often, and how long it waits.
 *
 * <p>Requests that are safe to repeat ({@code GET}, {@code DELETE}) are retried after 5xx answers, connection
 * failures, timeouts and unreadable bodies, with exponential backoff and jitter. Requests that create something
 * ({@code POST}: a post, a like, a follow, a media segment) are retried only when they certainly did not reach X
 * (connection refused, unknown host) or X answered 429, so nothing is published twice. A 429 waits until X's reset
 * time when that is within {@link #maxRateLimitWait()}; a {@code usage-capped} 429 never waits.
 *
 * <p>Instances are immutable; {@link #toBuilder()} derives variants.
 */
public final class RetryPolicy {

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double jitter;
  private final Duration maxRateLimitWait;
  private final Duration rateLimitMargin;
  private final Duration maxRetryTime;

  private RetryPolicy(Builder builder) {
    this.maxRetries = builder.maxRetries;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.jitter = builder.jitter;
    this.maxRateLimitWait = builder.maxRateLimitWait;
    this.rateLimitMargin = builder.rateLimitMargin;
    this.maxRetryTime = builder.maxRetryTime;
  }

  /**
   * Returns the default policy: 3 retries, backoff from 500 ms doubling up to 8 s with 50% jitter, rate-limit waits
   * up to 15 minutes plus a 1 s margin, and at most 2 minutes spent on backoff retries per call.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /**
   * Returns a policy that never retries and never waits.
   *
   * @return a policy with no retries
   */
  public static RetryPolicy none() {
    return builder().maxRetries(0).maxRateLimitWait(Duration.ZERO).build();
  }

  /**
   * Starts a builder with the default values.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this policy's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().maxRetries(maxRetries).initialBackoff(initialBackoff).maxBackoff(maxBackoff)
        .jitter(jitter).maxRateLimitWait(maxRateLimitWait).rateLimitMargin(rateLimitMargin).maxRetryTime(maxRetryTime);
  }

  /** @return the most retries of one call, after the first attempt. Defaults to 3. */
  public int maxRetries() {
    return maxRetries;
  }

  /** @return the wait before the first backoff retry; it doubles with each retry. Defaults to 500 ms. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** @return the longest backoff wait. Defaults to 8 s. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** @return the fraction of each backoff wait that is random, from 0 to 1. Defaults to 0.5. */
  public double jitter() {
    return jitter;
  }

  /** @return the longest wait for a rate-limit reset; longer waits fail at once. Defaults to 15 minutes. */
  public Duration maxRateLimitWait() {
    return maxRateLimitWait;
  }

  /** @return the time added to X's reset time before retrying. Defaults to 1 s. */
  public Duration rateLimitMargin() {
    return rateLimitMargin;
  }

  /** @return the most time one call spends on backoff retries (rate-limit waits excluded). Defaults to 2 minutes. */
  public Duration maxRetryTime() {
    return maxRetryTime;
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff + ", maxBackoff="
        + maxBackoff + ", jitter=" + jitter + ", maxRateLimitWait=" + maxRateLimitWait + ", rateLimitMargin="
        + rateLimitMargin + ", maxRetryTime=" + maxRetryTime + "}";
  }

  /** Builds a {@link RetryPolicy}. Not thread-safe; the policies it builds are. */
  public static final class Builder {
    private int maxRetries = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private double jitter = 0.5;
    private Duration maxRateLimitWait = Duration.ofMinutes(15);
    private Duration rateLimitMargin = Duration.ofSeconds(1);
    private Duration maxRetryTime = Duration.ofMinutes(2);

    private Builder() {
    }

    /**
     * Sets the most retries of one call.
     *
     * @param maxRetries zero or more
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be zero or more, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Sets the first backoff wait.
     *
     * @param initialBackoff a non-negative duration
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * Sets the longest backoff wait.
     *
     * @param maxBackoff a non-negative duration
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Sets the random fraction of each backoff wait; 0 makes waits exact.
     *
     * @param jitter from 0 to 1
     * @return this builder
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * Sets the longest wait for a rate-limit reset; zero never waits.
     *
     * @param maxRateLimitWait a non-negative duration
     * @return this builder
     */
    public Builder maxRateLimitWait(Duration maxRateLimitWait) {
      this.maxRateLimitWait = nonNegative(maxRateLimitWait, "maxRateLimitWait");
      return this;
    }

    /**
     * Sets the time added to X's reset time.
     *
     * @param rateLimitMargin a non-negative duration
     * @return this builder
     */
    public Builder rateLimitMargin(Duration rateLimitMargin) {
      this.rateLimitMargin = nonNegative(rateLimitMargin, "rateLimitMargin");
      return this;
    }

    /**
     * Sets the most time one call spends on backoff retries.
     *
     * @param maxRetryTime a non-negative duration
     * @return this builder
     */
    public Builder maxRetryTime(Duration maxRetryTime) {
      this.maxRetryTime = nonNegative(maxRetryTime, "maxRetryTime");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy; later changes to this builder do not affect it
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + value);
      }
      return value;
    }
  }
}
