package io.github.xconnector.media;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A minimal X media endpoint on 127.0.0.1 for very large uploads: it answers initialize, append and finalize, and of
 * each segment keeps only counts and a running CRC of the media bytes, so it holds one request body at a time.
 * {@code POST /raw} takes a plain streamed body, the baseline a chunked upload is compared with.
 */
final class CountingMediaServer implements AutoCloseable {

  static final String MEDIA_ID = "1880028106020515840";

  private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};

  private final HttpServer server;
  private final CRC32 crc = new CRC32();
  private byte[] body = new byte[1 << 16];
  private long mediaBytes;
  private int segments;
  private int outOfOrderSegments;
  private long rawBytes;

  static {
    // Without it the JDK server writes a response's headers and body in two packets, and the second waits for the
    // client's delayed acknowledgement: about 40 ms per segment that belong to neither side.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  CountingMediaServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  synchronized long mediaBytes() {
    return mediaBytes;
  }

  synchronized int segments() {
    return segments;
  }

  synchronized int outOfOrderSegments() {
    return outOfOrderSegments;
  }

  synchronized long crc() {
    return crc.getValue();
  }

  synchronized long rawBytes() {
    return rawBytes;
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    try (exchange) {
      if (path.endsWith("/append")) {
        countSegment(exchange);
        answer(exchange, "{}");
      } else if (path.endsWith("/initialize") || path.endsWith("/finalize")) {
        exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
        answer(exchange, "{\"data\":{\"id\":\"" + MEDIA_ID + "\",\"media_key\":\"7_" + MEDIA_ID + "\""
            + (path.endsWith("/finalize") ? ",\"processing_info\":{\"state\":\"succeeded\"}" : "") + "}}");
      } else if (path.equals("/raw")) {
        rawBytes += countRaw(exchange.getRequestBody());
        answer(exchange, "{}");
      } else {
        exchange.sendResponseHeaders(404, -1);
      }
    }
  }

  private long countRaw(InputStream in) throws IOException {
    long count = 0;
    for (int n; (n = in.read(body)) > 0; count += n) {
      crc.update(body, 0, n);
    }
    return count;
  }

  private void countSegment(HttpExchange exchange) throws IOException {
    int length = Integer.parseInt(exchange.getRequestHeaders().getFirst("Content-Length"));
    if (body.length < length) {
      body = new byte[length];
    }
    InputStream in = exchange.getRequestBody();
    for (int read = 0, n; read < length; read += n) {
      n = in.read(body, read, length - read);
      if (n < 0) {
        throw new IOException("segment body ended after " + read + " of " + length + " bytes");
      }
    }
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    byte[] delimiter = ("\r\n--" + contentType.substring(contentType.indexOf("boundary=") + 9))
        .getBytes(StandardCharsets.US_ASCII);
    // The body starts with the first boundary line; every later part begins after a CRLF and the delimiter.
    int partStart = delimiter.length - 2;
    Integer index = null;
    while (true) {
      int next = indexOf(delimiter, partStart, length);
      int contentStart = indexOf(HEADER_END, partStart, next) + HEADER_END.length;
      String headers = new String(body, partStart, contentStart - partStart, StandardCharsets.US_ASCII);
      if (headers.contains("name=\"media\"")) {
        crc.update(body, contentStart, next - contentStart);
        mediaBytes += next - contentStart;
      } else if (headers.contains("name=\"segment_index\"")) {
        index = Integer.valueOf(new String(body, contentStart, next - contentStart, StandardCharsets.US_ASCII));
      }
      partStart = next + delimiter.length;
      if (body[partStart] == '-' && body[partStart + 1] == '-') {
        break;
      }
    }
    if (index == null || index != segments) {
      outOfOrderSegments++;
    }
    segments++;
  }

  /** Finds {@code needle} in {@code body[from, to)} by Horspool's algorithm, which skips most media bytes unread. */
  private int indexOf(byte[] needle, int from, int to) {
    int last = needle.length - 1;
    int[] shift = new int[256];
    java.util.Arrays.fill(shift, needle.length);
    for (int i = 0; i < last; i++) {
      shift[needle[i] & 0xFF] = last - i;
    }
    for (int i = from; i <= to - needle.length; i += shift[body[i + last] & 0xFF]) {
      int j = last;
      while (j >= 0 && body[i + j] == needle[j]) {
        j--;
      }
      if (j < 0) {
        return i;
      }
    }
    throw new IllegalStateException("malformed multipart body");
  }

  private static void answer(HttpExchange exchange, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /**
   * Runs the server until the process is killed, to measure uploads by hand with {@link LargeUploadMain}.
   *
   * @param args none
   * @throws Exception if the server cannot start
   */
  public static void main(String[] args) throws Exception {
    CountingMediaServer server = new CountingMediaServer();
    System.out.println(server.baseUrl());
    while (true) {
      Thread.sleep(10_000);
      System.out.println("segments=" + server.segments() + " mediaBytes=" + server.mediaBytes() + " rawBytes="
          + server.rawBytes());
    }
  }
}
