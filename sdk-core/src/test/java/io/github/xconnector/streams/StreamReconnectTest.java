package io.github.xconnector.streams;

import static io.github.xconnector.streams.StreamTesting.OPERATIONAL_DISCONNECT;
import static io.github.xconnector.streams.StreamTesting.SERVICE_UNAVAILABLE;
import static io.github.xconnector.streams.StreamTesting.TOO_MANY_CONNECTIONS;
import static io.github.xconnector.streams.StreamTesting.TOO_MANY_REQUESTS;
import static io.github.xconnector.streams.StreamTesting.UNAUTHORIZED;
import static io.github.xconnector.streams.StreamTesting.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xconnector.XClient;
import io.github.xconnector.errors.BadRequestException;
import io.github.xconnector.errors.ForbiddenException;
import io.github.xconnector.errors.RateLimitException;
import io.github.xconnector.errors.UnauthorizedException;
import io.github.xconnector.errors.XException;
import io.github.xconnector.streams.Reconnect.Cause;
import io.github.xconnector.testing.StreamServer;
import io.github.xconnector.testing.VirtualTime;
import io.github.xconnector.testing.XTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * X's reconnect rules, step by step on virtual time: at once after an established connection ends, then linearly for
 * network errors, doubling for HTTP errors and for 429; the stall timer; authentication errors stop the stream.
 */
@Timeout(60)
class StreamReconnectTest {

  private static final Duration STALL_TIMEOUT = Duration.ofSeconds(30);

  private StreamServer server;
  private VirtualTime time;
  private XClient x;
  private final StreamTesting.Recorder listener = new StreamTesting.Recorder();

  @BeforeEach
  void start() throws Exception {
    server = new StreamServer();
    time = StreamTesting.time();
    x = StreamTesting.client(server, time);
  }

  @AfterEach
  void stop() throws Exception {
    x.close();
    server.close();
  }

  private PostStream open() {
    return x.streams().filtered(StreamRequest.builder().listener(listener).build());
  }

  /** Lets the reader's waits pass one by one, each once the reader sleeps exactly that long. */
  private void pass(Duration... waits) throws InterruptedException {
    for (Duration wait : waits) {
      time.awaitSleeping("reader", wait);
      time.advance(wait);
    }
  }

  private static List<String> steps(List<Reconnect> reconnects) {
    return reconnects.stream().map(r -> r.cause() + " #" + r.attempt() + " " + r.waitTime())
        .collect(Collectors.toList());
  }

