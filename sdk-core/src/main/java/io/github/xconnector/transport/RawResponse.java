package io.github.xconnector.transport;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A call's typed result together with the HTTP answer it was read from: status, headers, rate-limit state and the
 * body bytes exactly as X sent them. From {@code XClient.withRawResponse(...)}; one request, not two.
 *
 * <p>Immutable; {@link #body()} returns a copy.
 *
 * @param <T> the result type
 */
public final class RawResponse<T> {

  private final T value;
  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  /**
   * Pairs a result with its answer.
   *
   * @param value what the call returned
   * @param statusCode the HTTP status of the answer
   * @param headers the answer's headers
   * @param body the answer's body bytes
   */
  public RawResponse(T value, int statusCode, Map<String, ? extends Collection<String>> headers, byte[] body) {
    this.value = value;
    this.statusCode = statusCode;
    Map<String, List<String>> copy = new TreeMap<>();
    if (headers != null) {
      headers.forEach((name, values) -> {
        if (name != null) {
          copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values));
        }
      });
    }
    this.headers = java.util.Collections.unmodifiableMap(copy);
    this.body = body == null ? new byte[0] : body.clone();
  }

  /** @return what the call returned, as typed methods return it */
  public T value() {
    return value;
  }

  /** @return the HTTP status of the answer */
  public int statusCode() {
    return statusCode;
  }

  /** @return the answer's headers, names in lower case */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * Returns the first value of a header.
   *
   * @param name the header name, in any case
   * @return the value, or empty when the answer has no such header
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** @return the rate-limit state the answer reported */
  public RateLimit rateLimit() {
    return RateLimit.fromHeaders(headers);
  }

  /** @return a copy of the body bytes as received; empty when the answer had no body */
  public byte[] body() {
    return body.clone();
  }

  /** @return the body as UTF-8 text, as X sends JSON */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "RawResponse{status=" + statusCode + ", " + body.length + " body bytes, value=" + value + "}";
  }
}
