package io.github.xconnector.auth;

import static io.github.xconnector.auth.TokenEndpointStubs.queryParameter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XValidationException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackReceiverTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  private final HttpClient browser = HttpClient.newHttpClient();
  private final AuthorizationCodeFlow flow = AuthorizationCodeFlow.builder().clientId("client-1").build();
  private LoopbackReceiver receiver;

  @AfterEach
  void close() {
    if (receiver != null) {
      receiver.close();
    }
  }

  private CompletableFuture<HttpResponse<String>> visit(String pathAndQuery) {
    URI uri = URI.create("http://127.0.0.1:" + receiver.redirectUri().getPort() + pathAndQuery);
    return browser.sendAsync(HttpRequest.newBuilder(uri).timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String state(PendingAuthorization pending) {
    return queryParameter(pending.authorizationUrl(), "state");
  }

  private int port() {
    return receiver.redirectUri().getPort();
  }

  private RawHttpClient.Answer callback(PendingAuthorization pending, String code) throws IOException {
    return RawHttpClient.get(port(), "/callback?state=" + state(pending) + "&code=" + code);
  }

  @Test
  void awaitCallback_matchingState_returnsDecodedCodeAndThanksTheBrowser() throws Exception {
    receiver = LoopbackReceiver.start();
    PendingAuthorization pending = flow.begin(receiver.redirectUri());

    CompletableFuture<HttpResponse<String>> page = visit("/callback?state=" + state(pending) + "&code=a%2Bb%26c%3D");
    AuthorizationCallback callback = receiver.awaitCallback(pending, WAIT);

    assertThat(callback.code()).contains("a+b&c=");
    HttpResponse<String> response = page.get(20, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("authorized");
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("text/html"));
  }

  @Test
  void start_anyPort_listensOnLoopbackAddressOnly() {
    receiver = LoopbackReceiver.start();

    assertThat(receiver.redirectUri().getHost()).isEqualTo("127.0.0.1");
    assertThat(receiver.redirectUri().getPort()).isPositive();
    assertThat(receiver.redirectUri().getPath()).isEqualTo("/callback");
  }

  @Test
  void start_registeredRedirectUri_usesItsPortAndPath() {
    LoopbackReceiver probe = LoopbackReceiver.start();
    int port = probe.redirectUri().getPort();
    probe.close();

    receiver = LoopbackReceiver.start(URI.create("http://localhost:" + port + "/oauth/x"));

    assertThat(receiver.redirectUri()).isEqualTo(URI.create("http://localhost:" + port + "/oauth/x"));
  }

  @Test
  void start_notALoopbackUri_isRefused() {
    assertThatThrownBy(() -> LoopbackReceiver.start(URI.create("https://example.com/callback")))
        .isInstanceOf(XValidationException.class).hasMessageContaining("127.0.0.1");
    assertThatThrownBy(() -> LoopbackReceiver.start(URI.create("http://127.0.0.1/callback")))
        .isInstanceOf(XValidationException.class).hasMessageContaining("explicit port");
  }

  @Test
  void awaitCallback_forgedStateWhileWaiting_isAnswered400AndTheRealCallbackStillCompletes() throws Exception {
    receiver = LoopbackReceiver.start();
    PendingAuthorization pending = flow.begin(receiver.redirectUri());
    receiver.expect(pending);

    RawHttpClient.Answer forged = RawHttpClient.get(port(), "/callback?state=forged&code=attacker");
    RawHttpClient.Answer noState = RawHttpClient.get(port(), "/callback?code=attacker");
    RawHttpClient.Answer real = callback(pending, "c1");

    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.body()).contains("does not match");
    assertThat(noState.status()).isEqualTo(400);
    assertThat(real.status()).isEqualTo(200);
    assertThat(receiver.awaitCallback(pending, WAIT).code()).contains("c1");
  }

  @Test
  void awaitCallback_onlyForgedCallbacks_keepsWaitingUntilTheTimeout() throws Exception {
    receiver = LoopbackReceiver.start();
    PendingAuthorization pending = flow.begin(receiver.redirectUri());
    receiver.expect(pending);

    assertThat(RawHttpClient.get(port(), "/callback?state=forged&code=attacker").status()).isEqualTo(400);
    assertThat(RawHttpClient.get(port(), "/callback?state=forged&error=access_denied").status()).isEqualTo(400);

    assertThatThrownBy(() -> receiver.awaitCallback(pending, Duration.ofMillis(50)))
        .isInstanceOf(XAuthenticationException.class).hasMessageContaining("No authorization callback arrived");
    assertThat(callback(pending, "c1").status()).isEqualTo(200);
    assertThat(receiver.awaitCallback(pending, WAIT).code()).contains("c1");
  }

  @Test
  void awaitCallback_rightStateWithError_endsTheWaitWithThatError() throws Exception {
    receiver = LoopbackReceiver.start();
    PendingAuthorization pending = flow.begin(receiver.redirectUri());
    receiver.expect(pending);

    RawHttpClient.Answer page = RawHttpClient.get(port(), "/callback?error=access_denied&state=" + state(pending));

    assertThat(page.status()).isEqualTo(400);
    assertThatThrownBy(() -> receiver.awaitCallback(pending, WAIT))
        .isInstanceOf(XAuthenticationException.class).hasMessageContaining("access_denied");
    assertThat(callback(pending, "c1").status()).isEqualTo(409);
  }

  @ParameterizedTest
  @ValueSource(strings = {"evil.example:{port}", "127.0.0.1:{other}", "127.0.0.1", "localhost.evil.example:{port}",
      "127.0.0.1.evil.example:{port}", "[::2]:{port}", "127.0.0.1:{port}, evil.example", "user@127.0.0.1:{port}",
      "0x7f.1:{port}"})
  void awaitCallback_requestForAnotherHost_isAnswered400WithoutConsumingTheReceiver(String host) throws Exception {
    receiver = LoopbackReceiver.start();
    PendingAuthorization pending = flow.begin(receiver.redirectUri());
    receiver.expect(pending);
    String header = host.replace("{port}", String.valueOf(port())).replace("{other}", String.valueOf(port() + 1));

    RawHttpClient.Answer rebound = RawHttpClient.get(port(), "/callback?state=" + state(pending) + "&code=stolen",
        header);

    assertThat(rebound.status()).isEqualTo(400);
    assertThat(callback(pending, "c1").status()).isEqualTo(200);
    assertThat(receiver.awaitCallback(pending, WAIT).code()).contains("c1");
  }

  @Test
  void awaitCallback_requestWithoutHostOrWithTwo_isAnswered400WithoutConsumingTheReceiver() throws Exception {
    receiver = LoopbackReceiver.start();
    PendingAuthorization pending = flow.begin(receiver.redirectUri());
    receiver.expect(pending);
    String target = "/callback?state=" + state(pending) + "&code=stolen";

    RawHttpClient.Answer none = RawHttpClient.get(port(), target, null);
    RawHttpClient.Answer two = RawHttpClient.send(port(), "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port()
        + "\r\nHost: evil.example\r\n\r\n");

    assertThat(none.status()).isEqualTo(400);
    assertThat(two.status()).isEqualTo(400);
    assertThat(callback(pending, "c1").status()).isEqualTo(200);
    assertThat(receiver.awaitCallback(pending, WAIT).code()).contains("c1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1:{port}", "localhost:{port}", "LocalHost:{port}", "[::1]:{port}"})
  void awaitCallback_loopbackHostWithThePort_isAccepted(String host) throws Exception {
    receiver = LoopbackReceiver.start();
    PendingAuthorization pending = flow.begin(receiver.redirectUri());
    receiver.expect(pending);

    RawHttpClient.Answer page = RawHttpClient.get(port(), "/callback?state=" + state(pending) + "&code=c1",
        host.replace("{port}", String.valueOf(port())));

    assertThat(page.status()).isEqualTo(200);
    assertThat(receiver.awaitCallback(pending, WAIT).code()).contains("c1");
  }

  @Test
  void awaitCallback_browserArrivesFirst_isAnsweredAtOnceAndDeliveredLater() throws Exception {
    receiver = LoopbackReceiver.start();
    PendingAuthorization pending = flow.begin(receiver.redirectUri());

    RawHttpClient.Answer early = callback(pending, "c1");
    RawHttpClient.Answer other = RawHttpClient.get(port(), "/favicon.ico");

    assertThat(early.status()).isEqualTo(200);
    assertThat(early.body()).contains("You can close this window");
    assertThat(other.status()).isEqualTo(404);
    assertThat(receiver.awaitCallback(pending, WAIT).code()).contains("c1");
  }

  @Test
  void awaitCallback_forgedAndRealCallbacksBeforeTheAppWaits_deliversTheRealOne() throws Exception {
    receiver = LoopbackReceiver.start();
    PendingAuthorization pending = flow.begin(receiver.redirectUri());

    RawHttpClient.get(port(), "/callback?state=forged&code=attacker");
    RawHttpClient.get(port(), "/callback?state=forged&error=access_denied");
    callback(pending, "c1");
    RawHttpClient.get(port(), "/callback?state=forged&code=attacker-2");

    assertThat(receiver.awaitCallback(pending, WAIT).code()).contains("c1");
    assertThat(callback(pending, "c2").status()).isEqualTo(409);
  }

  @Test
  void awaitCallback_connectionThatStopsMidRequest_doesNotHoldUpOthers() throws Exception {
    receiver = LoopbackReceiver.start();
    PendingAuthorization pending = flow.begin(receiver.redirectUri());
    try (Socket stalled = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port());
        Socket silent = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port())) {
      OutputStream out = stalled.getOutputStream();
      out.write("GET /callback?state=".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();

      assertThat(callback(pending, "c1").status()).isEqualTo(200);
      assertThat(receiver.awaitCallback(pending, WAIT).code()).contains("c1");
    }
  }

  @Test
  void awaitCallback_otherPathsAndMethods_getClearAnswersAndNeverChangeTheResult() throws Exception {
    receiver = LoopbackReceiver.start();
    PendingAuthorization pending = flow.begin(receiver.redirectUri());
    receiver.expect(pending);
    String query = "?state=" + state(pending) + "&code=other";

    RawHttpClient.Answer favicon = RawHttpClient.get(port(), "/favicon.ico");
    RawHttpClient.Answer subPath = RawHttpClient.get(port(), "/callback/x" + query);
    RawHttpClient.Answer root = RawHttpClient.get(port(), "/" + query);
    RawHttpClient.Answer post = RawHttpClient.send(port(), "POST /callback" + query + " HTTP/1.1\r\nHost: 127.0.0.1:"
        + port() + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n\r\ncode=x1");
    RawHttpClient.Answer head = RawHttpClient.send(port(), "HEAD /callback" + query + " HTTP/1.1\r\nHost: 127.0.0.1:"
        + port() + "\r\n\r\n");
    RawHttpClient.Answer repeated = RawHttpClient.get(port(), "/callback" + query + "&code=again");
    RawHttpClient.Answer absolute = RawHttpClient.get(port(), "http://127.0.0.1:" + port() + "/callback" + query);

    assertThat(favicon.status()).isEqualTo(404);
    assertThat(favicon.body()).contains("only receives the authorization callback");
    assertThat(subPath.status()).isEqualTo(404);
    assertThat(root.status()).isEqualTo(404);
    assertThat(post.status()).isEqualTo(405);
    assertThat(post.headers()).containsEntry("allow", "GET");
    assertThat(head.status()).isEqualTo(405);
    assertThat(repeated.status()).isEqualTo(400);
    assertThat(absolute.status()).isEqualTo(400);

    assertThat(callback(pending, "c1").status()).isEqualTo(200);
    RawHttpClient.Answer second = callback(pending, "c2");
    RawHttpClient.Answer secondError = RawHttpClient.get(port(), "/callback?state=" + state(pending)
        + "&error=access_denied");

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.body()).contains("already received");
    assertThat(secondError.status()).isEqualTo(409);
    assertThat(receiver.awaitCallback(pending, WAIT).code()).contains("c1");
    assertThat(receiver.awaitCallback(pending, WAIT).code()).contains("c1");
  }

  @Test
  void answers_always_areNotCachedAndSendNoReferrer() throws Exception {
    receiver = LoopbackReceiver.start();
    PendingAuthorization pending = flow.begin(receiver.redirectUri());
    receiver.expect(pending);

    RawHttpClient.Answer page = callback(pending, "c1");

    assertThat(page.headers()).containsEntry("cache-control", "no-store").containsEntry("referrer-policy",
        "no-referrer").containsEntry("connection", "close");
    assertThat(page.headers().get("content-type")).startsWith("text/html");
  }

  @Test
  void awaitCallback_afterClose_isRefused() {
    receiver = LoopbackReceiver.start();
    PendingAuthorization pending = flow.begin(receiver.redirectUri());
    receiver.close();

    assertThatThrownBy(() -> receiver.awaitCallback(pending, WAIT)).isInstanceOf(XValidationException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void awaitCallback_anotherAuthorization_isRefused() {
    receiver = LoopbackReceiver.start();
    PendingAuthorization pending = flow.begin(receiver.redirectUri());
    receiver.expect(pending);

    assertThatThrownBy(() -> receiver.awaitCallback(flow.begin(receiver.redirectUri()), WAIT))
        .isInstanceOf(XValidationException.class).hasMessageContaining("another authorization");
  }

  @Test
  void awaitCallback_nothingArrives_timesOutWithClearMessage() {
    receiver = LoopbackReceiver.start();
    PendingAuthorization pending = flow.begin(receiver.redirectUri());

    assertThatThrownBy(() -> receiver.awaitCallback(pending, Duration.ofMillis(50)))
        .isInstanceOf(XAuthenticationException.class)
        .hasMessageContaining("No authorization callback arrived at " + receiver.redirectUri());
  }

  @Test
  void close_always_stopsListening() {
    receiver = LoopbackReceiver.start();
    receiver.close();

    assertThat(visit("/callback")).failsWithin(WAIT);
  }
}
