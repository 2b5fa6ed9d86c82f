package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.USER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.errors.XIoException;
import io.github.xconnector.generated.model.UserResponse;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.XTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Connections that break: requests safe to repeat are repeated; a post is repeated only when it certainly did not
 * reach X.
 */
class TransportFailureTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String ME = "/2/users/me";
  private static final String ME_BODY = "{\"data\":{\"id\":\"2244994945\",\"name\":\"X Developers\",\"username\":\"XDevelopers\"}}";

  private final RecordingSleeper sleeper = new RecordingSleeper();

  @Test
  void me_connectionResetThenOk_retriesAndReturnsUser() {
    XTest.answerInTurn(x, "GET", ME, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(ME_BODY));

    UserResponse me = client().users().me();

    assertThat(me.getData().getUsername()).isEqualTo("XDevelopers");
    x.verify(2, getRequestedFor(urlPathEqualTo(ME)));
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
  }

  @Test
  void createPost_connectionResetOnReusedConnection_isNotRetriedAndMayHaveBeenDelivered() {
    x.stubFor(WireMock.get(ME).willReturn(okJson(ME_BODY)));
    x.stubFor(post("/2/tweets").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    XClient client = client();
    client.users().me();

    XIoException failure = catchThrowableOfType(XIoException.class, () -> client.posts().create("Only once"));

    assertThat(failure.possiblyDelivered()).isTrue();
    assertThat(failure.getMessage()).contains("POST /2/tweets").contains("X may have received it")
        .doesNotContain(USER_TOKEN);
    assertThat(sleeper.waits()).isEmpty();
    x.verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
  }

  @Test
  void me_malformedResponseChunkThenOk_retriesAndReturnsUser() {
    XTest.answerInTurn(x, "GET", ME, aResponse().withStatus(200).withFault(Fault.MALFORMED_RESPONSE_CHUNK),
        okJson(ME_BODY));

    assertThat(client().users().me().getData().getId()).isEqualTo("2244994945");
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
    x.verify(2, getRequestedFor(urlPathEqualTo(ME)));
  }

  @Test
  void me_invalidJsonThenOk_retriesAndReturnsUser() {
    XTest.answerInTurn(x, "GET", ME, okJson("{\"data\":{\"id\":\"22449"), okJson(ME_BODY));

    assertThat(client().users().me().getData().getId()).isEqualTo("2244994945");
    x.verify(2, getRequestedFor(urlPathEqualTo(ME)));
  }

  @Test
  void createPost_invalidJsonAnswer_isNotRetriedAndMayHaveBeenDelivered() {
    x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"data\":{\"id\":")));

    XIoException failure = catchThrowableOfType(XIoException.class, () -> client().posts().create("Only once"));

    assertThat(failure.possiblyDelivered()).isTrue();
    assertThat(failure.getMessage()).contains("POST /2/tweets").contains("ended early")
        .contains("X may have acted on the request");
    x.verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
  }

  @Test
  void createPost_connectionRefused_isRetriedAndFinallyCertainlyNotDelivered() throws IOException {
    XClient client = XTest.client(x, sleeper).baseUrl("http://127.0.0.1:" + closedPort()).build();

    XIoException failure = catchThrowableOfType(XIoException.class, () -> client.posts().create("Never arrives"));

    assertThat(failure.possiblyDelivered()).isFalse();
    assertThat(failure.getMessage()).contains("POST /2/tweets").contains("did not reach X").doesNotContain(USER_TOKEN);
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000),
        Duration.ofMillis(2000));
  }

  @Test
  void createPost_connectTimeout_isRetriedAndFinallyCertainlyNotDelivered() throws IOException {
    try (SaturatedServer server = new SaturatedServer()) {
      XClient client = XTest.client(x, sleeper).baseUrl("http://127.0.0.1:" + server.port())
          .connectTimeout(Duration.ofMillis(200)).build();

      XIoException failure = catchThrowableOfType(XIoException.class, () -> client.posts().create("Never arrives"));

      assertThat(failure.possiblyDelivered()).as(failure.getMessage()).isFalse();
      assertThat(failure.getMessage()).contains("POST /2/tweets").contains("did not reach X")
          .doesNotContain("may have received").doesNotContain(USER_TOKEN);
      assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000),
          Duration.ofMillis(2000));
    }
  }

  private XClient client() {
    return XTest.client(x, sleeper).build();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    }
  }

  /**
   * A listening socket that never accepts, with its accept queue filled: the kernel then ignores new connection
   * attempts, so connecting times out.
   */
  private static final class SaturatedServer implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> queued = new ArrayList<>();

    SaturatedServer() throws IOException {
      server = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
      // Linux queues backlog + 1 connections; a few more make sure the queue is full.
      for (int i = 0; i < 8; i++) {
        Socket socket = new Socket();
        try {
          socket.connect(server.getLocalSocketAddress(), 100);
          queued.add(socket);
        } catch (SocketTimeoutException full) {
          socket.close();
          return;
        }
      }
    }

    int port() {
      return server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
      for (Socket socket : queued) {
        socket.close();
      }
      server.close();
    }
  }
}
