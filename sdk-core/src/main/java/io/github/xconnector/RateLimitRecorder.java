package io.github.xconnector;

import feign.InvocationContext;
import feign.MethodMetadata;
import feign.RequestLine;
import feign.Response;
import feign.ResponseInterceptor;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Hands the rate-limit headers of every response to {@link RateLimits}, keyed by the operation's endpoint. */
final class RateLimitRecorder implements ResponseInterceptor {

  private final RateLimits rateLimits;
  // The endpoint of each interface method, worked out once: this runs on every response.
  private final Map<Method, String> endpoints = new ConcurrentHashMap<>();

  RateLimitRecorder(RateLimits rateLimits) {
    this.rateLimits = rateLimits;
  }

  @Override
  public Object intercept(InvocationContext context, Chain chain) throws Exception {
    Response response = context.response();
    MethodMetadata metadata = response.request().requestTemplate().methodMetadata();
    String endpoint = metadata == null || metadata.method() == null ? null
        : endpoints.computeIfAbsent(metadata.method(), method -> endpointOf(metadata));
    if (endpoint != null && !endpoint.isEmpty()) {
      rateLimits.record(endpoint, RateLimit.fromHeaders(response.headers()));
    }
    return chain.next(context);
  }

  /**
   * {@code "GET /2/users/{id}/followers"} from the operation's request line, without its query templates; empty for a
   * method without one.
   */
  static String endpointOf(MethodMetadata metadata) {
    RequestLine line = metadata.method().getAnnotation(RequestLine.class);
    if (line == null) {
      return "";
    }
    String value = line.value().trim();
    int query = value.indexOf('?');
    return query < 0 ? value : value.substring(0, query);
  }
}
