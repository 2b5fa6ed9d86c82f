package io.github.xconnector.internal;

import io.github.xconnector.transport.RateLimit;
import io.github.xconnector.transport.RateLimited;
import io.github.xconnector.transport.RateLimits;
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
    Objects.requireNonNull(call, "call");
    ExchangeCapture outer = ExchangeCapture.begin();
    T result;
    ExchangeCapture captured;
    try {
      result = call.get();
    } finally {
      captured = ExchangeCapture.end(outer);
    }
    return new RateLimited<>(result, RateLimit.fromHeaders(captured.headers()));
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
