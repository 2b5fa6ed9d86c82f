package io.github.xconnector.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small HTTP/1.1 server on 127.0.0.1 that answers like the X API with fixed, realistic JSON.
 *
 * <p>One thread per connection, blocking I/O, keep-alive, request bodies of fixed length or chunked. The answers are
 * prepared once as bytes, so the server spends as little of the shared CPU as possible and every client is measured
 * against the same cost. Requests without a {@code Bearer} token get 401, so a client that forgot to authenticate
 * cannot look fast.
 */
public final class StubServer implements AutoCloseable {

  private final ServerSocket socket;
  private final ExecutorService connections;
  private final AtomicLong connectionCount = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong bodyBytes = new AtomicLong();
  private final StubRoutes routes = new StubRoutes();

  private StubServer(ServerSocket socket) {
    this.socket = socket;
    this.connections = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "stub-connection");
      thread.setDaemon(true);
      return thread;
    });
    Thread acceptor = new Thread(this::acceptLoop, "stub-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * Starts a server on a free port of 127.0.0.1.
   *
   * @return the running server
   */
  public static StubServer start() {
    try {
      return new StubServer(new ServerSocket(0, 128, InetAddress.getLoopbackAddress()));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the stub server's port", e);
    }
  }

  /** @return the base URL, for example {@code http://127.0.0.1:41234} */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** @return the number of connections accepted so far */
  public long connections() {
    return connectionCount.get();
  }

  /** @return the number of requests answered so far */
  public long requests() {
    return requests.get();
  }

  /** @return the number of request body bytes received so far */
  public long bodyBytes() {
    return bodyBytes.get();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // Closing is best effort; the threads are daemons.
    }
    connections.shutdownNow();
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connection.setTcpNoDelay(true);
        connectionCount.incrementAndGet();
        connections.execute(() -> serve(connection));
      } catch (IOException e) {
        if (!socket.isClosed()) {
          System.err.println("stub: accept failed: " + e);
        }
      }
    }
  }

  private void serve(Socket connection) {
    try (connection;
        InputStream in = new BufferedInputStream(connection.getInputStream(), 16 * 1024);
        OutputStream out = new BufferedOutputStream(connection.getOutputStream(), 32 * 1024)) {
      HttpRequestReader reader = new HttpRequestReader(in);
      while (true) {
        HttpRequestReader.Head head = reader.readHead();
        if (head == null) {
          return;
        }
        if (head.expectsContinue()) {
          out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
        }
        long received = reader.drainBody(head);
        bodyBytes.addAndGet(received);
        requests.incrementAndGet();
        out.write(routes.answer(head.method(), head.path(), head.hasBearerToken(), received));
        out.flush();
        if (head.closeRequested()) {
          return;
        }
      }
    } catch (SocketException closed) {
      // The client closed the connection; nothing to answer.
    } catch (IOException e) {
      System.err.println("stub: connection failed: " + e);
    }
  }
}
