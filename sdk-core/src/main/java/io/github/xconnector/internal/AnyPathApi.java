package io.github.xconnector.internal;

import com.fasterxml.jackson.databind.JsonNode;
import feign.Headers;
import feign.QueryMap;
import feign.RequestLine;
import io.github.xconnector.generated.model.ApiResponse;
import java.net.URI;
import java.util.Map;

/**
 * Sends a request to a path chosen at run time, for {@code XClient.api()}: the URL (base URL and the path, already
 * percent-encoded) is the first argument, so Feign takes it as it is instead of expanding a template; the query comes
 * encoded from {@link CallArguments#query}. The answer is read as a JSON tree.
 *
 * <p>Wiring only, with the client's Feign configuration like every generated interface (authentication, error
 * decoding, logging); its request lines name no path, so it declares no endpoint of its own.
 */
public interface AnyPathApi {

  /**
   * Sends a GET.
   *
   * @param url the absolute URL without query
   * @param query the encoded query values
   * @return the answer
   */
  @RequestLine("GET")
  @Headers("Accept: application/json,application/problem+json")
  ApiResponse<JsonNode> get(URI url, @QueryMap(encoded = true) Map<String, Object> query);

  /**
   * Sends a DELETE.
   *
   * @param url the absolute URL without query
   * @param query the encoded query values
   * @return the answer
   */
  @RequestLine("DELETE")
  @Headers("Accept: application/json,application/problem+json")
  ApiResponse<JsonNode> delete(URI url, @QueryMap(encoded = true) Map<String, Object> query);

  /**
   * Sends a POST with a JSON body.
   *
   * @param url the absolute URL without query
   * @param query the encoded query values
   * @param body the body
   * @return the answer
   */
  @RequestLine("POST")
  @Headers({"Content-Type: application/json", "Accept: application/json,application/problem+json"})
  ApiResponse<JsonNode> post(URI url, @QueryMap(encoded = true) Map<String, Object> query, JsonNode body);

  /**
   * Sends a POST without a body.
   *
   * @param url the absolute URL without query
   * @param query the encoded query values
   * @return the answer
   */
  @RequestLine("POST")
  @Headers("Accept: application/json,application/problem+json")
  ApiResponse<JsonNode> postWithoutBody(URI url, @QueryMap(encoded = true) Map<String, Object> query);

  /**
   * Sends a PUT with a JSON body.
   *
   * @param url the absolute URL without query
   * @param query the encoded query values
   * @param body the body
   * @return the answer
   */
  @RequestLine("PUT")
  @Headers({"Content-Type: application/json", "Accept: application/json,application/problem+json"})
  ApiResponse<JsonNode> put(URI url, @QueryMap(encoded = true) Map<String, Object> query, JsonNode body);

  /**
   * Sends a PUT without a body.
   *
   * @param url the absolute URL without query
   * @param query the encoded query values
   * @return the answer
   */
  @RequestLine("PUT")
  @Headers("Accept: application/json,application/problem+json")
  ApiResponse<JsonNode> putWithoutBody(URI url, @QueryMap(encoded = true) Map<String, Object> query);
}
