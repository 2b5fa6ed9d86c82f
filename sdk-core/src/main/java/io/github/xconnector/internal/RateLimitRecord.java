package io.github.xconnector.internal;

import io.github.xconnector.transport.RateLimit;
import io.github.xconnector.transport.RateLimited;
import io.github.xconnector.transport.RateLimits;
import io.github.xconnector.transport.RawResponse;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** A client's {@link RateLimits}: the call path records every answer's headers here. Thread-safe. */
public final class RateLimitRecord implements RateLimits, CallExecutor.HeaderSink {

  private final Map<String, RateLimit> latest = new ConcurrentHashMap<>();

  @Override
  public Optional<RateLimit> latest(String endpoint) {
    Objects.requireNonNull(endpoint, "endpoint");
    return Optional.ofNullable(latest.get(endpoint));
  }

  @Override
  public Map<String, RateLimit> snapshot() {
    return Map.copyOf(latest);
  }

  @Override
  public <T> RateLimited<T> capture(Supplier<T> call) {
    RawResponse<T> answered = ExchangeCapture.capture(Objects.requireNonNull(call, "call"));
    return new RateLimited<>(answered.value(), answered.rateLimit());
  }

  @Override
  public void accept(Operation operation, Map<String, ? extends Collection<String>> headers) {
    RateLimit rateLimit = RateLimit.fromHeaders(headers);
    if (rateLimit.endpoint().isPresent() || rateLimit.appDaily().isPresent() || rateLimit.userDaily().isPresent()) {
      latest.put(operation.endpoint(), rateLimit);
    }
  }

  @Override
  public String toString() {
    return "RateLimits" + latest;
  }
}
