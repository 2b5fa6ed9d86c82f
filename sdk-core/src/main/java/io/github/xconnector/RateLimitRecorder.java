package io.github.xconnector;

import feign.InvocationContext;
import feign.MethodMetadata;
import feign.RequestLine;
import feign.Response;
import feign.ResponseInterceptor;

/** Hands the rate-limit headers of every response to {@link RateLimits}, keyed by the operation's endpoint. */
final class RateLimitRecorder implements ResponseInterceptor {

  private final RateLimits rateLimits;

  RateLimitRecorder(RateLimits rateLimits) {
    this.rateLimits = rateLimits;
  }

  @Override
  public Object intercept(InvocationContext context, Chain chain) throws Exception {
    Response response = context.response();
    String endpoint = endpointOf(response.request().requestTemplate().methodMetadata());
    if (endpoint != null) {
      rateLimits.record(endpoint, RateLimit.fromHeaders(response.headers()));
    }
    return chain.next(context);
  }

  /** {@code "GET /2/users/{id}/followers"} from the operation's request line, without its query templates. */
  static String endpointOf(MethodMetadata metadata) {
    if (metadata == null || metadata.method() == null) {
      return null;
    }
    RequestLine line = metadata.method().getAnnotation(RequestLine.class);
    if (line == null) {
      return null;
    }
    String value = line.value().trim();
    int query = value.indexOf('?');
    return query < 0 ? value : value.substring(0, query);
  }
}