  @Test
  void droppedConnection_reconnectsAtOnce_thenNetworkErrorsBackOffLinearlyBy250ms() throws Exception {
    server.replyStream().replyClose().replyClose().replyClose().replyStream();
    try (PostStream stream = open()) {
      server.nextStream().line(post("1", "first")).drop();
      assertThat(((PostEvent) stream.next()).post().getId()).isEqualTo("1");

      pass(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(750));
      server.nextStream().line(post("2", "second"));

      assertThat(((PostEvent) stream.next()).post().getId()).isEqualTo("2");
    }
    assertThat(steps(listener.reconnects)).containsExactly("CONNECTION_ENDED #1 PT0S", "NETWORK_ERROR #1 PT0.25S",
        "NETWORK_ERROR #2 PT0.5S", "NETWORK_ERROR #3 PT0.75S");
    assertThat(time.waitsOf("reader")).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofMillis(750));
    assertThat(server.requests()).hasSize(5);
  }

  @Test
  void httpErrors_backOffExponentiallyFrom5s_andAnEstablishedConnectionResetsTheCount() throws Exception {
    server.replyStatus(503, SERVICE_UNAVAILABLE).replyStatus(503, SERVICE_UNAVAILABLE)
        .replyStatus(500, SERVICE_UNAVAILABLE).replyStream().replyStatus(503, SERVICE_UNAVAILABLE).replyStream();
    try (PostStream stream = open()) {
      pass(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20));
      server.nextStream().line(post("1", "after three errors")).end();
      stream.next();
      pass(Duration.ofSeconds(5));
      server.nextStream().line(post("2", "after one more"));
      stream.next();
    }
    assertThat(steps(listener.reconnects)).containsExactly("HTTP_ERROR #1 PT5S", "HTTP_ERROR #2 PT10S",
        "HTTP_ERROR #3 PT20S", "CONNECTION_ENDED #1 PT0S", "HTTP_ERROR #1 PT5S");
    assertThat(listener.reconnects.get(0).failure()).hasValueSatisfying(f -> assertThat(f.getMessage())
        .contains("503"));
  }

  @Test
  void rateLimited_backsOffExponentiallyFromAMinute() throws Exception {
    server.replyStatus(429, TOO_MANY_REQUESTS).replyStatus(429, TOO_MANY_REQUESTS)
        .replyStatus(429, TOO_MANY_REQUESTS).replyStream();
    try (PostStream stream = open()) {
      pass(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4));
      server.nextStream().line(post("1", "at last"));
      stream.next();
    }
    assertThat(steps(listener.reconnects)).containsExactly("RATE_LIMITED #1 PT1M", "RATE_LIMITED #2 PT2M",
        "RATE_LIMITED #3 PT4M");
  }

  @Test
  void operationalDisconnect_isDelivered_andTheStreamReconnectsAtOnce() throws Exception {
    server.replyStream().replyStream();
    try (PostStream stream = open()) {
      server.nextStream().line(OPERATIONAL_DISCONNECT).end();
      assertThat(stream.next()).isInstanceOf(DisconnectEvent.class);
      server.nextStream().line(post("1", "back"));
      assertThat(stream.next()).isInstanceOf(PostEvent.class);
    }
    assertThat(steps(listener.reconnects)).containsExactly("CONNECTION_ENDED #1 PT0S");
    assertThat(time.waitsOf("reader")).isEmpty();
  }

  @Test
  void tooManyConnectionsInTheStream_waitsByTheRateLimitSchedule() throws Exception {
    server.replyStream().replyStream();
    try (PostStream stream = open()) {
      server.nextStream().line(TOO_MANY_CONNECTIONS).end();
      assertThat(stream.next()).isInstanceOf(ConnectionIssueEvent.class);
      pass(Duration.ofMinutes(1));
      server.nextStream().line(post("1", "back"));
      assertThat(stream.next()).isInstanceOf(PostEvent.class);
    }
    assertThat(steps(listener.reconnects)).containsExactly("RATE_LIMITED #1 PT1M");
  }

  @Test
  void unauthorized_stopsTheStreamWithTheException_withoutReconnecting() throws Exception {
    server.replyStatus(401, UNAUTHORIZED);
    PostStream stream = open();

    assertThatThrownBy(stream::hasNext).isInstanceOf(UnauthorizedException.class)
        .hasMessageContaining("401").hasMessageContaining("/2/tweets/search/stream");
    assertThat(stream.failure()).containsInstanceOf(UnauthorizedException.class);
    assertThat(stream.isOpen()).isFalse();
    assertThat(server.requests()).hasSize(1);
    assertThat(listener.reconnects).isEmpty();
    stream.close();
  }

  @Test
  void usageCap_andABadRequest_stopTheStream_asWaitingWouldNotHelp() throws Exception {
    server.replyStatus(429, XTest.example("error-reports/429_usage_capped_liked_tweets.json"))
        .replyStatus(400, "{\"title\":\"Invalid Request\",\"type\":\"https://api.twitter.com/2/problems/"
            + "invalid-request\",\"detail\":\"One or more parameters to your request was invalid.\"}");
    PostStream capped = open();
    assertThatThrownBy(capped::hasNext).isInstanceOfSatisfying(RateLimitException.class,
        limited -> assertThat(limited.usageCapped()).isTrue());
    capped.close();

    PostStream refused = open();
    assertThatThrownBy(refused::hasNext).isInstanceOf(BadRequestException.class)
        .hasMessageContaining("parameters to your request was invalid");
    refused.close();

    assertThat(listener.reconnects).isEmpty();
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void forbidden_reachesTheHandlerOnce_andStopsTheStream() throws Exception {
    server.replyStatus(403, "{\"title\":\"Forbidden\",\"type\":\"https://api.twitter.com/2/problems/client-forbidden\","
        + "\"status\":403,\"detail\":\"This request must be made using an approved developer account.\"}");
    CompletableFuture<XException> failure = new CompletableFuture<>();
    PostStream stream = x.streams().filtered(StreamRequest.defaults(), new StreamHandler() {
      @Override
      public void onEvent(StreamEvent event) {
        failure.completeExceptionally(new AssertionError("no event expected: " + event));
      }

      @Override
      public void onFailure(XException thrown) {
        failure.complete(thrown);
      }
    });

    assertThat(failure.get(30, TimeUnit.SECONDS)).isInstanceOf(ForbiddenException.class)
        .hasMessageContaining("approved developer account");
    stream.close();
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void stallTimer_dropsASilentConnectionAfterKeepAlivePlusMargin_andEveryByteRestartsIt() throws Exception {
    server.replyStream().replyStream();
    try (PostStream stream = open()) {
      StreamServer.Stream silent = server.nextStream();
      listener.await("connected");
      time.awaitSleeping("stall timer", STALL_TIMEOUT);

      time.advance(Duration.ofSeconds(20));
      silent.keepAlive();
      listener.await("keepAlive");
      time.advance(Duration.ofSeconds(29));
      assertThat(listener.stalls).as("29 s after the keep-alive").isEmpty();
      assertThat(server.requests()).hasSize(1);

      time.advance(Duration.ofSeconds(1));
      listener.await("stalled");
      server.nextStream().line(post("1", "fresh connection"));

      assertThat(((PostEvent) stream.next()).post().getId()).isEqualTo("1");
      assertThat(silent.awaitClosedByClient(30)).isTrue();
    }
    assertThat(listener.stalls).containsExactly(STALL_TIMEOUT);
    assertThat(steps(listener.reconnects)).containsExactly("CONNECTION_ENDED #1 PT0S");
  }

  @Test
  void connectionEndingBeforeItsFirstByte_countsAsANetworkError() throws Exception {
    server.replyStream().replyStream();
    try (PostStream stream = open()) {
      server.nextStream().end();
      pass(Duration.ofMillis(250));
      server.nextStream().line(post("1", "second try"));
      stream.next();
    }
    assertThat(steps(listener.reconnects)).containsExactly("NETWORK_ERROR #1 PT0.25S");
  }

  @Test
  void closeDuringABackoffWait_endsTheWaitAndTheThreads() throws Exception {
    server.replyStatus(503, SERVICE_UNAVAILABLE);
    PostStream stream = open();
    time.awaitSleeping("reader", Duration.ofSeconds(5));

    stream.close();

    assertThat(stream.isOpen()).isFalse();
    assertThat(StreamTesting.streamThreads()).isEmpty();
    assertThat(server.requests()).hasSize(1);
  }
}
