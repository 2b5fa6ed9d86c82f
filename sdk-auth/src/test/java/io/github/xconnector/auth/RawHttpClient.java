package io.github.xconnector.auth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends hand-written HTTP/1.1 requests, so tests control every header (a browser or {@code HttpClient} would set
 * {@code Host} itself) and read the answer until the server closes the connection.
 */
final class RawHttpClient {

  /** An answer as received: the status, the headers by lower-case name, and the body. */
  record Answer(int status, Map<String, String> headers, String body) {
  }

  private RawHttpClient() {
  }

  /** Sends {@code GET target} with the given {@code Host} header (none when {@code null}). */
  static Answer get(int port, String target, String host) throws IOException {
    return send(port, "GET " + target + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
        + "Accept: text/html\r\n\r\n");
  }

  /** Sends {@code GET target} with the {@code Host} a browser sends for the receiver's own address. */
  static Answer get(int port, String target) throws IOException {
    return get(port, target, "127.0.0.1:" + port);
  }

  /** Sends {@code request} as it is and reads the answer: its head, then as many bytes as it says it has. */
  static Answer send(int port, String request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
        int next = in.read();
        if (next < 0) {
          throw new IOException("The connection closed before a complete answer: " + head);
        }
        head.write(next);
      }
      String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
      int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
      return new Answer(status, headers, new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }
  }
}
