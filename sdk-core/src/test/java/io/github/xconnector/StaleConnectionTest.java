package io.github.xconnector;

import static io.github.xconnector.testing.XTest.USER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xconnector.errors.XIoException;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.TestTokenProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server that closes every connection after answering, without saying {@code Connection: close}: the next request on
 * the pooled connection never reaches it. Such a request is sent again on a fresh connection, posts included; a post
 * the server may have read is never sent again.
 */
class StaleConnectionTest {

  private final AtomicInteger received = new AtomicInteger();
  private ServerSocket server;
  private Thread acceptor;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
      acceptor.join(5_000);
    }
  }

  @Test
  void spacedCreates_onConnectionsTheServerClosedAfterAnswering_allArriveExactlyOnce() throws Exception {
    start(true);
    try (XClient client = client()) {
      for (int i = 0; i < 12; i++) {
        assertThat(client.posts().create("post " + i).getData().getId()).isEqualTo("1");
        Thread.sleep(60);
      }
    }

    assertThat(received).hasValue(12);
  }

  @Test
  void create_readByTheServerWhichThenClosesWithoutAnswer_isNotSentAgain() throws Exception {
    start(false);
    try (XClient client = client()) {
      XIoException failure = catchThrowableOfType(XIoException.class, () -> client.posts().create("only once"));

      assertThat(failure.possiblyDelivered()).isTrue();
    }

    assertThat(received).hasValue(1);
  }

  private XClient client() {
    return XClient.builder()
        .baseUrl("http://127.0.0.1:" + server.getLocalPort())
        .credentials(TestTokenProvider.user(USER_TOKEN))
        .sleeper(new RecordingSleeper())
        .build();
  }

  // Reads each request whole (headers and the Content-Length body), then either answers 201 and closes, or closes
  // without answering.
  private void start(boolean answer) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try (Socket socket = server.accept()) {
          BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
              StandardCharsets.ISO_8859_1));
          int length = 0;
          String line = in.readLine();
          if (line == null) {
            continue;
          }
          while ((line = in.readLine()) != null && !line.isEmpty()) {
            if (line.toLowerCase().startsWith("content-length:")) {
              length = Integer.parseInt(line.substring(15).trim());
            }
          }
          for (int i = 0; i < length; i++) {
            in.read();
          }
          received.incrementAndGet();
          if (answer) {
            byte[] body = "{\"data\":{\"id\":\"1\",\"text\":\"t\"}}".getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
          }
        } catch (IOException stopped) {
          // The test closed the server, or a client went away.
        }
      }
    }, "closing-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }
}
