package io.github.xconnector.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** One HTTP request as the sandbox sees it, independent of the server library. */
final class SandboxRequest {

  /** JSON and form bodies are small; anything larger is refused rather than buffered. */
  static final int MAX_BUFFERED_BODY = 1024 * 1024;

  private final String method;
  private final String path;
  private final Map<String, List<String>> query;
  private final UnaryOperator<String> headers;
  private final InputStream body;
  private final String remoteAddress;
  private byte[] bufferedBody;

  SandboxRequest(String method, String path, String rawQuery, UnaryOperator<String> headers, InputStream body,
      String remoteAddress) {
    this.method = method;
    this.path = path;
    this.query = Map.copyOf(UrlEncoded.parse(rawQuery));
    this.headers = headers;
    this.body = body;
    this.remoteAddress = remoteAddress;
  }

  String method() {
    return method;
  }

  String path() {
    return path;
  }

  Map<String, List<String>> queryParameters() {
    return query;
  }

  /** The first value of a query parameter, or null. */
  String query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** A header value (case-insensitive name), or null. */
  String header(String name) {
    return headers.apply(name);
  }

  String contentType() {
    String type = header("content-type");
    return type == null ? "" : type;
  }

  boolean hasContentType(String mediaType) {
    return contentType().toLowerCase(java.util.Locale.ROOT).startsWith(mediaType);
  }

  String remoteAddress() {
    return remoteAddress;
  }

  /** The body as a stream, for multipart uploads that must not be buffered. */
  InputStream bodyStream() {
    return body;
  }

  /** The whole body, read once and kept; refuses bodies over {@link #MAX_BUFFERED_BODY}. */
  synchronized byte[] bodyBytes() {
    if (bufferedBody == null) {
      try {
        byte[] bytes = body.readNBytes(MAX_BUFFERED_BODY + 1);
        if (bytes.length > MAX_BUFFERED_BODY) {
          throw Problems.invalid("The request body is larger than " + MAX_BUFFERED_BODY + " bytes.");
        }
        bufferedBody = bytes;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bufferedBody;
  }
}
