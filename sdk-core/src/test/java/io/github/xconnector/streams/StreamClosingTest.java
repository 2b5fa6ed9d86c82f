package io.github.xconnector.streams;

import static io.github.xconnector.streams.StreamTesting.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.xconnector.XClient;
import io.github.xconnector.errors.XException;
import io.github.xconnector.testing.StreamServer;
import io.github.xconnector.testing.VirtualTime;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Closing stops a stream at once, from any thread and in any state, with no thread left behind; an interrupted
 * consumer closes it and keeps its flag; the handler form delivers, stops and reports.
 */
@Timeout(60)
class StreamClosingTest {

  private StreamServer server;
  private VirtualTime time;
  private XClient x;

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

  @Test
  void close_fromAnotherThread_endsTheBlockedConsumer_closesTheConnection_andLeavesNoThread() throws Exception {
    server.replyStream();
    PostStream stream = x.streams().filtered(StreamRequest.defaults());
    StreamServer.Stream connection = server.nextStream();
    CompletableFuture<Boolean> consumer = CompletableFuture.supplyAsync(stream::hasNext);
    connection.keepAlive();

    Thread closer = new Thread(stream::close, "closer");
    closer.start();
    closer.join();

    assertThat(consumer.get(30, TimeUnit.SECONDS)).isFalse();
    assertThat(connection.awaitClosedByClient(30)).isTrue();
    assertThat(StreamTesting.streamThreads()).isEmpty();
    assertThat(stream.isOpen()).isFalse();
    assertThat(stream.failure()).isEmpty();
  }

  @Test
  void interruptedConsumer_closesTheStream_endsIteration_andKeepsItsInterruptFlag() throws Exception {
    server.replyStream();
    PostStream stream = x.streams().filtered(StreamRequest.defaults());
    StreamServer.Stream connection = server.nextStream();
    CompletableFuture<Boolean> hadNext = new CompletableFuture<>();
    CompletableFuture<Boolean> flagKept = new CompletableFuture<>();
    CountDownLatch consuming = new CountDownLatch(1);
    Thread consumer = new Thread(() -> {
      consuming.countDown();
      hadNext.complete(stream.hasNext());
      flagKept.complete(Thread.currentThread().isInterrupted());
    }, "consumer");
    consumer.start();
    consuming.await();

    consumer.interrupt();

    assertThat(hadNext.get(30, TimeUnit.SECONDS)).isFalse();
    assertThat(flagKept.get(30, TimeUnit.SECONDS)).isTrue();
    assertThat(stream.isOpen()).isFalse();
    assertThat(connection.awaitClosedByClient(30)).isTrue();
    consumer.join();
    assertThat(StreamTesting.streamThreads()).isEmpty();
  }

  @Test
  void close_whileXHasNotAnswered_cancelsTheWaitingConnection() throws Exception {
    server.replyNothing();
    PostStream stream = x.streams().filtered(StreamRequest.defaults());
    StreamServer.Stream unanswered = server.nextStream();

    stream.close();

    assertThat(unanswered.awaitClosedByClient(30)).isTrue();
    assertThat(StreamTesting.streamThreads()).isEmpty();
  }

  @Test
  void close_byAnInterruptedThread_stillClosesEverything_andKeepsTheFlag() throws Exception {
    server.replyStream();
    PostStream stream = x.streams().filtered(StreamRequest.defaults());
    StreamServer.Stream connection = server.nextStream();

    Thread.currentThread().interrupt();
    try {
      stream.close();
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(connection.awaitClosedByClient(30)).isTrue();
    assertThat(StreamTesting.streamThreads()).isEmpty();
  }

  @Test
  void handler_receivesEventsOnTheStreamsThread_andCloseStopsIt() throws Exception {
    server.replyStream();
    BlockingQueue<StreamEvent> received = new LinkedBlockingQueue<>();
    List<String> threads = new CopyOnWriteArrayList<>();
    PostStream stream = x.streams().filtered(StreamRequest.defaults(), event -> {
      threads.add(Thread.currentThread().getName());
      received.add(event);
    });
    server.nextStream().line(post("1", "one")).line(post("2", "two"));

    assertThat(((PostEvent) received.poll(30, TimeUnit.SECONDS)).post().getId()).isEqualTo("1");
    assertThat(((PostEvent) received.poll(30, TimeUnit.SECONDS)).post().getId()).isEqualTo("2");
    stream.close();

    assertThat(threads).allSatisfy(name -> assertThat(name).endsWith("handler"));
    assertThat(StreamTesting.streamThreads()).isEmpty();
  }

  @Test
  void handler_thatThrows_stopsTheStream_andLearnsWhy() throws Exception {
    server.replyStream();
    CompletableFuture<XException> failure = new CompletableFuture<>();
    PostStream stream = x.streams().filtered(StreamRequest.defaults(), new StreamHandler() {
      @Override
      public void onEvent(StreamEvent event) {
        throw new IllegalStateException("cannot store the post");
      }

      @Override
      public void onFailure(XException thrown) {
        failure.complete(thrown);
      }
    });
    StreamServer.Stream connection = server.nextStream().line(post("1", "one"));

    assertThat(failure.get(30, TimeUnit.SECONDS)).hasMessageContaining("handler threw")
        .hasRootCauseMessage("cannot store the post");
    assertThat(connection.awaitClosedByClient(30)).isTrue();
    assertThat(stream.failure()).contains(failure.get());
    assertThat(stream.isOpen()).isFalse();
  }

  @Test
  void close_fromInsideTheHandler_stopsTheStreamWithoutWaitingForItself() throws Exception {
    server.replyStream();
    CountDownLatch handled = new CountDownLatch(1);
    AtomicBoolean failed = new AtomicBoolean();
    PostStream[] self = new PostStream[1];
    CountDownLatch opened = new CountDownLatch(1);
    self[0] = x.streams().filtered(StreamRequest.defaults(), new StreamHandler() {
      @Override
      public void onEvent(StreamEvent event) {
        try {
          opened.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        self[0].close();
        handled.countDown();
      }

      @Override
      public void onFailure(XException thrown) {
        failed.set(true);
      }
    });
    opened.countDown();
    StreamServer.Stream connection = server.nextStream().line(post("1", "one"));

    assertThat(handled.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(connection.awaitClosedByClient(30)).isTrue();
    self[0].close();
    assertThat(StreamTesting.streamThreads()).isEmpty();
    assertThat(failed).isFalse();
  }

  @Test
  void iterating_aStreamThatDeliversToAHandler_isRefused() throws Exception {
    server.replyStream();
    try (PostStream stream = x.streams().filtered(StreamRequest.defaults(), event -> { })) {
      org.assertj.core.api.Assertions.assertThatThrownBy(stream::hasNext)
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("handler");
    }
  }
}
