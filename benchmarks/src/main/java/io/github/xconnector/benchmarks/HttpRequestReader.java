package io.github.xconnector.benchmarks;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads HTTP/1.1 requests from a connection: the request line and headers, then the body, which is counted and
 * thrown away (of fixed length or chunked). Only what the stub needs is kept.
 */
final class HttpRequestReader {

  private static final int MAX_LINE = 16 * 1024;

  private final InputStream in;
  private final byte[] line = new byte[MAX_LINE];
  private final byte[] scratch = new byte[64 * 1024];

  HttpRequestReader(InputStream in) {
    this.in = in;
  }

  /** What the stub needs from a request's head. */
  record Head(String method, String path, long contentLength, boolean chunked, boolean expectsContinue,
      boolean closeRequested, boolean hasBearerToken) {
  }

  /**
   * Reads the next request's head.
   *
   * @return the head, or {@code null} when the client closed the connection between requests
   */
  Head readHead() throws IOException {
    String requestLine = readLine(true);
    while (requestLine != null && requestLine.isEmpty()) {
      requestLine = readLine(true);
    }
    if (requestLine == null) {
      return null;
    }
    int firstSpace = requestLine.indexOf(' ');
    int secondSpace = requestLine.indexOf(' ', firstSpace + 1);
    if (firstSpace < 0 || secondSpace < 0) {
      throw new IOException("Malformed request line: " + requestLine);
    }
    String method = requestLine.substring(0, firstSpace);
    String target = requestLine.substring(firstSpace + 1, secondSpace);
    int query = target.indexOf('?');
    String path = query < 0 ? target : target.substring(0, query);
    boolean http10 = requestLine.endsWith("HTTP/1.0");
    long contentLength = 0;
    boolean chunked = false;
    boolean expectsContinue = false;
    boolean close = http10;
    boolean bearer = false;
    for (String header = readLine(false); !header.isEmpty(); header = readLine(false)) {
      int colon = header.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = header.substring(0, colon).trim();
      String value = header.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        contentLength = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
        chunked = value.toLowerCase(java.util.Locale.ROOT).contains("chunked");
      } else if (name.equalsIgnoreCase("Expect")) {
        expectsContinue = value.equalsIgnoreCase("100-continue");
      } else if (name.equalsIgnoreCase("Connection")) {
        close = value.equalsIgnoreCase("close") || (http10 && !value.equalsIgnoreCase("keep-alive"));
      } else if (name.equalsIgnoreCase("Authorization")) {
        bearer = value.regionMatches(true, 0, "Bearer ", 0, 7) && value.length() > 7;
      }
    }
    return new Head(method, path, contentLength, chunked, expectsContinue, close, bearer);
  }

  /**
   * Reads and discards the body of the request whose head was just read.
   *
   * @return the number of body bytes (after chunked decoding)
   */
  long drainBody(Head head) throws IOException {
    if (!head.chunked()) {
      skip(head.contentLength());
      return head.contentLength();
    }
    long total = 0;
    while (true) {
      String sizeLine = readLine(false);
      int extension = sizeLine.indexOf(';');
      long size = Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
      if (size == 0) {
        // Trailers, if any, end with an empty line.
        while (!readLine(false).isEmpty()) {
          // discard
        }
        return total;
      }
      skip(size);
      total += size;
      readLine(false);
    }
  }

  private void skip(long count) throws IOException {
    long left = count;
    while (left > 0) {
      int read = in.read(scratch, 0, (int) Math.min(scratch.length, left));
      if (read < 0) {
        throw new EOFException("The request body ended " + left + " bytes early");
      }
      left -= read;
    }
  }

  /** Reads a line ending in CRLF (or LF); at end of stream returns null if allowed, else fails. */
  private String readLine(boolean endAllowed) throws IOException {
    int length = 0;
    while (true) {
      int b = in.read();
      if (b < 0) {
        if (length == 0 && endAllowed) {
          return null;
        }
        throw new EOFException("The connection closed inside a request head");
      }
      if (b == '\n') {
        if (length > 0 && line[length - 1] == '\r') {
          length--;
        }
        return new String(line, 0, length, StandardCharsets.ISO_8859_1);
      }
      if (length == MAX_LINE) {
        throw new IOException("A request line or header is longer than " + MAX_LINE + " bytes");
      }
      line[length++] = (byte) b;
    }
  }
}
