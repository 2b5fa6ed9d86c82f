package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the sandbox answers to one request: a status, headers and a body, a body streamed as it is produced, or an
 * instruction to drop the connection.
 */
final class SandboxResponse {

  static final String JSON = "application/json; charset=utf-8";
  static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";

  private static final SandboxResponse DROP = new SandboxResponse(0, new byte[0], true);

  private final int status;
  private final byte[] body;
  private final boolean drop;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private StreamedBody streamedBody;

  private SandboxResponse(int status, byte[] body, boolean drop) {
    this.status = status;
    this.body = body;
    this.drop = drop;
  }

  /**
   * A 200 whose body is written while the connection stays open, chunk by chunk, until the writer returns. The server
   * closes the connection afterwards, as X does when a stream ends.
   */
  static SandboxResponse streamed(String contentType, StreamedBody body) {
    SandboxResponse response = new SandboxResponse(200, new byte[0], false).header("content-type", contentType);
    response.streamedBody = body;
    return response;
  }

  static SandboxResponse json(int status, JsonNode body) {
    return new SandboxResponse(status, Json.bytes(body), false).header("content-type", JSON);
  }

  /** A problem-shaped error body (title/type/status), sent with X's problem media type. */
  static SandboxResponse problem(int status, JsonNode body) {
    return new SandboxResponse(status, Json.bytes(body), false).header("content-type", PROBLEM_JSON);
  }

  static SandboxResponse redirect(String location) {
    return new SandboxResponse(302, new byte[0], false).header("location", location);
  }

  static SandboxResponse text(int status, String text) {
    return new SandboxResponse(status, text.getBytes(StandardCharsets.UTF_8), false)
        .header("content-type", "text/plain; charset=utf-8");
  }

  /** Raw bytes, such as a downloaded file, with their media type. */
  static SandboxResponse bytes(int status, byte[] body, String contentType) {
    return new SandboxResponse(status, body, false).header("content-type", contentType);
  }

  /** Closes the socket without writing a response, as a broken network path would. */
  static SandboxResponse drop() {
    return DROP;
  }

  SandboxResponse header(String name, String value) {
    if (!drop) {
      headers.put(name, value);
    }
    return this;
  }

  int status() {
    return status;
  }

  byte[] body() {
    return body;
  }

  /** The writer of a streamed body, or null for a response with a fixed body. */
  StreamedBody streamedBody() {
    return streamedBody;
  }

  boolean dropsConnection() {
    return drop;
  }

  Map<String, String> headers() {
    return headers;
  }
}
