package io.github.xconnector.transport;

/**
 * A call's result with the rate-limit state X reported on its response, from {@link RateLimits#capture}.
 * Immutable.
 *
 * @param <T> the result type
 */
public final class RateLimited<T> {

  private final T result;
  private final RateLimit rateLimit;

  /**
   * Pairs a result with a rate-limit state.
   *
   * @param result what the call returned
   * @param rateLimit the state X reported
   */
  public RateLimited(T result, RateLimit rateLimit) {
    this.result = result;
    this.rateLimit = rateLimit;
  }

  /** @return what the call returned */
  public T result() {
    return result;
  }

  /** @return the rate-limit state of the call's response; its windows are empty when X sent no headers */
  public RateLimit rateLimit() {
    return rateLimit;
  }

  @Override
  public String toString() {
    return "RateLimited{result=" + result + ", rateLimit=" + rateLimit + "}";
  }
}
