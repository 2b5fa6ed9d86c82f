package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XIoException;
import io.github.xconnector.errors.XServiceException;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.XTest;
import io.github.xconnector.transport.RetryPolicy;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every kind of failure names the connection it happened on, so a service with several connections can tell. */
class ConnectionNameInErrorsTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String NAME = "nightly-poster";

  private static XClient.Builder named() {
    return XTest.client(x, new RecordingSleeper()).connectionName(NAME).retryPolicy(RetryPolicy.none());
  }

  @Test
  void me_appOnlyToken_refusalStartsWithConnectionName() {
    XClient client = named().credentials(TestTokenProvider.appOnly(XTest.APP_TOKEN)).build();

    assertThatThrownBy(() -> client.users().me()).isInstanceOf(XAuthenticationException.class)
        .hasMessageStartingWith("[" + NAME + "] GET /2/users/me");
  }

  @Test
  void me_unreadableBody_ioFailureStartsWithConnectionName() {
    x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(okJson("{\"data\":{\"id\":")));
    XClient client = named().build();

    assertThatThrownBy(() -> client.users().me()).isInstanceOf(XIoException.class)
        .hasMessageStartingWith("[" + NAME + "] GET /2/users/me");
  }

  @Test
  void me_connectionRefused_ioFailureStartsWithConnectionName() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    XClient client = named().baseUrl("http://127.0.0.1:" + closedPort).build();

    assertThatThrownBy(() -> client.users().me()).isInstanceOf(XIoException.class)
        .hasMessageStartingWith("[" + NAME + "] GET /2/users/me");
  }

  @Test
  void me_serverError_messageStartsWithConnectionName() {
    x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(okJson("{\"title\":\"Service Unavailable\"}")
        .withStatus(503)));
    XClient client = named().build();

    assertThatThrownBy(() -> client.users().me()).isInstanceOf(XServiceException.class)
        .hasMessageStartingWith("[" + NAME + "] GET /2/users/me");
  }
}
