package io.github.xconnector.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The stub's answers: complete HTTP responses (status line, the headers X sends, JSON body) prepared once as bytes.
 *
 * <p>The bodies are in {@code src/main/resources/.../stub/}: the authenticated user with ten fields, a search page of
 * ten posts with entities, metrics, context annotations and the authors in {@code includes} (about 11 KB), a created
 * post, and the answers of the chunked media upload (finalize reports processing done: X's processing time is not
 * the client's). They use the names X's servers send today
 * ({@code edit_history_tweet_ids}, {@code tweet_count}).
 */
final class StubRoutes {

  /** Where the raw-upload baseline sends its bytes; not an X path. */
  static final String RAW_UPLOAD_PATH = "/raw-upload";

  private static final String MEDIA_PREFIX = "/2/media/upload/";

  private final byte[] me = response(200, "OK", load("users-me.json"));
  private final byte[] search = response(200, "OK", load("search-recent.json"));
  private final byte[] created = response(201, "Created", load("create-post.json"));
  private final byte[] mediaInitialized = response(200, "OK", load("media-initialize.json"));
  private final byte[] mediaAppended = response(200, "OK", load("media-append.json"));
  private final byte[] mediaFinalized = response(200, "OK", load("media-finalize.json"));
  private final byte[] unauthorized = response(401, "Unauthorized", ("{\"title\":\"Unauthorized\",\"type\":"
      + "\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}").getBytes(StandardCharsets.UTF_8));
  private final byte[] notFound = response(404, "Not Found", ("{\"title\":\"Not Found Error\",\"type\":"
      + "\"https://api.twitter.com/2/problems/resource-not-found\",\"detail\":\"No such route\"}")
      .getBytes(StandardCharsets.UTF_8));

  /**
   * Returns the complete response to a request.
   *
   * @param method the HTTP method
   * @param path the path without the query
   * @param authenticated whether the request carried a Bearer token
   * @param bodyBytes how many body bytes the request carried
   * @return the response bytes
   */
  byte[] answer(String method, String path, boolean authenticated, long bodyBytes) {
    if (!authenticated) {
      return unauthorized;
    }
    if (method.equals("GET")) {
      switch (path) {
        case "/2/users/me":
          return me;
        case "/2/tweets/search/recent":
          return search;
        default:
          return notFound;
      }
    }
    if (method.equals("POST")) {
      if (path.equals("/2/tweets")) {
        return created;
      }
      if (path.equals(RAW_UPLOAD_PATH)) {
        return response(200, "OK", ("{\"received\":" + bodyBytes + "}").getBytes(StandardCharsets.UTF_8));
      }
      if (path.equals(MEDIA_PREFIX + "initialize")) {
        return mediaInitialized;
      }
      if (path.startsWith(MEDIA_PREFIX) && path.endsWith("/append")) {
        return mediaAppended;
      }
      if (path.startsWith(MEDIA_PREFIX) && path.endsWith("/finalize")) {
        return mediaFinalized;
      }
    }
    return notFound;
  }

  /** Reads a body from the stub's resources. */
  static byte[] load(String name) {
    try (InputStream in = StubRoutes.class.getResourceAsStream("stub/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing stub resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // The headers X sends with every answer, rate limits included, so clients parse as many as they would in production.
  private static byte[] response(int status, String reason, byte[] body) {
    String head = "HTTP/1.1 " + status + " " + reason + "\r\n"
        + "date: Tue, 14 May 2024 09:12:07 GMT\r\n"
        + "perf: 7626143928\r\n"
        + "server: tsa_b\r\n"
        + "content-type: application/json; charset=utf-8\r\n"
        + "cache-control: no-cache, no-store, max-age=0\r\n"
        + "content-length: " + body.length + "\r\n"
        + "x-access-level: read-write\r\n"
        + "x-frame-options: SAMEORIGIN\r\n"
        + "x-xss-protection: 0\r\n"
        + "x-rate-limit-limit: 450\r\n"
        + "x-rate-limit-reset: 1715678227\r\n"
        + "x-rate-limit-remaining: 449\r\n"
        + "x-transaction-id: 5a0f3a1c2e7b9d41\r\n"
        + "strict-transport-security: max-age=631138519\r\n"
        + "x-response-time: 38\r\n"
        + "x-connection-hash: 3b6f0e2b9d8c7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f\r\n"
        + "\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[headBytes.length + body.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(body, 0, all, headBytes.length, body.length);
    return all;
  }
}
