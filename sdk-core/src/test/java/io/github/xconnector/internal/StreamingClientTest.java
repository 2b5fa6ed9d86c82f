package io.github.xconnector.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Request;
import feign.Response;
import io.github.xconnector.testing.StreamServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The stream client: no deadline on the whole exchange, and cancellation from another thread in every state. */
@Timeout(60)
class StreamingClientTest {

  private static final Request.Options OPTIONS = new Request.Options(10, TimeUnit.SECONDS, 60, TimeUnit.SECONDS,
      false);

  private StreamServer server;
  private OkHttpClient okHttp;
  private StreamingClient client;

  @BeforeEach
  void start() throws Exception {
    server = new StreamServer();
    StaleConnectionGuard guard = new StaleConnectionGuard();
    okHttp = new OkHttpClient.Builder().retryOnConnectionFailure(false).callTimeout(2, TimeUnit.MINUTES)
        .eventListener(guard).build();
    client = new StreamingClient(okHttp, guard);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
  }

  private Request request() {
    return Request.create(Request.HttpMethod.GET, server.baseUrl() + "/2/tweets/search/stream", Map.of(), null,
        StandardCharsets.UTF_8, null);
  }

  @Test
  void streamConnections_haveNoDeadlineOnTheWholeExchange_thoughTheClientsCallsDo() {
    assertThat(okHttp.callTimeoutMillis()).isEqualTo(120_000);
    assertThat(client.callTimeoutMillis()).isZero();
  }

  @Test
  void closingTheBody_fromAnotherThread_endsTheBlockedReadOfTheThreadThatOpenedIt() throws Exception {
    server.replyStream();
    CompletableFuture<InputStream> opened = new CompletableFuture<>();
    CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
      try {
        Response response = client.execute(request(), OPTIONS);
        InputStream body = response.body().asInputStream();
        opened.complete(body);
        return body.read();
      } catch (IOException cancelled) {
        return -2;
      }
    });
    StreamServer.Stream connection = server.nextStream();

    opened.get(30, TimeUnit.SECONDS).close();

    assertThat(read.get(30, TimeUnit.SECONDS)).isLessThan(0);
    assertThat(connection.awaitClosedByClient(30)).isTrue();
  }

  @Test
  void cancellation_reachesACallStillWaitingForItsAnswer() throws Exception {
    server.replyNothing();
    StreamCancellation cancellation = new StreamCancellation();
    CompletableFuture<Response> answer = CompletableFuture.supplyAsync(() -> cancellation.run(() -> {
      try {
        return client.execute(request(), OPTIONS);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }));
    StreamServer.Stream unanswered = server.nextStream();

    cancellation.cancel();

    assertThatThrownBy(() -> answer.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(java.io.UncheckedIOException.class);
    assertThat(unanswered.awaitClosedByClient(30)).isTrue();
  }

  @Test
  void cancellation_beforeTheCall_stopsItAsSoonAsItIsMade() {
    server.replyStream();
    StreamCancellation cancellation = new StreamCancellation();
    cancellation.cancel();

    assertThatThrownBy(() -> cancellation.run(() -> {
      try {
        return client.execute(request(), OPTIONS);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    })).isInstanceOf(java.io.UncheckedIOException.class);
    assertThat(cancellation.isCancelled()).isTrue();
  }
}
