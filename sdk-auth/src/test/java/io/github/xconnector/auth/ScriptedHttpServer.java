package io.github.xconnector.auth;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A server on 127.0.0.1 that answers each request with whatever a test scripts, down to the bytes: malformed status
 * lines, redirects, or a connection reset after the request was read. It records every request that arrived
 * completely, and logs nothing (unlike WireMock, which would print the secrets a test looks for).
 */
final class ScriptedHttpServer implements AutoCloseable {

  /** A request as it arrived. */
  record Received(String method, String path, List<String> headerLines, String body) {
    /** The first value of a header, or {@code null}. */
    String header(String name) {
      for (String line : headerLines) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  /** What to do with a request. */
  static final class Reply {
    private final byte[] bytes;

    private Reply(byte[] bytes) {
      this.bytes = bytes;
    }

    /** Writes {@code text} as it is, then closes the connection. */
    static Reply raw(String text) {
      return new Reply(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A complete answer with a body of the given type. */
    static Reply of(int status, String contentType, String body, String... headers) {
      byte[] content = body.getBytes(StandardCharsets.UTF_8);
      StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " Status\r\n");
      for (String header : headers) {
        head.append(header).append("\r\n");
      }
      head.append("Content-Type: ").append(contentType).append("\r\nContent-Length: ").append(content.length)
          .append("\r\nConnection: close\r\n\r\n");
      return raw(head + body);
    }

    static Reply json(int status, String body, String... headers) {
      return of(status, "application/json;charset=UTF-8", body, headers);
    }

    /** Resets the connection (TCP RST) after reading the request, without answering. */
    static Reply reset() {
      return new Reply(null);
    }
  }

  private final ServerSocket socket;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile Function<Received, Reply> script;

  private ScriptedHttpServer(ServerSocket socket, Function<Received, Reply> script) {
    this.socket = socket;
    this.script = script;
  }

  static ScriptedHttpServer start(Function<Received, Reply> script) throws IOException {
    ScriptedHttpServer server = new ScriptedHttpServer(new ServerSocket(0, 50,
        InetAddress.getByAddress(new byte[] {127, 0, 0, 1})), script);
    Thread thread = new Thread(server::serve, "scripted-http-server");
    thread.setDaemon(true);
    thread.start();
    return server;
  }

  /** Replaces the script for the requests still to come. */
  void script(Function<Received, Reply> next) {
    this.script = next;
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket connection = socket.accept()) {
        connection.setSoTimeout(20_000);
        InputStream in = new BufferedInputStream(connection.getInputStream());
        Received request = read(in);
        if (request == null) {
          continue;
        }
        received.add(request);
        Reply reply = script.apply(request);
        if (reply.bytes == null) {
          connection.setSoLinger(true, 0);
          continue;
        }
        OutputStream out = connection.getOutputStream();
        out.write(reply.bytes);
        out.flush();
      } catch (IOException e) {
        // The client went away, or the server closed.
      }
    }
  }

  private static Received read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int next = in.read();
      if (next < 0) {
        return null;
      }
      head.write(next);
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    String[] requestLine = lines[0].split(" ");
    List<String> headers = List.of(lines).subList(1, lines.length);
    int length = 0;
    for (String line : headers) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    return new Received(requestLine[0], requestLine[1], headers, body);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
