package io.github.xconnector.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A small HTTP/1.1 server on 127.0.0.1 for stream tests, raw sockets underneath: each connection is answered by the
 * next scripted reply (an error status, an abrupt close, or a stream the test writes lines to, drops or ends), so
 * keep-alives, stalls, drops and in-stream messages can be staged byte by byte.
 */
public final class StreamServer implements AutoCloseable {

  /** A request as received. */
  public record Received(String requestLine, Map<String, String> headers) {
    /** @return the path and query of the request line */
    public String target() {
      return requestLine.split(" ")[1];
    }
  }

  /** An open 200 answer the test writes to. */
  public static final class Stream {
    private final Socket socket;
    private final OutputStream out;
    private final CountDownLatch closedByClient = new CountDownLatch(1);

    Stream(Socket socket) throws IOException {
      this.socket = socket;
      this.out = socket.getOutputStream();
    }

    /** Writes one line (the {@code \r\n} is added) as a chunk of its own. */
    public synchronized Stream line(String line) {
      return chunk((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Writes X's keep-alive, an empty line. */
    public Stream keepAlive() {
      return line("");
    }

    /** Writes raw bytes as one chunk. */
    public synchronized Stream chunk(byte[] bytes) {
      try {
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }

    /** Ends the answer properly: the body is complete. */
    public synchronized void end() {
      try {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        socket.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Closes the connection abruptly, in the middle of the body. */
    public void drop() {
      try {
        socket.setSoLinger(true, 0);
        socket.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Blocks until the client closed the connection (a read on it ends). */
    public boolean awaitClosedByClient(long seconds) throws InterruptedException {
      return closedByClient.await(seconds, TimeUnit.SECONDS);
    }

    void watchForClose() {
      Thread watcher = new Thread(() -> {
        try {
          while (socket.getInputStream().read() >= 0) {
            // The client sends nothing more on a stream; anything read is ignored.
          }
        } catch (IOException closed) {
          // Closed either way.
        }
        closedByClient.countDown();
      }, "stream-server-close-watch");
      watcher.setDaemon(true);
      watcher.start();
    }
  }

  private final ServerSocket server;
  private final BlockingQueue<Consumer<Socket>> replies = new LinkedBlockingQueue<>();
  private final BlockingQueue<Stream> streams = new LinkedBlockingQueue<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  public StreamServer() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::accept, "stream-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** @return the base URL */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  /** The next connection is answered with this status and JSON body, and closed. */
  public StreamServer replyStatus(int status, String json) {
    replies.add(socket -> {
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      write(socket, "HTTP/1.1 " + status + " Status\r\nContent-Type: application/json\r\nContent-Length: "
          + body.length + "\r\nConnection: close\r\n\r\n", body);
      try {
        socket.close();
      } catch (IOException ignored) {
        // Closed either way.
      }
    });
    return this;
  }

  /** The next connection is closed without an answer: a network error for the client. */
  public StreamServer replyClose() {
    replies.add(socket -> {
      try {
        socket.setSoLinger(true, 0);
        socket.close();
      } catch (IOException ignored) {
        // Closed either way.
      }
    });
    return this;
  }

  /** The next connection is held open without an answer, as by a server that never replies. */
  public StreamServer replyNothing() {
    replies.add(socket -> {
      try {
        Stream held = new Stream(socket);
        held.watchForClose();
        streams.add(held);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return this;
  }

  /** The next connection gets a 200 stream the test writes to; take it with {@link #nextStream()}. */
  public StreamServer replyStream() {
    replies.add(socket -> {
      write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
          new byte[0]);
      try {
        Stream stream = new Stream(socket);
        stream.watchForClose();
        streams.add(stream);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return this;
  }

  /** Blocks until the next scripted stream is open. */
  public Stream nextStream() throws InterruptedException {
    Stream stream = streams.poll(30, TimeUnit.SECONDS);
    if (stream == null) {
      throw new AssertionError("no stream connection arrived; requests: " + received);
    }
    return stream;
  }

  /** @return the requests received, in order */
  public List<Received> requests() {
    return List.copyOf(received);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        sockets.add(socket);
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
            StandardCharsets.ISO_8859_1));
        String requestLine = in.readLine();
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
          int colon = line.indexOf(':');
          headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
        received.add(new Received(requestLine, headers));
        Consumer<Socket> reply = replies.poll();
        if (reply == null) {
          write(socket, "HTTP/1.1 500 Unscripted\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", new byte[0]);
          socket.close();
        } else {
          reply.accept(socket);
        }
      } catch (SocketException closed) {
        return;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void write(Socket socket, String head, byte[] body) {
    try {
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : new ArrayList<>(sockets)) {
      socket.close();
    }
  }
}
