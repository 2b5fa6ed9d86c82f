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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
  void awaitCallback_browserArrivesFirst_stillAnswersAfterTheAppWaits() throws Exception {
    receiver = LoopbackReceiver.start();
    PendingAuthorization pending = flow.begin(receiver.redirectUri());
    CompletableFuture<HttpResponse<String>> page = visit("/callback?state=" + state(pending) + "&code=c1");

    assertThat(page.isDone()).isFalse();
    assertThat(receiver.awaitCallback(pending, WAIT).code()).contains("c1");
    assertThat(page.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
  }

  @Test
  void awaitCallback_wrongState_failsAndTellsTheBrowser() throws Exception {
    receiver = LoopbackReceiver.start();
    PendingAuthorization pending = flow.begin(receiver.redirectUri());

    CompletableFuture<HttpResponse<String>> page = visit("/callback?state=forged&code=c1");

    assertThatThrownBy(() -> receiver.awaitCallback(pending, WAIT))
        .isInstanceOf(XAuthenticationException.class).hasMessageContaining("state");
    assertThat(page.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(400);
  }

  @Test
  void awaitCallback_userDenied_failsWithAccessDenied() {
    receiver = LoopbackReceiver.start();
    PendingAuthorization pending = flow.begin(receiver.redirectUri());

    visit("/callback?error=access_denied&state=" + state(pending));

    assertThatThrownBy(() -> receiver.awaitCallback(pending, WAIT))
        .isInstanceOf(XAuthenticationException.class).hasMessageContaining("access_denied");
  }

  @Test
  void awaitCallback_secondCallback_isNotAccepted() throws Exception {
    receiver = LoopbackReceiver.start();
    PendingAuthorization pending = flow.begin(receiver.redirectUri());
    visit("/callback?state=" + state(pending) + "&code=c1");
    receiver.awaitCallback(pending, WAIT);

    HttpResponse<String> again = visit("/callback?state=" + state(pending) + "&code=c2").get(20, TimeUnit.SECONDS);

    assertThat(again.statusCode()).isEqualTo(409);
  }

  @Test
  void awaitCallback_otherPath_isIgnoredAndCallbackStillAccepted() throws Exception {
    receiver = LoopbackReceiver.start();
    PendingAuthorization pending = flow.begin(receiver.redirectUri());

    assertThat(visit("/favicon.ico").get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(404);
    visit("/callback?state=" + state(pending) + "&code=c1");

    assertThat(receiver.awaitCallback(pending, WAIT).code()).contains("c1");
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
