package io.github.xconnector.auth;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The small HTTP/1.1 server behind {@link LoopbackReceiver}: it listens on {@code 127.0.0.1}, reads the head of one
 * request per connection, asks the handler for the answer, writes it and closes the connection.
 *
 * <p>Each connection is served on its own daemon thread with a read timeout and a bound on the size of the request
 * head, so a client that sends nothing, sends slowly or sends too much cannot hold up the others for long; at most
 * {@value #MAX_CONNECTIONS} connections are served at once and further ones are closed at once. Request bodies are
 * never read. Nothing is logged: a callback's query holds the authorization code and state.
 *
 * <p>Thread-safe.
 */
final class LoopbackHttpServer implements AutoCloseable {

  /** The parts of a request the receiver decides on. */
  record Request(String method, String rawPath, String rawQuery, List<String> hosts) {
  }

  /** An answer: a status and a short HTML page, with extra headers. */
  record Answer(int status, String reason, String html, List<String> extraHeaders) {
  }

  /** Decides the answer to a request; it must return at once and never block. */
  interface Handler {
    Answer answer(Request request);
  }

  static final int MAX_CONNECTIONS = 16;
  private static final int MAX_HEAD_BYTES = 16 * 1024;
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(1);
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final ServerSocket socket;
  private final Semaphore slots = new Semaphore(MAX_CONNECTIONS);
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final ExecutorService connections = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "x-connector-loopback-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  });
  private volatile boolean closed;
  private volatile Thread acceptor;

  private LoopbackHttpServer(ServerSocket socket) {
    this.socket = socket;
  }

  /**
   * Binds {@code 127.0.0.1} on {@code port} (0: any free port); {@link #start(Handler)} starts answering.
   *
   * @throws IOException when the port cannot be opened
   */
  static LoopbackHttpServer bind(int port) throws IOException {
    InetAddress loopback = InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
    ServerSocket socket = new ServerSocket();
    // A receiver started again on the port of one just closed (a second login) must be able to bind it.
    socket.setReuseAddress(true);
    try {
      socket.bind(new InetSocketAddress(loopback, port), 50);
    } catch (IOException e) {
      socket.close();
      throw e;
    }
    return new LoopbackHttpServer(socket);
  }

  int port() {
    return socket.getLocalPort();
  }

  void start(Handler handler) {
    acceptor = new Thread(() -> accept(handler), "x-connector-loopback-accept-" + port());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void accept(Handler handler) {
    while (!closed) {
      Socket connection;
      try {
        connection = socket.accept();
      } catch (IOException e) {
        return; // closed
      }
      if (!slots.tryAcquire()) {
        closeQuietly(connection);
        continue;
      }
      open.add(connection);
      try {
        connections.execute(() -> {
          try {
            serve(connection, handler);
          } finally {
            open.remove(connection);
            closeQuietly(connection);
            slots.release();
          }
        });
      } catch (RuntimeException rejected) {
        // Closed meanwhile.
        open.remove(connection);
        closeQuietly(connection);
        slots.release();
      }
    }
  }

  private void serve(Socket connection, Handler handler) {
    try {
      connection.setSoTimeout((int) READ_TIMEOUT.toMillis());
      InputStream in = new BufferedInputStream(connection.getInputStream());
      OutputStream out = connection.getOutputStream();
      String head = readHead(in);
      if (head == null) {
        write(out, "GET", new Answer(431, "Request Header Fields Too Large", page("Too large",
            "The request is too large."), List.of()));
      } else {
        Request request = parse(head);
        Answer answer = request == null
            ? new Answer(400, "Bad Request", page("Bad request", "The request is malformed."), List.of())
            : handler.answer(request);
        write(out, request == null ? "GET" : request.method(), answer);
      }
      connection.shutdownOutput();
      connection.setSoTimeout((int) DRAIN_TIMEOUT.toMillis());
      drain(in);
    } catch (SocketTimeoutException e) {
      // Too slow, or a connection opened ahead of time and never used: closed.
    } catch (IOException e) {
      // The client went away.
    }
  }

  /** Reads up to the blank line that ends the head; {@code null} when the head is too large. */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (true) {
      int next = in.read();
      if (next < 0) {
        throw new IOException("closed before the end of the request head");
      }
      if (head.size() >= MAX_HEAD_BYTES) {
        return null;
      }
      head.write(next);
      if (next == '\n') {
        String text = head.toString(StandardCharsets.ISO_8859_1);
        // Blank lines before the request line are skipped (RFC 9112 section 2.2).
        if ((text.endsWith("\r\n\r\n") || text.endsWith("\n\n")) && !text.isBlank()) {
          return text;
        }
      }
    }
  }

  /** Parses the request line and the {@code Host} headers; {@code null} when the head is malformed. */
  static Request parse(String head) {
    String[] lines = head.split("\r?\n", -1);
    int first = 0;
    while (first < lines.length && lines[first].isEmpty()) {
      first++; // RFC 9112 section 2.2: empty lines before the request line are ignored
    }
    if (first == lines.length) {
      return null;
    }
    String[] requestLine = lines[first].split(" ", -1);
    if (requestLine.length != 3 || !requestLine[0].matches("[A-Z]{1,16}")
        || !requestLine[2].matches("HTTP/1\\.[01]") || !requestLine[1].startsWith("/")) {
      // Only the origin form (a path) is accepted: browsers send nothing else to a server that is not a proxy.
      return null;
    }
    List<String> hosts = new ArrayList<>();
    for (int i = first + 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        break;
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        return null; // no name, or a folded line (RFC 9112 section 5.2)
      }
      if (line.substring(0, colon).equalsIgnoreCase("Host")) {
        hosts.add(line.substring(colon + 1).trim().toLowerCase(Locale.ROOT));
      }
    }
    String target = requestLine[1];
    int question = target.indexOf('?');
    return new Request(requestLine[0], question < 0 ? target : target.substring(0, question),
        question < 0 ? null : target.substring(question + 1), List.copyOf(hosts));
  }

  private static void write(OutputStream out, String method, Answer answer) throws IOException {
    byte[] body = answer.html().getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(answer.status()).append(' ').append(answer.reason())
        .append("\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
            + "Referrer-Policy: no-referrer\r\nX-Content-Type-Options: nosniff\r\n");
    for (String header : answer.extraHeaders()) {
      head.append(header).append("\r\n");
    }
    head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (!method.equals("HEAD")) {
      out.write(body);
    }
    out.flush();
  }

  /** Reads what the client still sends (a body), so closing does not reset the connection before it read the answer. */
  private static void drain(InputStream in) throws IOException {
    byte[] buffer = new byte[4096];
    int total = 0;
    int read;
    while (total < 64 * 1024 && (read = in.read(buffer)) >= 0) {
      total += read;
    }
  }

  /** A short page; {@code message} is the SDK's own text, never anything from the request. */
  static String page(String title, String message) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>" + title
        + "</h1><p>" + message + "</p></body></html>";
  }

  /** Stops listening and closes every open connection. */
  @Override
  public void close() {
    closed = true;
    closeQuietly(socket);
    for (Socket connection : open) {
      closeQuietly(connection);
    }
    connections.shutdownNow();
    // The port is free once the accepting thread has left the socket: wait briefly, so it can be bound again at once.
    Thread accepting = acceptor;
    if (accepting != null && accepting != Thread.currentThread()) {
      try {
        accepting.join(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // Already closed.
    }
  }
}
