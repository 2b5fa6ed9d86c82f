package io.github.xconnector.streams;

import feign.Headers;
import feign.QueryMap;
import feign.Request;
import feign.RequestLine;
import io.github.xconnector.generated.model.ApiResponse;
import io.github.xconnector.internal.OpenBodyApi;
import java.io.InputStream;
import java.util.Map;

/**
 * The stream operations, declared by hand so the body reaches the stream's reader open, straight from the connection:
 * the generated methods would read the endless body whole. Method names are the spec's operation ids; the query comes
 * encoded from the call path, and the options carry the stream's own read timeout. A stream's connection is never
 * reused ({@code Connection: close}): one that ended is gone, and the reconnect opens a fresh one at once.
 *
 * <p>Wiring for {@link StreamsService}; callers use {@code XClient.streams()}. The client builds it with the same
 * Feign configuration as every other operation (authentication, error decoding) on the transport's stream client,
 * which keeps the body open and sets no deadline on the whole exchange.
 */
public interface StreamsHttpApi extends OpenBodyApi {

  /**
   * Opens the filtered stream.
   *
   * @param query the encoded query
   * @param options the timeouts of the connection
   * @return the answer, whose body is the open stream
   */
  @RequestLine("GET /2/tweets/search/stream")
  @Headers({"Accept: application/json", "Connection: close"})
  ApiResponse<InputStream> streamPosts(@QueryMap(encoded = true) Map<String, Object> query, Request.Options options);

  /**
   * Opens the 1% sample stream.
   *
   * @param query the encoded query
   * @param options the timeouts of the connection
   * @return the answer, whose body is the open stream
   */
  @RequestLine("GET /2/tweets/sample/stream")
  @Headers({"Accept: application/json", "Connection: close"})
  ApiResponse<InputStream> streamPostsSample(@QueryMap(encoded = true) Map<String, Object> query,
      Request.Options options);

  /**
   * Opens one partition of the 10% sample stream.
   *
   * @param query the encoded query
   * @param options the timeouts of the connection
   * @return the answer, whose body is the open stream
   */
  @RequestLine("GET /2/tweets/sample10/stream")
  @Headers({"Accept: application/json", "Connection: close"})
  ApiResponse<InputStream> streamPostsSample10(@QueryMap(encoded = true) Map<String, Object> query,
      Request.Options options);
}
