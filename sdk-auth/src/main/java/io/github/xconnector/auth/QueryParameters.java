package io.github.xconnector.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Parses a raw (still encoded) URI query, decoding each name and value separately. */
final class QueryParameters {

  private QueryParameters() {
  }

  /**
   * Parses {@code a=1&b=x%26y} into {@code {a=1, b=x&y}}.
   *
   * <p>Splitting happens before decoding, so an encoded {@code &} or {@code =} inside a value cannot split it.
   *
   * @param rawQuery the query as received, or {@code null}
   * @return the parameters
   * @throws IllegalArgumentException when a parameter appears twice (RFC 6749 section 3.1 forbids it) or an escape
   *     is malformed
   */
  static Map<String, String> parse(String rawQuery) {
    Map<String, String> parameters = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      if (parameters.putIfAbsent(name, value) != null) {
        throw new IllegalArgumentException("the parameter '" + name + "' appears more than once");
      }
    }
    return parameters;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
