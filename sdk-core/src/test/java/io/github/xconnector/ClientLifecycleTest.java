package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.client;
import static io.github.xconnector.testing.XTest.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import feign.Client;
import feign.Request;
import feign.Response;
import io.github.xconnector.errors.XException;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.XTest;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Building, deriving and closing clients: who owns the transport, and what a closed client does. */
class ClientLifecycleTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String ME = "{\"data\":{\"id\":\"1\",\"name\":\"N\",\"username\":\"u\"}}";

  @Test
  void closedClient_refusesCallsBeforeSending_withAClearMessage() {
    x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(okJson(ME)));
    XClient client = client(x, new RecordingSleeper()).connectionName("bot").build();
    client.users().me();

    client.close();
    client.close();
    XException failure = catchThrowableOfType(XException.class, () -> client.users().me());

    assertThat(failure).hasMessageContaining("[bot]").hasMessageContaining("closed").hasMessageContaining("GET /2/users/me");
    assertThat(requests(x)).hasSize(1);
  }

  @Test
  void tryWithResources_closesTheClient() {
    x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(okJson(ME)));
    XClient escaped;
    try (XClient client = client(x)) {
      assertThat(client.users().me().getData().getId()).isEqualTo("1");
      escaped = client;
    }
    assertThat(catchThrowableOfType(XException.class, () -> escaped.users().me())).hasMessageContaining("closed");
  }

  @Test
  void callersTransport_isLeftOpenWhenTheClientCloses() throws IOException {
    x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(okJson(ME)));
    CountingTransport transport = new CountingTransport();
    XClient first = client(x, new RecordingSleeper()).transport(transport).build();
    first.users().me();
    first.close();

    XClient second = client(x, new RecordingSleeper()).transport(transport).build();
    second.users().me();

    assertThat(transport.calls.get()).isEqualTo(2);
  }

  @Test
  void derivedClient_sharesConnections_survivesItsOwnClose_andStopsWithItsParent() {
    x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(okJson(ME)));
    XClient parent = client(x);
    XClient derived = parent.withOptions(b -> b.readTimeout(Duration.ofSeconds(5)).connectionName("derived"));

    derived.close();
    parent.users().me();
    XClient again = parent.withOptions(b -> b.connectionName("again"));
    again.users().me();
    parent.close();

    assertThat(catchThrowableOfType(XException.class, () -> again.users().me())).hasMessageContaining("[again]")
        .hasMessageContaining("closed");
  }

  @Test
  void toBuilder_buildsAnIndependentClientWithItsOwnTransport() {
    x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(okJson(ME)));
    XClient original = client(x);
    XClient copy = original.toBuilder().build();

    original.close();

    assertThat(copy.users().me().getData().getUsername()).isEqualTo("u");
    copy.close();
  }

  @Test
  void builderChangedAfterBuild_doesNotChangeTheClient() {
    x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(okJson(ME)));
    XClient.Builder builder = client(x, new RecordingSleeper());
    XClient client = builder.build();

    builder.baseUrl("http://127.0.0.1:9").connectionName("changed");

    assertThat(client.baseUrl()).isEqualTo(x.baseUrl());
    assertThat(client.users().me().getData().getId()).isEqualTo("1");
    assertThat(client.toString()).doesNotContain("changed");
  }

  @Test
  void twoClients_withDifferentTimeouts_eachKeepTheirOwn() {
    x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(okJson(ME).withFixedDelay(600)));
    XClient patient = client(x, new RecordingSleeper()).readTimeout(Duration.ofSeconds(5)).build();
    XClient hasty = client(x, new RecordingSleeper()).readTimeout(Duration.ofMillis(200))
        .retryPolicy(io.github.xconnector.transport.RetryPolicy.none()).build();

    assertThat(catchThrowableOfType(XException.class, () -> hasty.users().me())).isNotNull();
    assertThat(patient.users().me().getData().getId()).isEqualTo("1");
  }

  @Test
  void fromEnv_withoutTheAuthModule_saysWhatToAdd() {
    XValidationException failure = catchThrowableOfType(XValidationException.class, XClient::fromEnv);

    assertThat(failure).hasMessageContaining("x-connector-auth").hasMessageContaining("XClient.builder()");
  }

  private static final class CountingTransport implements Client {
    final AtomicInteger calls = new AtomicInteger();
    private final Client delegate = new Client.Default(null, null);

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
      calls.incrementAndGet();
      return delegate.execute(request, options);
    }
  }
}
